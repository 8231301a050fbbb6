/** A table of feature templates compiled for hashing: each template hashes the atoms it names, seeded by its place. */
import { finish, hashText, mix } from './hash.js';

export type TemplateTable = readonly (readonly [name: string, atoms: readonly number[]])[];

export interface CompiledTemplates {
  /** Identifies the table; a model trained with another table is refused. */
  fingerprint: number;
  seeds: Int32Array;
  atoms: Int32Array[];
}

/** `firstSeed` keeps two tables' hashes apart (the tagger's start at 1, the parser's at 101). */
export function compileTemplates(table: TemplateTable, firstSeed: number): CompiledTemplates {
  return {
    fingerprint: hashText(JSON.stringify(table)),
    seeds: Int32Array.from(table, (_, t) => Math.imul(t + firstSeed, 0x9e3779b1)),
    atoms: table.map(([, atoms]) => Int32Array.from(atoms)),
  };
}

/** Writes one hash per template into `out`; returns how many. */
export function hashTemplates({ seeds, atoms: table }: CompiledTemplates, atoms: Int32Array, out: Uint32Array): number {
  for (let t = 0; t < table.length; t++) {
    const use = table[t]!;
    let h = seeds[t]!;
    for (let a = 0; a < use.length; a++) h = mix(h, atoms[use[a]!]!);
    out[t] = finish(h);
  }
  return table.length;
}
