/** Reads a file in GAP's layout (Webster et al. 2018): a header line, then one tab-separated row per pronoun. */

export interface GapRow {
  id: string;
  text: string;
  pronoun: string;
  pronounOffset: number;
  a: { name: string; offset: number; coref: boolean };
  b: { name: string; offset: number; coref: boolean };
}

const COLUMNS = ['ID', 'Text', 'Pronoun', 'Pronoun-offset', 'A', 'A-offset', 'A-coref', 'B', 'B-offset', 'B-coref'];

export function parseGap(content: string, file: string): GapRow[] {
  const [header, ...lines] = content.split(/\r?\n/).filter((line) => line !== '');
  const names = header?.split('\t') ?? [];
  if (COLUMNS.some((column, k) => names[k] !== column)) throw new Error(`${file}: not in GAP's layout (the header must start ${COLUMNS.join(', ')})`);
  return lines.map((line, k) => {
    const cells = line.split('\t');
    const offset = (cell: number): number => {
      const value = Number(cells[cell]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${file}, line ${k + 2}: ${COLUMNS[cell]} "${cells[cell]}" is no character offset`);
      return value;
    };
    const flag = (cell: number): boolean => {
      if (cells[cell] !== 'TRUE' && cells[cell] !== 'FALSE') throw new Error(`${file}, line ${k + 2}: ${COLUMNS[cell]} "${cells[cell]}" is neither TRUE nor FALSE`);
      return cells[cell] === 'TRUE';
    };
    return {
      id: cells[0]!,
      text: cells[1]!,
      pronoun: cells[2]!,
      pronounOffset: offset(3),
      a: { name: cells[4]!, offset: offset(5), coref: flag(6) },
      b: { name: cells[7]!, offset: offset(8), coref: flag(9) },
    };
  });
}
