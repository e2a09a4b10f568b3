/**
 * Cell values as people type them → the forms `checkSites` reads: decimal commas, operator brand names, radio
 * names, omni and decimal-comma azimuths, dates in Vietnamese order, the CSV export's formula guard. Bands are
 * read by `bands.ts`.
 *
 * | value | written | read as |
 * |---|---|---|
 * | number (`;`/tab files) | `21,0285` | 21.0285 |
 * | operator | `Viettel`, `VinaPhone`, `VNPT-VinaPhone`, `Vina`, `MobiFone`, `Mobi`, `Vietnamobile`, `VNMB` | `viettel`, `vnpt`, `mobifone`, `vietnamobile` |
 * | technologies | `LTE`, `4G` / `NR`, `5G`, `5G NR` / `4G/5G`, `4G+5G`, `LTE, NR` | 4G / 5G / both |
 * | azimuths | `omni`, `OMNI`, `0-360`, `360`, empty | omni (`[]`) |
 * | azimuths | `0 120 240`, `0/120/240`, `0,120,240`; `120,5` in `;` files | `[0, 120, 240]`; `[120.5]` |
 * | date | `2021-03-15`, `2021/03/15`, `15/03/2021`, `15-03-2021`, `15.03.2021` | `2021-03-15` |
 * | boolean | `true`, `1`, `yes`, `có` / `false`, `0`, `no`, `không`, empty | true / false |
 */
import { searchKey } from '../../domain/text.js';
import { OPERATOR_NAMES, OPERATORS, TECHNOLOGIES, type Operator, type Technology } from '../../domain/telecom.js';

/** Entries kept per memoised normaliser: columns repeat a few values (operators, radios, dates) many times. */
const MEMO_ENTRIES = 4096;

/** Memoises a normaliser of string cells (other values pass through `fn` uncached). */
function memo<T>(fn: (raw: unknown) => T): (raw: unknown) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    if (typeof raw !== 'string') return fn(raw);
    const hit = cache.get(raw);
    if (hit !== undefined || cache.has(raw)) return hit as T;
    const value = fn(raw);
    if (cache.size < MEMO_ENTRIES) cache.set(raw, value);
    return value;
  };
}

/** `21,0285` → `21.0285` when decimal commas are allowed; `comma` says whether one was read. */
export function readDecimal(raw: string, allowComma: boolean): { text: string; comma: boolean } {
  const t = raw.trim();
  if (allowComma && /^[-+]?\d*,\d+$/.test(t)) return { text: t.replace(',', '.'), comma: true };
  return { text: t, comma: false };
}

/** A finite number from a cell (`null` for empty or not a number). */
export function toNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Brand names and abbreviations of the operators, by search key (no diacritics, lower case). */
const OPERATOR_ALIASES: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ...OPERATORS.map((o) => [o, o] as const),
  ...(Object.entries(OPERATOR_NAMES) as [Operator, string][]).map(([o, name]) => [searchKey(name), o] as const),
  ['vinaphone', 'vnpt'],
  ['vina', 'vnpt'],
  ['vnpt vinaphone', 'vnpt'],
  ['vnpt-vinaphone', 'vnpt'],
  ['mobi', 'mobifone'],
  ['mobiphone', 'mobifone'],
  ['vnmb', 'vietnamobile'],
  ['vietnam mobile', 'vietnamobile'],
]);

/** An operator id from a name (`Viettel`, `VinaPhone`, `VNPT-VinaPhone`, `MobiFone`, …); unknown names unchanged. */
export const normaliseOperator = memo((raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw;
  return OPERATOR_ALIASES.get(searchKey(raw)) ?? raw.trim();
});

/** Radio names → technologies: `LTE`, `4G` → 4G; `NR`, `5G`, `5G NR` → 5G; `4G/5G`, `4G+5G` are lists. */
export const normaliseTechnologies = memo((raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw;
  const tokens = raw
    .replace(/5g\s*nr/gi, '5G')
    .split(/[\s,;|/+&]+/)
    .filter(Boolean);
  return tokens.map((t) => ({ LTE: '4G', NR: '5G' })[t.toUpperCase()] ?? t.toUpperCase()).join(' ');
});

