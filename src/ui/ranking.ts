/**
 * The ranked table of areas — the accessible, sortable view of the coverage map — and its CSV export. Pure:
 * no React, no DOM. Areas are km², percents 0–100, populations are residents (2019 census, see
 * `POPULATION_NOTE`).
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { AreaResult, OpSet } from '../analysis/engine/types.js';
import { basisPercent, figuresAt } from '../analysis/coverage-value.js';
import type { Basis } from '../domain/basis.js';
import { translator, type MessageKey } from './i18n.js';
import type { Lang } from '../domain/lang.js';

/**
 * Strings of the ranked table and its CSV, Vietnamese first. Kept here until the lead moves them into
 * `i18n.ts` under the same keys.
 */

/** One area of the ranked table, for one technology, operator set and basis. */
export type TableRow = {
  /** Engine level of the area (`unit2025`, `district2019`, …), as in `AreaResult.level`. */
  level: string;
  id: string;
  /** Official Vietnamese name, with diacritics. */
  name: string;
  /** English name; may be empty, then the Vietnamese name is shown. */
  nameEn: string;
  /** Geodesic area, km². */
  areaKm2: number;
  /** Residents. */
  population: number;
  /** Covered share, percent 0–100, of the area or of the residents per the chosen basis. */
  percent: number;
  /** Residents outside the covered part (≥ 0). */
  uncoveredPopulation: number;
  /** Area outside the covered part, km² (≥ 0). */
  uncoveredKm2: number;
  /** Sites standing in the area for the technology and operator set. */
  sites: number;
};

/**
 * Table rows from the engine's results. `names` is keyed by the result's `id`; an area missing from it is
 * shown by its id. The uncovered figures are clamped at 0 so that float noise never prints as `-0.000`.
 */
export function rowsFrom(
  results: readonly AreaResult[],
  names: ReadonlyMap<string, { name: string; nameEn: string }>,
  tech: '4G' | '5G',
  op: OpSet,
  basis: Basis,
  level: CoverageLevel = 'outdoor',
): TableRow[] {
  return results.map((r) => {
    const figures = figuresAt(r, tech, op, level);
    const named = names.get(r.id);
    return {
      level: r.level,
      id: r.id,
      name: named?.name ?? r.id,
      nameEn: named?.nameEn ?? '',
      areaKm2: r.areaKm2,
      population: r.population,
      percent: basisPercent(figures, basis),
      uncoveredPopulation: Math.max(0, r.population - figures.popCovered),
      uncoveredKm2: Math.max(0, r.areaKm2 - figures.coveredKm2),
      sites: r.sites[tech][op],
    };
  });
}

/** The name shown for a row in a language: the English name when there is one, else the official name. */
export function displayName(row: TableRow, lang: Lang): string {
  return lang === 'en' && row.nameEn !== '' ? row.nameEn : row.name;
}

/** Columns the table can be sorted by. */
export type SortKey = 'percent' | 'uncoveredPopulation' | 'areaKm2' | 'name';
export type SortDir = 'asc' | 'desc';

/** The direction a column starts in when first chosen: the worst areas (least covered, most people left out) and the largest first, names A→Z. */
export const DEFAULT_SORT_DIR: Readonly<Record<SortKey, SortDir>> = {
  percent: 'asc',
  uncoveredPopulation: 'desc',
  areaKm2: 'desc',
  name: 'asc',
};

/**
 * A sorted copy of the rows. Names are compared by the shown name with `Intl.Collator('vi')` (Vietnamese
 * alphabet: Đ after D, Ô/Ơ after O, tones secondary) or `Intl.Collator('en')`. Ties are broken by id,
 * always ascending, so the order is deterministic in both directions.
 */
export function sortRows(rows: readonly TableRow[], key: SortKey, dir: SortDir, lang: Lang): TableRow[] {
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  const sign = dir === 'asc' ? 1 : -1;
  const primary = (a: TableRow, b: TableRow): number =>
    key === 'name' ? collator.compare(displayName(a, lang), displayName(b, lang)) : a[key] - b[key];
  return [...rows].sort((a, b) => sign * primary(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the exported rows show; every label is already translated. */
export type CsvMeta = {
  layoutLabel: string;
  techLabel: string;
  opLabel: string;
  basisLabel: string;
  /** True when the figures come from the project's generated sample data. */
  sample: boolean;
};

/**
 * The rows as CSV for spreadsheets: a UTF-8 byte-order mark first (so that Excel reads the diacritics as
 * UTF-8), RFC 4180 quoting, CRLF line ends, a header row of translated column names.
 *
 * Numbers are written with a dot decimal separator and no thousands separator whatever the language, so the
 * file stays machine-readable (a `vi-VN` comma would collide with the field delimiter): percent with 2 digits,
 * km² with 3, residents as whole numbers.
 *
 * Layout, technology, operator, basis and the sample-data caveat are repeated as the last columns of every
 * row rather than written as comment lines or a trailing note row: spreadsheets have no comment syntax, and a
 * note row would break the rectangular shape that sorting, filtering and `parseCsv` rely on. The note column
 * holds the caveat when `sample` is true and is empty otherwise.
 *
 * Text fields starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so that a spreadsheet does not
 * run them as formulas (OWASP "CSV injection").
 */
export function toCsv(rows: readonly TableRow[], lang: Lang, meta: CsvMeta): string {
  const t = translator(lang);
  const header: MessageKey[] = [
    'ranking.level',
    'ranking.code',
    'ranking.name',
    'ranking.nameEn',
    'ranking.areaKm2',
    'ranking.population',
    'ranking.percent',
    'ranking.uncoveredPopulation',
    'ranking.uncoveredKm2',
    'ranking.sites',
    'ranking.layout',
    'ranking.technology',
    'ranking.operator',
    'ranking.basis',
    'ranking.note',
  ];
  const note = meta.sample ? t('ranking.sampleCaveat') : '';
  const lines = [header.map((k) => csvField(t(k))).join(',')];
  for (const r of rows) {
    const text = [r.level, r.id, r.name, r.nameEn].map(csvText);
    const numbers = [
      r.areaKm2.toFixed(3),
      Math.round(r.population).toFixed(0),
      r.percent.toFixed(2),
      Math.round(r.uncoveredPopulation).toFixed(0),
      r.uncoveredKm2.toFixed(3),
      r.sites.toFixed(0),
    ];
    const context = [meta.layoutLabel, meta.techLabel, meta.opLabel, meta.basisLabel, note].map(csvText);
    lines.push([...text, ...numbers, ...context].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A text value, guarded against formula execution, then quoted as needed. */
function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** RFC 4180: a field holding a comma, a quote, CR or LF is quoted, with its quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
