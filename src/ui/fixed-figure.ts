/**
 * Figures with a fixed number of decimals, for columns and lists where `3,0` stands beside `43,4` (the shared
 * `formatFigure` in locale-format.ts drops trailing zeros). The language's separators come from `LOCALES`, and a
 * negative figure carries the minus sign U+2212, as everywhere else.
 */
import type { Lang } from '../domain/lang.js';
import { LOCALES, MINUS_SIGN } from './locale-format.js';

/**
 * `v` with exactly `digits` decimals in `lang`: `1.234,5`, `3,0`, `−0,7` in Vietnamese, `1,234.5` in English;
 * `—` for null or a value that is not finite. A value that rounds to zero is written without a sign.
 */
export function fixedFigure(lang: Lang, v: number | null, digits = 1): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const text = format.format(Math.abs(v));
  return v < 0 && /[1-9]/.test(text) ? `${MINUS_SIGN}${text}` : text;
}
