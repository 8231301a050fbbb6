/** A mocha reporter: the usual Spec output, then `tests: N passed, N failed` alone as the last line for CI. */
'use strict';

// CommonJS because mocha loads a reporter with require(); `mocha` resolves to the running copy,
// so this Spec listens to the same runner events as the built-in one.
const mocha = require('mocha');

const { reporters, Runner } = mocha.reporters ? mocha : mocha.default;
const { Base, Spec } = reporters;
const { EVENT_RUN_END } = Runner.constants;

class SummaryReporter extends Spec {
  constructor(runner, options) {
    // Spec registers its epilogue on 'end' first, so the lines below come after all of it.
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      // A failing before/after hook reaches the runner as a failure, so it is in `failures`.
      // A skipped test (it.skip, this.skip(), xit) counts as failed: a skip must never let a
      // run look green, so whoever skips has to say so in review rather than in silence.
      if (pending > 0) {
        Base.consoleLog(`SKIPPED: ${pending} test${pending === 1 ? '' : 's'} (see above)`);
      }
      Base.consoleLog(`tests: ${passes} passed, ${failures + pending} failed`);
    });
  }
}

SummaryReporter.description = 'spec, then a one-line summary that counts skipped tests as failed';

module.exports = SummaryReporter;
