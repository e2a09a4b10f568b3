/**
 * One row of an area-indicators file (see `indicators.ts`) → an `IndicatorValue`, or the first rule it breaks.
 *
 * A row is checked in this order and reports only its first problem, as one error:
 *
 * | rule | example message |
 * |---|---|
 * | `missing-code` | `i.csv: row 9: code is empty — every row needs the GSO code of its area` |
 * | `bad-layout` | `i.csv: row 10 (code "00004"): layout "2020" is not a layout — layout must be 2025 (or new, mới) or 2019 (or old, cũ)` |
 * | `wrong-layout` | `i.csv: row 11 (code "001"): code "001" is a 2019 district (Ba Đình), but the row's layout is 2025 — there are no districts since 1 July 2025; give the figure per 2025 unit, or set the layout to 2019` |
 * | `unknown-code` | `i.csv: row 13 (code "99999"): code "99999" is in neither layout — a code must be a 2025 unit, a 2019 ward or a 2019 district of Hà Nội` |
 * | `missing-indicator` | `i.csv: row 14 (code "00004"): indicator is empty — every row needs an indicator id or name` |
 * | `non-numeric` | `i.csv: row 15 (code "00070"): value "n/a" is not a number — use digits with "." as the decimal mark (…)` |
 * | `out-of-range` | `i.csv: row 16 (code "00070"): value "104.5" is outside 0–100 — "fibre_households_pct" is a percentage` |
 * | `missing-unit` | `i.csv: row 18 (code "00070"): indicator "Điểm wifi" has no unit — an indicator the app does not know needs a unit` |
 * | `unit-mismatch` | `i.csv: row 19 (code "00091"): unit "cái" differs from "trạm" in row 6 for "Số trạm sạc" — an indicator keeps one unit throughout a file` |
 * | `bad-date` | `i.csv: row 20 (code "00091"): date "31/02/2026" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY` |
 * | `duplicate` | `i.csv: row 21 (code "00004"): "fibre_households_pct" of 2025 unit "00004" on 2026-06-30 repeats row 2 — …` |
 *
 * Warnings of an accepted row (rows kept; a rejected row gets its one error only): `code-padded` (a code of 1, 2
 * or 4 digits, whose leading zeros a spreadsheet dropped, padded to 5), `name-mismatch` (the name column names
 * another area), `fractional-count` (a count that is not a whole number: often a thousands separator read as a
 * decimal mark), `no-source` (empty source cell).
 */
import { INDICATOR_ALIASES, KNOWN_INDICATORS, indicatorKind, knownIndicator, type IndicatorKind, type IndicatorValue } from '../../domain/indicators';
import type { IndicatorAreaCatalogue } from '../../domain/indicators';
import type { AreaLevel, Layout } from '../../domain/admin';
import type { DataIssue } from '../../domain/report';
import { searchKey, stripDiacritics } from '../../domain/text';
import { normaliseDate, readDecimal, unguardText } from './values';

export type { IndicatorAreaCatalogue } from '../../domain/indicators';

/** The cells of one row, as written; null for a column the file does not have. */
export type IndicatorCells = {
  code: string;
  layout: string | null;
  indicator: string;
  value: string;
  unit: string | null;
  date: string;
  source: string | null;
  name: string | null;
};

/** An accepted row with the warnings it earned, or its one error. */
export type IndicatorRowResult = { ok: true; value: IndicatorValue; warnings: DataIssue[] } | { ok: false; issue: DataIssue };

/** The folded form of an indicator name: lower case, no diacritics, punctuation except `%` as single spaces. */
export function foldIndicatorName(name: string): string {
  return stripDiacritics(name).toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();
}

/** Known ids, their Vietnamese and English names and `INDICATOR_ALIASES`, by folded form. */
const INDICATOR_BY_FOLD: ReadonlyMap<string, string> = new Map([
  ...KNOWN_INDICATORS.flatMap((k) => [k.id, k.nameVi, k.nameEn].map((n) => [foldIndicatorName(n), k.id] as const)),
  ...Object.entries(INDICATOR_ALIASES).map(([alias, id]) => [foldIndicatorName(alias), id] as const),
]);

/** An indicator id from an id or name: a known id, or else the name as written (trimmed). */
export function indicatorIdOf(written: string): string {
  const t = written.trim();
  return INDICATOR_BY_FOLD.get(foldIndicatorName(t)) ?? t;
}

/** A layout from a cell: `2025`, `new`, `mới` → 2025; `2019`, `old`, `cũ` → 2019; else null. */
export function layoutOf(cell: string): Layout | null {
  const key = searchKey(cell);
  if (key === '2025' || key === 'new' || key === 'moi') return '2025';
  if (key === '2019' || key === 'old' || key === 'cu') return '2019';
  return null;
}

