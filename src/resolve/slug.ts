/** The stable node key of a name: the same name always gives the same key, whatever its case or accents. */

export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      // accents on Latin, Greek and Cyrillic letters; other scripts keep their marks, which carry vowels
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
}
