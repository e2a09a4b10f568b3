/** How area indicators are named and written in the interface. */
import { knownIndicator } from '../domain/indicators.js';
import { formatNumber } from './i18n.js';
import type { Lang } from '../domain/lang.js';

/** An indicator's name in the language shown: a known indicator's own name, else its id as written. */
export function indicatorName(id: string, lang: Lang): string {
  const k = knownIndicator(id);
  return k ? (lang === 'vi' ? k.nameVi : k.nameEn) : id;
}

/** A figure with its unit, e.g. `87,5 %` or `1.234 hộ`. */
export function formatFigure(lang: Lang, value: number, unit: string): string {
  const digits = unit === '%' ? 1 : Math.abs(value) < 10 && !Number.isInteger(value) ? 2 : 0;
  return `${formatNumber(lang, value, digits)}${unit === '%' ? ' %' : unit ? ` ${unit}` : ''}`;
}