const LEVEL_LABEL: Readonly<Record<AreaLevel, string>> = { unit2025: '2025 unit', ward2019: '2019 ward', district2019: '2019 district' };
const LAYOUT_RULE = 'layout must be 2025 (or new, mới) or 2019 (or old, cũ)';
const DATE_RULE = 'dates must be YYYY-MM-DD or DD/MM/YYYY';
/** Type prefixes of names, folded, longest first. */
const NAME_PREFIXES = ['thi tran ', 'thi xa ', 'phuong ', 'huyen ', 'quan ', 'xa '];
/** A plain decimal number once a decimal comma is read as a point: no exponent, no hex, no grouping. */
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** Whether a written area name names `expected` (folded, with or without the type prefix). */
function sameName(written: string, expected: string): boolean {
  const w = searchKey(written);
  const e = searchKey(expected);
  if (w === e) return true;
  const prefix = NAME_PREFIXES.find((p) => w.startsWith(p));
  return prefix !== undefined && w.slice(prefix.length) === e;
}

/**
 * Checks the rows of one file in order. It keeps the file's state: the first unit of each indicator and the
 * accepted (layout, code, indicator, date) keys, both with their rows.
 */
export class IndicatorRowChecker {
  /** Set when a value was read with a decimal comma. */
  sawDecimalComma = false;
  private readonly unitOf = new Map<string, { unit: string; row: number }>();
  private readonly rowOfKey = new Map<string, number>();

  /**
   * @param file names the file in messages
   * @param defaultLayout applies to a row without a layout cell (no column, or an empty cell); null for none
   * @param allowDecimalComma whether `87,5` is a number (semicolon- or tab-delimited text)
   */
  constructor(
    private readonly file: string,
    private readonly areas: IndicatorAreaCatalogue,
    private readonly defaultLayout: Layout | null,
    private readonly allowDecimalComma: boolean,
  ) {}

  /** An issue of `row` (one-based, the header is row 1) with the code as written. */
  issue(severity: DataIssue['severity'], rule: string, row: number, written: string, what: string, why: string): DataIssue {
    const keyPart = written === '' ? '' : ` (code "${written}")`;
    return { severity, rule, file: this.file, index: row, key: written === '' ? null : written, message: `${this.file}: row ${row}${keyPart}: ${what} — ${why}` };
  }

  /** Checks row `row`; an accepted row is remembered for the unit and duplicate rules of later rows. */
  check(cells: IndicatorCells, row: number): IndicatorRowResult {
    const written = cells.code.trim();
    const fail = (rule: string, what: string, why: string): IndicatorRowResult => ({ ok: false, issue: this.issue('error', rule, row, written, what, why) });
    const warnings: DataIssue[] = [];
    const warn = (rule: string, what: string, why: string): void => void warnings.push(this.issue('warning', rule, row, written, what, why));

    if (written === '') return fail('missing-code', 'code is empty', 'every row needs the GSO code of its area');
    const layoutCell = cells.layout?.trim() ?? '';
    const layout = layoutCell === '' ? this.defaultLayout : layoutOf(layoutCell);
    if (layout === null) return fail('bad-layout', layoutCell === '' ? 'layout is empty' : `layout "${layoutCell}" is not a layout`, LAYOUT_RULE);

    const digits = /^\d+$/.test(written);
    const padded = digits && [1, 2, 4].includes(written.length);
    const code = padded ? written.padStart(5, '0') : written;
    if (!digits || (code.length !== 5 && code.length !== 3)) {
      return fail('unknown-code', `code "${written}" is not a GSO code`, 'codes are 5 digits for 2025 units and 2019 wards, 3 digits for 2019 districts');
    }
    const shown = padded ? `"${written}" (read as "${code}")` : `"${code}"`;
    const level: AreaLevel = layout === '2025' ? 'unit2025' : code.length === 5 ? 'ward2019' : 'district2019';
    const areaName = this.areas[level].get(code);
    if (areaName === undefined) {
      const refusal = this.refuseCode(code, shown, layout);
      return fail(refusal.rule, refusal.what, refusal.why);
    }
    if (padded) warn('code-padded', `code "${written}" was read as "${code}"`, 'spreadsheets drop leading zeros; store GSO codes as text of 5 digits');

    const indicatorCell = unguardText(cells.indicator.trim());
    if (indicatorCell === '') return fail('missing-indicator', 'indicator is empty', 'every row needs an indicator id or name');
    const indicator = indicatorIdOf(indicatorCell);
    const known = knownIndicator(indicator);
    const unitCell = unguardText(cells.unit?.trim() ?? '');
    const unit = unitCell !== '' ? unitCell : (known?.unit ?? '');
    const kind: IndicatorKind | null = unit === '' ? null : indicatorKind(indicator, unit);

    const valueCell = cells.value.trim();
    const value = this.readValue(valueCell, kind === 'percent');
    if (value === null) {
      const why = this.allowDecimalComma
        ? 'use digits with "." or "," as the decimal mark'
        : 'use digits with "." as the decimal mark (a decimal comma needs a semicolon- or tab-delimited file)';
      return fail('non-numeric', valueCell === '' ? 'value is empty' : `value "${valueCell}" is not a number`, why);
    }
    if (kind === 'percent' && (value < 0 || value > 100)) {
      return fail('out-of-range', `value "${valueCell}" is outside 0–100`, `"${indicator}" is a percentage`);
    }
    if (value < 0 && (kind === 'count' || known !== null)) {
      return fail('out-of-range', `value "${valueCell}" is negative`, `"${indicator}" is ${kind === 'count' ? 'a count' : 'a known indicator'} and cannot be negative`);
    }
    if (unit === '') return fail('missing-unit', `indicator "${indicator}" has no unit`, 'an indicator the app does not know needs a unit');
    const first = this.unitOf.get(indicator);
    if (first !== undefined && searchKey(first.unit) !== searchKey(unit)) {
      const what = `unit "${unit}" differs from "${first.unit}" in row ${first.row} for "${indicator}"`;
      return fail('unit-mismatch', what, 'an indicator keeps one unit throughout a file');
    }

    const dateCell = cells.date.trim();
    const date = normaliseDate(dateCell);
    if (typeof date !== 'string') return fail('bad-date', dateCell === '' ? 'date is empty' : `date "${dateCell}" is not a date`, DATE_RULE);
    const key = `${layout}|${code}|${indicator}|${date}`;
    const earlier = this.rowOfKey.get(key);
    if (earlier !== undefined) {
      const what = `"${indicator}" of ${LEVEL_LABEL[level]} "${code}" on ${date} repeats row ${earlier}`;
      return fail('duplicate', what, 'each area, indicator and date may appear once per layout');
    }

    const nameCell = cells.name?.trim() ?? '';
    if (nameCell !== '' && !sameName(nameCell, areaName)) {
      warn('name-mismatch', `name "${nameCell}" is not "${areaName}", the ${LEVEL_LABEL[level]} of code ${shown}`, 'check the code and the layout');
    }
    if (kind === 'count' && !Number.isInteger(value)) {
      const what = `value "${valueCell}" of the count "${indicator}" is not a whole number`;
      warn('fractional-count', what, 'if "." or "," was meant as a thousands separator, write the number without it');
    }
    const source = unguardText(cells.source?.trim() ?? '');
    if (cells.source !== null && source === '') warn('no-source', 'no source given', 'name where each figure comes from in the source column');

    this.rowOfKey.set(key, row);
    if (first === undefined) this.unitOf.set(indicator, { unit, row });
    return { ok: true, value: { indicator, level, layout, code, value, unit, date, source, derived: false }, warnings };
  }

