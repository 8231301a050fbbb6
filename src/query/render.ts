/** Puts a query answer into plain text: what the CLI prints and the console shows. */
import type { EdgeView, EvidenceView, PathView } from '../api-types.js';
import { readAs } from '../view/pronoun-reading.js';
import type { Answer } from './answers/answer.js';
import { byDistance } from './answers/groups.js';

const SENTENCE_WIDTH = 220;

export function renderAnswer(answer: Answer): string {
  const lines = [answer.summary];
  if (answer.kind === 'help') return answer.summary;
  if (answer.kind === 'find') {
    for (const actor of answer.actors ?? answer.nodes) lines.push(`  ${actor.label} (${actor.type}${'degree' in actor ? `, degree ${actor.degree}` : ''})`);
  } else if (answer.kind === 'neighbors' && answer.actors !== undefined) {
    // ring by ring, as the console shows it: the actors one step out and the edges reaching them, then two steps
    for (const ring of byDistance(answer.actors, answer.edges)) {
      lines.push(`  ${ring.depth} step${ring.depth === 1 ? '' : 's'} out: ${ring.actors.length} actor(s)`);
      for (const relation of ring.relations) for (const edge of relation.edges) lines.push(...edgeLines(edge));
    }
  } else if (answer.kind === 'path' || answer.kind === 'paths') {
    (answer.paths ?? []).forEach((path, i) => lines.push(...pathLines(path, answer.paths!.length > 1 ? `${i + 1}. ` : '')));
  } else {
    for (const edge of answer.edges) lines.push(...edgeLines(edge));
  }
  if (answer.truncated) lines.push('(cut short at the result cap or time budget)');
  return lines.join('\n');
}

function pathLines(path: PathView, prefix: string): string[] {
  const chain = [path.nodes[0]?.label ?? ''];
  for (const hop of path.hops) chain.push(hop.forward ? `—${hop.label}→ ${hop.to.label}` : `←${hop.label}— ${hop.to.label}`);
  const lines = [`${prefix}${chain.join(' ')}`];
  path.hops.forEach((hop, i) => {
    const [subject, object] = hop.forward ? [hop.from.label, hop.to.label] : [hop.to.label, hop.from.label];
    lines.push(`  ${i + 1}. ${subject} | ${hop.label} | ${object}`);
    for (const evidence of hop.evidence) lines.push(`       ${quote(evidence)}`);
  });
  return lines;
}

function edgeLines(edge: EdgeView): string[] {
  return [
    `  ${edge.source.label} | ${edge.label} | ${edge.target.label}  (${edge.weight})`,
    ...edge.evidence.slice(0, 3).map((evidence) => `       ${quote(evidence)}`),
  ];
}

function quote(evidence: EvidenceView): string {
  const flags = [evidence.flags.negated ? 'negated' : '', evidence.flags.hedged ? 'hedged' : '', ...(evidence.resolved ?? []).map((end) => readAs(end, evidence.sentence))].filter(Boolean);
  const text = evidence.sentenceText.replace(/\s+/g, ' ').trim();
  const shown = text.length > SENTENCE_WIDTH ? `${text.slice(0, SENTENCE_WIDTH - 1)}…` : text;
  return `"${shown}" — ${evidence.docTitle}${evidence.date === undefined ? '' : `, ${evidence.date}`}${flags.length > 0 ? ` [${flags.join(', ')}]` : ''}`;
}
