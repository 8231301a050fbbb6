/** `kg merge A B` and `kg unmerge A`: merges decided by hand, kept in the store and applied at every rebuild. */
import type { StoreContents } from '../../graph/store.js';
import { InterruptedError, NotFoundError } from '../../errors/index.js';
import { groupOfName } from '../../resolve/overrides.js';
import type { AliasOverride, NodeAttributes } from '../../types.js';
import { runStoppable, whileSaving } from '../stop-signals.js';
import { withStore } from '../with-store.js';

export function mergeCommand(first: string, second: string, target: string, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  return changeOverrides(target, `kg merge ${first} ${second}`, out, (store, file) => {
    const [a, b] = [actorNamed(store, first, file), actorNamed(store, second, file)];
    if (a.key === b.key) return { message: `"${first}" and "${second}" already name one actor, ${a.label} (${a.key}); nothing changed.` };
    return {
      override: { action: 'merge', names: [first, second] },
      report: (next) => `Merged by hand: "${first}" and "${second}" are now one actor, ${actorNamed(next, first, file).label}. \`kg unmerge "${second}"\` undoes it.`,
    };
  });
}

export function unmergeCommand(name: string, target: string, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  return changeOverrides(target, `kg unmerge ${name}`, out, (store, file) => {
    const group = groupOfName(name);
    const merge = store.merges.find((m) => groupOfName(m.alias) === group && groupOfName(m.canonical) !== group);
    const handMade = store.overrides.some((o) => o.action === 'merge' && o.names.some((n) => groupOfName(n) === group));
    if (merge === undefined && !handMade) {
      const own = store.merges.find((m) => groupOfName(m.alias) === group);
      const why = own === undefined
        ? `"${name}" is merged into no other actor (see \`kg aliases\`)`
        : `"${own.alias}" is ${own.canonical} written another way (${own.reason}), not a merge of two names`;
      throw new NotFoundError(`${file}: nothing to unmerge: ${why}`, name);
    }
    return {
      override: { action: 'unmerge', name },
      report: (next) => `Unmerged by hand: "${name}" is now an actor of its own${nodeNamed(next, group) ? '' : ' (in no triple, so no node)'}. \`kg merge\` joins it again.`,
    };
  });
}

interface Change {
  /** What to add to the store's decisions; none when nothing is to change. */
  override?: AliasOverride;
  message?: string;
  report?: (next: StoreContents) => string;
}

function changeOverrides(target: string, command: string, out: NodeJS.WritableStream, decide: (store: StoreContents, name: string) => Change): Promise<number> {
  return withStore(target, (opened) => runStoppable(opened, (signal) => opened.withLock(command, async () => {
    const store = await opened.load();
    const change = decide(store, opened.name);
    if (change.override === undefined) {
      out.write(`${change.message}\n`);
      return 0;
    }
    if (signal.aborted) throw new InterruptedError('stopped before saving');
    await whileSaving(() => opened.addOverride(change.override!));
    out.write(`${change.report!(await opened.load())}\n`);
    return 0;
  })));
}

/** The node one of whose names (label or alias, its title aside) is `name`. */
function actorNamed(store: StoreContents, name: string, file: string): NodeAttributes & { key: string } {
  const node = nodeNamed(store, groupOfName(name));
  if (node === undefined) throw new NotFoundError(`${file}: no actor is named "${name}" (\`kg query "find ${name}"\` lists names)`, name);
  return node;
}

function nodeNamed(store: StoreContents, group: string): (NodeAttributes & { key: string }) | undefined {
  for (const { key, attributes } of store.graph.nodes) {
    if (attributes === undefined) continue;
    if (groupOfName(attributes.label) === group || Object.keys(attributes.aliases).some((alias) => groupOfName(alias) === group)) return { key, ...attributes };
  }
  return undefined;
}
