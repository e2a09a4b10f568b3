/**
 * The rows of the choropleth's legends, one definition for the app's panel and the public map: the coverage
 * classes (percent), an indicator's classes and the change between two dates, each swatch the colour the map
 * draws, and "no data" for an area of the chosen level without a value.
 */
import type { Lang } from '../domain/lang.js';
import {
  CHANGE_COLORS,
  CHOROPLETH_COLORS,
  INDICATOR_CLASS_COLORS,
  NO_DATA_COLOR,
  changeLabels,
  classLabels,
} from '../map/choropleth.js';
import { formatNumber, translator } from './i18n.js';

/** One legend row: the swatch colour (`#rrggbb`, drawn opaque) and its label in the reader's language. */
export type KeyItem = { color: string; label: string };

/** The "no data" row, e.g. `Không có số liệu` / `No data`. */
export function noDataItem(lang: Lang): KeyItem {
  const label = translator(lang)('noData');
  return { color: NO_DATA_COLOR, label: label.charAt(0).toUpperCase() + label.slice(1) };
}

/** The coverage classes, lowest first (`< 10 %` … `≥ 99 %`, numbers in the reader's format), then "no data". */
export function coverageKeyItems(lang: Lang): KeyItem[] {
  const labels = classLabels((n) => formatNumber(lang, n));
  return [...labels.map((label, i) => ({ color: CHOROPLETH_COLORS[i]!, label })), noDataItem(lang)];
}

/**
 * An indicator's classes from their labels (`indicatorLabels`, at most five: feature state `ind` 0–4), then "no
 * data" (an area without a figure).
 */
export function indicatorKeyItems(labels: readonly string[], lang: Lang): KeyItem[] {
  if (labels.length > INDICATOR_CLASS_COLORS.length)
    throw new Error(`An indicator has at most ${INDICATOR_CLASS_COLORS.length} classes, got ${labels.length}`);
  return [...labels.map((label, i) => ({ color: INDICATOR_CLASS_COLORS[i]!, label })), noDataItem(lang)];
}

/** The change classes between two dates, losses first; `pp` is the unit (percentage points) for the reader. */
export function changeKeyItems(lang: Lang, pp: string): KeyItem[] {
  return changeLabels((n) => formatNumber(lang, n, 2), pp).map((label, i) => ({ color: CHANGE_COLORS[i]!, label }));
}