  /** The number in a value cell (a trailing `%` allowed for a percentage), or null. */
  private readValue(cell: string, percent: boolean): number | null {
    const bare = percent && cell.endsWith('%') ? cell.slice(0, -1).trim() : cell;
    const { text, comma } = readDecimal(bare, this.allowDecimalComma);
    if (!DECIMAL.test(text)) return null;
    if (comma) this.sawDecimalComma = true;
    return Number(text);
  }

  /** Why a well-formed code is not an area of the row's layout: `wrong-layout` or `unknown-code`. */
  private refuseCode(code: string, shown: string, layout: Layout): { rule: string; what: string; why: string } {
    const { unit2025, ward2019, district2019 } = this.areas;
    const inLayout = layout === '2025' ? unit2025 : ward2019;
    const zeros = code.length === 3 ? inLayout.get(`00${code}`) : undefined;
    const zerosHint = zeros === undefined ? '' : `; if ${LEVEL_LABEL[layout === '2025' ? 'unit2025' : 'ward2019']} "00${code}" (${zeros}) was meant, write all 5 digits`;
    if (layout === '2025' && code.length === 3 && district2019.has(code)) {
      const what = `code ${shown} is a 2019 district (${district2019.get(code)}), but the row's layout is 2025`;
      return { rule: 'wrong-layout', what, why: `there are no districts since 1 July 2025; give the figure per 2025 unit, or set the layout to 2019${zerosHint}` };
    }
    if (layout === '2025' && code.length === 5 && ward2019.has(code)) {
      const what = `code ${shown} is a 2019 ward (${ward2019.get(code)}) but no 2025 unit`;
      return { rule: 'wrong-layout', what, why: 'the ward ended on 1 July 2025; give the figure for its 2025 unit, or set the layout to 2019' };
    }
    if (layout === '2019' && code.length === 5 && unit2025.has(code)) {
      const what = `code ${shown} is a 2025 unit (${unit2025.get(code)}) but no 2019 ward`;
      return { rule: 'wrong-layout', what, why: 'the 2025 units exist since 1 July 2025; set the layout to 2025' };
    }
    if (code.length === 3) {
      return { rule: 'unknown-code', what: `code ${shown} is no 2019 district`, why: `a 3-digit code names a 2019 district of Hà Nội${zerosHint}` };
    }
    return { rule: 'unknown-code', what: `code ${shown} is in neither layout`, why: 'a code must be a 2025 unit, a 2019 ward or a 2019 district of Hà Nội' };
  }
}
