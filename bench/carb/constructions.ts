/** Finds our extractor's `construction` for each tabbed extraction, from the same CLI run's JSON lines. */
import { openieFields } from '../../src/export/openie-tsv.js';
import { parseTabbedLine } from './read-tabbed.js';
import type { Extraction } from './types.js';

/** The fields of one `kg extract --format jsonl` line this module reads. */
interface ExtractJsonLine {
  title: string;
  relation: string;
  subject: { text: string };
  object: { text: string };
  complement?: string;
  setting?: string;
  construction: string;
  confidence: number;
}

/** The identity of an extraction as the tabbed reader sees it. */
const keyOf = (e: Extraction): string => JSON.stringify([e.sentence, e.confidence, e.relation, e.args]);

/**
 * Rebuilds each JSON line's TSV line with the writer `kg extract --format tsv` uses and reads it back, so both
 * sides go through the same trimming; repeated identical extractions are handed out in order.
 */
export function constructionLookup(jsonl: string): (e: Extraction) => string {
  const byKey = new Map<string, string[]>();
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as ExtractJsonLine;
    const extraction = parseTabbedLine(openieFields(row.title, row).join('\t'));
    if (extraction === null) continue;
    const queue = byKey.get(keyOf(extraction));
    if (queue) queue.push(row.construction);
    else byKey.set(keyOf(extraction), [row.construction]);
  }
  const seen = new Map<Extraction, string>();
  return (e) => {
    const known = seen.get(e);
    if (known !== undefined) return known;
    const construction = byKey.get(keyOf(e))?.shift() ?? '(unknown)';
    seen.set(e, construction);
    return construction;
  };
}
