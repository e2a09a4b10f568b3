/**
 * Dates and figures as a reader of each interface language writes them: Vietnamese days as 30/11/2026 and
 * decimals as 1.234,5; English days kept as ISO 8601 (2026-11-30) and decimals as 1,234.5. Negative numbers carry
 * the real minus sign U+2212 (−0,7), never the hyphen-minus that `Intl.NumberFormat` writes for both locales.
 */
import type { Lang } from '../domain/lang.js';

/** The minus sign U+2212, for every negative figure shown to a reader. */
export const MINUS_SIGN = '\u2212';

/** The `Intl` locale of an interface language. */
export const LOCALES: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * A date in the reader's order. Accepts an ISO day `2026-11-30`, an ISO month `2025-08` or a year `2025`: in
 * Vietnamese they become `30/11/2026`, `08/2025` and `2025`; in English they stay as written. Any other text (a
 * vintage such as `sample`) is returned unchanged.
 */
export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return `${month[2]}/${month[1]}`;
  return iso;
}

/**
 * A moment in the reader's local time, to the minute: `05/12/2026 14:07` in Vietnamese, `2026-12-05 14:07` in
 * English (the same ISO order as {@link formatDate}). `when` is milliseconds since 1970 or an ISO 8601 time.
 */
export function formatDateTime(when: number | string, lang: Lang): string {
  const d = new Date(when);
  if (Number.isNaN(d.getTime())) return String(when);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${formatDate(day, lang)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** `v` rounded to `digits` decimals, with a negative zero (−0.04 rounded to one decimal) made plain 0. */
function rounded(v: number, digits: number): number {
  const r = Number(v.toFixed(digits));
  return r === 0 ? 0 : r;
}

/**
 * A figure in the language's number format with at most `digits` decimals (default 1): `1.234,5` and `−0,7` in
 * Vietnamese, `1,234.5` and `−0.7` in English; `—` for null (no figure).
 */
export function formatFigure(v: number | null, lang: Lang, digits = 1): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const r = rounded(v, digits);
  const text = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(Math.abs(r));
  return r < 0 ? `${MINUS_SIGN}${text}` : text;
}

/** A change with its sign always written: `+1,5`, `−0,7`, `0` (Vietnamese); `—` for null. */
export function formatChange(v: number | null, lang: Lang, digits = 1): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const text = formatFigure(v, lang, digits);
  return rounded(v, digits) > 0 ? `+${text}` : text;
}
