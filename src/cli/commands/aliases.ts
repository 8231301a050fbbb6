/** `kg aliases`: every alias merged into an actor, with the reason for the merge. */
import { withStore } from '../with-store.js';

export async function aliasesCommand(target: string, options: { json: boolean; out?: NodeJS.WritableStream }): Promise<number> {
  const out = options.out ?? process.stdout;
  const { merges, overrides } = await withStore(target, (store) => store.load());
  if (options.json) {
    out.write(`${JSON.stringify(merges, null, 2)}\n`);
    return 0;
  }
  if (merges.length === 0) out.write('No aliases merged.\n');
  for (const merge of merges) out.write(`${merge.alias} → ${merge.canonical}  (${merge.reason})\n`);
  if (overrides.length > 0) out.write('Decided by hand, in order (kg merge / kg unmerge):\n');
  for (const override of overrides) {
    out.write(override.action === 'merge' ? `  merge "${override.names[0]}" with "${override.names[1]}"\n` : `  keep "${override.name}" apart\n`);
  }
  return 0;
}
