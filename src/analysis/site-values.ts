/**
 * Reads the raw cells of a site row into values: finite numbers, trimmed strings, and lists (technologies, bands,
 * azimuths) given as arrays or as strings separated by spaces, commas, semicolons or bars. A string list is parsed
 * once per distinct text and the parsed array is shared by every site that wrote the same text (sites are never
 * mutated), which keeps a million-row import small. Nothing here judges a value: that is `site-rules.ts`.
 */

/** Distinct list texts parsed and kept per reader (a file repeats a few lists many times). */
const MEMO_ENTRIES = 4096;
const NO_STRINGS: string[] = [];

/** A list parsed from its text, once. */
type ParsedList = { values: string[] };

/** Parses list cells, remembering the lists parsed from each distinct text; one per checker. */
export class ListReader {
  private readonly lists = new Map<string, ParsedList>();
  private readonly azimuthLists = new Map<string, number[]>();

  /**
   * A list field's items: an array as given when already clean (not copied), a string parsed once per text, a
   * number as its one item, anything else as no items. `upper`: items in upper case (technologies).
   */
  list(v: unknown, upper: boolean): string[] {
    if (Array.isArray(v)) {
      if (isCleanList(v, upper)) return v as string[];
      return v
        .map((x) => String(x).trim())
        .filter(Boolean)
        .map((x) => (upper ? x.toUpperCase() : x));
    }
    if (typeof v === 'number') return [String(v)];
    if (typeof v !== 'string') return NO_STRINGS;
    const key = upper ? `U${v}` : `-${v}`;
    let parsed = this.lists.get(key);
    if (parsed === undefined) {
      const values = v.split(/[\s,;|]+/).filter(Boolean);
      parsed = { values: upper ? values.map((x) => x.toUpperCase()) : values };
      if (this.lists.size < MEMO_ENTRIES) this.lists.set(key, parsed);
    }
    return parsed.values;
  }

  /**
   * Azimuths as numbers, degrees (NaN for text that is none): an array of numbers as given, a string parsed once
   * per text.
   */
  azimuths(v: unknown): number[] {
    if (Array.isArray(v)) return v.every(isNumber) ? (v as number[]) : this.list(v, false).map(Number);
    if (typeof v !== 'string') return this.list(v, false).map(Number);
    let parsed = this.azimuthLists.get(v);
    if (parsed === undefined) {
      parsed = this.list(v, false).map(Number);
      if (this.azimuthLists.size < MEMO_ENTRIES) this.azimuthLists.set(v, parsed);
    }
    return parsed;
  }
}

/** A cell as a finite number (a number, or a string that is one), else null. */
export function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** A cell as a trimmed string, or null when it is not a string or only blanks. */
export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Whether a cell is absent: undefined, null or the empty string. */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '';

const isNumber = (x: unknown): boolean => typeof x === 'number';

/** Whether an array is already a clean list: non-empty trimmed strings (upper case when asked). */
function isCleanList(v: readonly unknown[], upper: boolean): boolean {
  for (const x of v)
    if (typeof x !== 'string' || x === '' || x.trim() !== x || (upper && x.toUpperCase() !== x)) return false;
  return true;
}