/** A technology cell read: the technologies when every token is one (shared per text), else null. */
export type TechnologyCell = { text: string; technologies: Technology[] | null; empty: boolean };

/** Reads a technology cell (see {@link normaliseTechnologies}); `technologies` null when a token is no technology. */
export const readTechnologies = memo((raw: unknown): TechnologyCell => {
  const text = normaliseTechnologies(raw);
  if (typeof text !== 'string') return { text: '', technologies: null, empty: raw === undefined || raw === null };
  const tokens = text.split(' ').filter(Boolean);
  const ok = tokens.length > 0 && tokens.every((t) => TECHNOLOGIES.includes(t as Technology));
  return { text, technologies: ok ? ([...new Set(tokens)] as Technology[]) : null, empty: tokens.length === 0 };
});

/** Azimuth cells that mean an omni site (no sectors): empty, `omni` in any case, `0-360`, `360`. */
const OMNI = /^(?:|omni|0\s*[-–]\s*360|360)$/i;
/** Shared by every omni site: sites are never mutated. */
const OMNI_AZIMUTHS: number[] = [];
const azimuthCache = new Map<string, number[] | string>();

/**
 * Azimuths from a cell, degrees: `[]` for omni (`omni`, `OMNI`, `0-360`, `360`, empty), else the numbers separated
 * by spaces, commas, semicolons, bars or slashes (`0 120 240`, `0/120/240`, `0;120;240`). With decimal commas
 * allowed (`;`- or tab-delimited text), commas are decimal marks when every comma has one digit after it
 * (`120,5` is 120.5°, `30,5 150,5`); otherwise they separate azimuths (`0,120,240`). A cell with a token that is
 * no number comes back as its text, for `checkSites` to name. Arrays are shared per distinct cell.
 */
export function normaliseAzimuths(raw: unknown, allowComma: boolean): unknown {
  if (typeof raw !== 'string') return raw;
  const key = allowComma ? `,${raw}` : raw;
  const hit = azimuthCache.get(key);
  if (hit !== undefined) return hit;
  const t = raw.trim();
  let value: number[] | string;
  if (OMNI.test(t)) value = OMNI_AZIMUTHS;
  else {
    const decimal = allowComma && t.includes(',') && /^[^,]*(?:\d,\d(?!\d)[^,]*)+$/.test(t);
    const tokens = (decimal ? t.replace(/,/g, '.') : t).split(/[\s,;|/]+/).filter(Boolean);
    const numbers = tokens.map((x) => (x.trim() === '' ? NaN : Number(x)));
    value = numbers.every(Number.isFinite) ? numbers : tokens.join(' ');
  }
  if (azimuthCache.size < MEMO_ENTRIES) azimuthCache.set(key, value);
  return value;
}

/**
 * An ISO `YYYY-MM-DD` date from `YYYY-MM-DD` (a time part is dropped), `YYYY/MM/DD`, or the Vietnamese order
 * `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`. `null` for empty; `undefined` for text that is no real date.
 */
export const normaliseDate = memo(dateOf);

function dateOf(raw: unknown): string | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return undefined;
  const t = raw.trim();
  if (t === '') return null;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  const vn = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** `true`/`false` from `true`, `1`, `yes`, `có` / `false`, `0`, `no`, `không`, empty; `undefined` otherwise. */
export const normaliseBoolean = memo(booleanOf);

function booleanOf(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (raw === null || raw === undefined) return false;
  const key = searchKey(String(raw));
  if (['true', '1', 'yes', 'co'].includes(key)) return true;
  if (['false', '0', 'no', 'khong', ''].includes(key)) return false;
  return undefined;
}

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"), optionally behind earlier guard quotes. */
const GUARDED = /^'*[=+\-@\t\r]/;

/** Guards text for a spreadsheet: a leading `'` before text that {@link GUARDED} matches; see {@link unguardText}. */
export function guardText(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** Undoes {@link guardText}: drops one leading `'` before such text, so export → import is lossless. */
export function unguardText(value: string): string {
  return value.startsWith("'") && GUARDED.test(value.slice(1)) ? value.slice(1) : value;
}
