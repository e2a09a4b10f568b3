/**
 * Cell values as people type them → the forms `checkSites` reads: decimal commas, operator brand names, radio
 * names, band case, dates in Vietnamese order, the CSV export's formula guard.
 */
import { searchKey } from '../../domain/text';
import { BANDS, OPERATOR_NAMES, OPERATORS, type Operator } from '../../domain/telecom';

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
  ['vinaphone', 'vnpt'], ['vina', 'vnpt'], ['vnpt vinaphone', 'vnpt'], ['vnpt-vinaphone', 'vnpt'],
  ['mobi', 'mobifone'], ['mobiphone', 'mobifone'], ['vnmb', 'vietnamobile'], ['vietnam mobile', 'vietnamobile'],
]);

/** An operator id from a name (`Viettel`, `VinaPhone`, `VNPT-VinaPhone`, `MobiFone`, …); unknown names unchanged. */
export const normaliseOperator = memo((raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw;
  return OPERATOR_ALIASES.get(searchKey(raw)) ?? raw.trim();
});

/** Radio names → technologies: `LTE`, `4G` → 4G; `NR`, `5G`, `5G NR` → 5G; `4G/5G`, `4G+5G` are lists. */
export const normaliseTechnologies = memo((raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw;
  const tokens = raw.replace(/5g\s*nr/gi, '5G').split(/[\s,;|/+&]+/).filter(Boolean);
  return tokens.map((t) => ({ LTE: '4G', NR: '5G' })[t.toUpperCase()] ?? t.toUpperCase()).join(' ');
});

const BAND_BY_LOWER: ReadonlyMap<string, string> = new Map(Object.keys(BANDS).map((b) => [b.toLowerCase(), b]));

/** Band names in their 3GPP case (`b3` → `B3`, `N78` → `n78`); unknown names unchanged. */
export const normaliseBands = memo((raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw;
  return raw.split(/[\s,;|/]+/).filter(Boolean).map((b) => BAND_BY_LOWER.get(b.toLowerCase()) ?? b).join(' ');
});

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
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
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
