/**
 * `indicators.csv` of `npm run analyse` (written when area-indicator files were given): each indicator's figure
 * per area as `computeIndicators` gives it (loaded, summed or averaged from wards, carried through the 2025/2019
 * overlay, or computed), as of `--as-of` when given. Same text conventions as `results.csv` (UTF-8 with BOM,
 * CRLF, codes with their leading zeros); values to at most 4 decimals, `basis_share` a fraction 0–1 to 4 decimals.
 */
import { CITY_KEY, type IndicatorTable } from '../../src/analysis/indicators.js';
import { csvNumber, csvText, HANOI_GSO_CODE } from './results-csv.js';

/** The columns of `indicators.csv`, in order. */
export const INDICATOR_COLUMNS = [
  'indicator',
  'unit',
  'level',
  'code',
  'name',
  'value',
  'from',
  'derived',
  'date',
  'basis_share',
] as const;

/** A number to at most `decimals` decimals, without trailing zeros. */
const trimmed = (v: number, decimals: number): string =>
  csvNumber(v, decimals)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');

/** The whole file; `nameOf` gives an area's name by `${level}|${code}`. */
export function indicatorsCsv(table: IndicatorTable, nameOf: (key: string) => string): string {
  const lines: string[] = [INDICATOR_COLUMNS.join(',')];
  for (const s of table.summaries) {
    const figures = table.figures[s.id] ?? {};
    // The city first, then the areas in the table's order.
    const keys = Object.keys(figures).sort((a, b) => Number(b === CITY_KEY) - Number(a === CITY_KEY));
    for (const key of keys) {
      const f = figures[key]!;
      const [level, code] = key === CITY_KEY ? ['city', HANOI_GSO_CODE] : key.split('|');
      lines.push(
        [
          csvText(s.id),
          csvText(s.unit),
          level,
          csvText(code ?? ''),
          csvText(nameOf(key)),
          trimmed(f.value, 4),
          f.from,
          String(f.derived),
          f.date,
          trimmed(f.basisShare, 4),
        ].join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
