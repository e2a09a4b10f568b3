/**
 * Figures of the public map's panel and table written with one number of decimals per column: `100,0` beside
 * `87,3`, never `100` beside `87,3` (issue #18.5). Vietnamese decimals as 1.234,5, negatives with the minus sign
 * U+2212, `—` for no figure.
 */
import type { Lang } from '../domain/lang.js';
import { LOCALES, MINUS_SIGN } from '../ui/locale-format.js';

/** Decimals of each kind of figure: percent 0–100, Mbit/s and km with one. */
export const FIGURE_DIGITS = { percent: 1, mbps: 1, km: 1 } as const;

/**
 * `v` with exactly `digits` decimals in `lang` (`3,0`, `43,4`); `—` for null, undefined or a value that is not
 * finite. A value that rounds to zero is written without a sign.
 */
export function fixedFigure(lang: Lang, v: number | null | undefined, digits: number): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const text = format.format(Math.abs(v));
  return v < 0 && /[1-9]/.test(text) ? `${MINUS_SIGN}${text}` : text;
}

/** A percent 0–100 with one decimal and its sign: `87,3 %`, `100,0 %`; `—` for no figure. */
export function percentFigure(lang: Lang, v: number | null | undefined): string {
  const text = fixedFigure(lang, v, FIGURE_DIGITS.percent);
  return text === '—' ? text : `${text} %`;
}
