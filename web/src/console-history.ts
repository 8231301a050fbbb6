/** The console's past queries, walked with up/down like a shell's and kept in localStorage across visits. */

const KEY = 'kg.console.history';
const KEEP = 100;

export class ConsoleHistory {
  private entries: string[];
  /** Where up/down stands: entries.length means "the line being typed". */
  private cursor: number;
  private draft = '';

  constructor(private readonly storage: Storage | null = safeStorage()) {
    this.entries = this.load();
    this.cursor = this.entries.length;
  }

  add(query: string): void {
    if (this.entries[this.entries.length - 1] !== query) this.entries.push(query);
    this.entries = this.entries.slice(-KEEP);
    this.cursor = this.entries.length;
    this.draft = '';
    try {
      this.storage?.setItem(KEY, JSON.stringify(this.entries));
    } catch {
      // a full or refused storage only costs the history of the next visit
    }
  }

  /** The entry before the current one; `typed` is kept so walking back down restores it. */
  previous(typed: string): string | null {
    if (this.cursor === 0) return null;
    if (this.cursor === this.entries.length) this.draft = typed;
    return this.entries[--this.cursor] ?? null;
  }

  next(): string | null {
    if (this.cursor >= this.entries.length) return null;
    this.cursor++;
    return this.cursor === this.entries.length ? this.draft : (this.entries[this.cursor] ?? null);
  }

  private load(): string[] {
    try {
      const stored: unknown = JSON.parse(this.storage?.getItem(KEY) ?? '[]');
      return Array.isArray(stored) ? stored.filter((q): q is string => typeof q === 'string').slice(-KEEP) : [];
    } catch {
      return [];
    }
  }
}

/** Storage can be switched off or throw on access (private modes, sandboxed frames). */
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
