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
 *
 * Every message is built by `importIssue` (`issue.ts`) in English (`message`, as above) and Vietnamese (`vi`, e.g.
 * `i.csv: dòng 16 (mã "00070"): giá trị "104.5" nằm ngoài khoảng 0–100 — "fibre_households_pct" là tỷ lệ phần trăm`),
 * with the physical `line` and the `dataRow`, and the `column` (its header as written) and `value` of the cell at fault.
 */
import { indicatorKind, knownIndicator, type IndicatorKind } from '../../domain/indicators.js';
import type { IndicatorAreaCatalogue } from '../../domain/indicators.js';
import type { AreaLevel, Layout } from '../../domain/admin.js';
import type { DataIssue } from '../../domain/report.js';
import { searchKey } from '../../domain/text.js';
import { clip, importIssue, quote, type Bilingual, type IssueDetail } from './issue.js';
import {
  indicatorIdOf,
  DATE_RULE,
  LAYOUT_RULE,
  layoutOf,
  LEVEL_LABEL,
  numberRule,
  refuseCode,
  type IndicatorCells,
  type IndicatorColumnNames,
  type IndicatorRowPlace,
  type IndicatorRowResult,
} from './indicator-keys.js';
import { warnAcceptedRow } from './indicator-warnings.js';
import { normaliseDate, readDecimal, unguardText } from './values.js';

export type { IndicatorAreaCatalogue } from '../../domain/indicators.js';
export {
  foldIndicatorName,
  indicatorIdOf,
  layoutOf,
  type IndicatorCells,
  type IndicatorColumnNames,
  type IndicatorRowPlace,
  type IndicatorRowResult,
} from './indicator-keys.js';

/** A plain decimal number once a decimal comma is read as a point: no exponent, no hex, no grouping. */
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

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
   * @param columnNames the header names of the columns, kept as the `column` of issues
   */
  constructor(
    private readonly file: string,
    private readonly areas: IndicatorAreaCatalogue,
    private readonly defaultLayout: Layout | null,
    private readonly allowDecimalComma: boolean,
    private readonly columnNames: IndicatorColumnNames = {},
  ) {}

  /**
   * An issue of a row, in English and Vietnamese, built by `importIssue` (line and data row kept). The English
   * place names the key `code`, as these messages always have (README, tests), where `importIssue` says `id`.
   */
  issue(
    severity: DataIssue['severity'],
    rule: string,
    at: IndicatorRowPlace,
    what: Bilingual,
    why: Bilingual,
    detail: IssueDetail = {},
  ): DataIssue {
    const place = { label: 'row', n: at.row, id: at.code === '' ? null : at.code } as const;
    const issue = importIssue(severity, rule, this.file, place, what, why, {
      ...detail,
      line: at.row,
      dataRow: at.dataRow,
    });
    const keyPart = at.code === '' ? '' : ` (code "${clip(at.code, 80)}")`;
    issue.message = `${this.file}: row ${at.row}${keyPart}: ${what.en} — ${why.en}`;
    return issue;
  }

  /** The `column` and `value` of an issue about one cell. */
  private cell(column: keyof IndicatorCells, value: string): IssueDetail {
    return { column: this.columnNames[column] ?? column, value };
  }

  /** Checks row `at.row`; an accepted row is remembered for the unit and duplicate rules of later rows. */
  check(cells: IndicatorCells, at: IndicatorRowPlace): IndicatorRowResult {
    const written = at.code;
    const fail = (rule: string, what: Bilingual, why: Bilingual, detail?: IssueDetail): IndicatorRowResult => ({
      ok: false,
      issue: this.issue('error', rule, at, what, why, detail),
    });
    const warnings: DataIssue[] = [];
    const warn = (rule: string, what: Bilingual, why: Bilingual, detail?: IssueDetail): void =>
      void warnings.push(this.issue('warning', rule, at, what, why, detail));

    if (written === '') {
      return fail(
        'missing-code',
        { en: 'code is empty', vi: 'mã để trống' },
        { en: 'every row needs the GSO code of its area', vi: 'mỗi dòng cần mã GSO của địa bàn' },
        this.cell('code', ''),
      );
    }
    const layoutCell = cells.layout?.trim() ?? '';
    const layout = layoutCell === '' ? this.defaultLayout : layoutOf(layoutCell);
    if (layout === null) {
      const what =
        layoutCell === ''
          ? { en: 'layout is empty', vi: 'địa giới để trống' }
          : { en: `layout ${quote(layoutCell)} is not a layout`, vi: `địa giới ${quote(layoutCell)} không hợp lệ` };
      return fail('bad-layout', what, LAYOUT_RULE, this.cell('layout', layoutCell));
    }

    const digits = /^\d+$/.test(written);
    const padded = digits && [1, 2, 4].includes(written.length);
    const code = padded ? written.padStart(5, '0') : written;
    const codeCell = this.cell('code', written);
    if (!digits || (code.length !== 5 && code.length !== 3)) {
      return fail(
        'unknown-code',
        { en: `code ${quote(written)} is not a GSO code`, vi: `mã ${quote(written)} không phải mã GSO` },
        {
          en: 'codes are 5 digits for 2025 units and 2019 wards, 3 digits for 2019 districts',
          vi: 'mã GSO gồm 5 chữ số với xã/phường 2025 và phường/xã 2019, 3 chữ số với quận/huyện 2019',
        },
        codeCell,
      );
    }
    const shown: Bilingual = padded
      ? { en: `"${written}" (read as "${code}")`, vi: `"${written}" (đọc thành "${code}")` }
      : { en: `"${code}"`, vi: `"${code}"` };
    const level: AreaLevel = layout === '2025' ? 'unit2025' : code.length === 5 ? 'ward2019' : 'district2019';
    const areaName = this.areas[level].get(code);
    if (areaName === undefined) {
      const refusal = refuseCode(this.areas, code, shown, layout);
      return fail(refusal.rule, refusal.what, refusal.why, codeCell);
    }
    const indicatorCell = unguardText(cells.indicator.trim());
    if (indicatorCell === '') {
      return fail(
        'missing-indicator',
        { en: 'indicator is empty', vi: 'chỉ tiêu để trống' },
        { en: 'every row needs an indicator id or name', vi: 'mỗi dòng cần mã hoặc tên của chỉ tiêu' },
        this.cell('indicator', ''),
      );
    }
    const indicator = indicatorIdOf(indicatorCell);
    const known = knownIndicator(indicator);
    const unitCell = unguardText(cells.unit?.trim() ?? '');
    const unit = unitCell !== '' ? unitCell : (known?.unit ?? '');
    const kind: IndicatorKind | null = unit === '' ? null : indicatorKind(indicator, unit);

    const valueCell = cells.value.trim();
    const valueAt = this.cell('value', valueCell);
    const value = this.readValue(valueCell, kind === 'percent');
    if (value === null) {
      const what =
        valueCell === ''
          ? { en: 'value is empty', vi: 'giá trị để trống' }
          : { en: `value ${quote(valueCell)} is not a number`, vi: `giá trị ${quote(valueCell)} không phải là số` };
      return fail('non-numeric', what, numberRule(this.allowDecimalComma), valueAt);
    }
    const named = quote(indicator);
    if (kind === 'percent' && (value < 0 || value > 100)) {
      return fail(
        'out-of-range',
        { en: `value ${quote(valueCell)} is outside 0–100`, vi: `giá trị ${quote(valueCell)} nằm ngoài khoảng 0–100` },
        { en: `${named} is a percentage`, vi: `${named} là tỷ lệ phần trăm` },
        valueAt,
      );
    }
    if (value < 0 && (kind === 'count' || known !== null)) {
      const why =
        kind === 'count'
          ? { en: `${named} is a count and cannot be negative`, vi: `${named} là số đếm nên không thể âm` }
          : {
              en: `${named} is a known indicator and cannot be negative`,
              vi: `${named} là chỉ tiêu có trong danh mục nên không thể âm`,
            };
      return fail(
        'out-of-range',
        { en: `value ${quote(valueCell)} is negative`, vi: `giá trị ${quote(valueCell)} là số âm` },
        why,
        valueAt,
      );
    }
    if (unit === '') {
      return fail(
        'missing-unit',
        { en: `indicator ${named} has no unit`, vi: `chỉ tiêu ${named} không có đơn vị` },
        {
          en: 'an indicator the app does not know needs a unit',
          vi: 'chỉ tiêu không có trong danh mục của ứng dụng cần ghi đơn vị',
        },
        this.cell('unit', unitCell),
      );
    }
    const first = this.unitOf.get(indicator);
    if (first !== undefined && searchKey(first.unit) !== searchKey(unit)) {
      const what = {
        en: `unit ${quote(unit)} differs from ${quote(first.unit)} in row ${first.row} for ${named}`,
        vi: `đơn vị ${quote(unit)} khác với ${quote(first.unit)} ở dòng ${first.row} của chỉ tiêu ${named}`,
      };
      return fail(
        'unit-mismatch',
        what,
        { en: 'an indicator keeps one unit throughout a file', vi: 'mỗi chỉ tiêu chỉ dùng một đơn vị trong cả tệp' },
        this.cell('unit', unit),
      );
    }

    const dateCell = cells.date.trim();
    const date = normaliseDate(dateCell);
    if (typeof date !== 'string') {
      const what =
        dateCell === ''
          ? { en: 'date is empty', vi: 'ngày để trống' }
          : { en: `date ${quote(dateCell)} is not a date`, vi: `ngày ${quote(dateCell)} không phải là ngày hợp lệ` };
      return fail('bad-date', what, DATE_RULE, this.cell('date', dateCell));
    }
    const key = `${layout}|${code}|${indicator}|${date}`;
    const earlier = this.rowOfKey.get(key);
    if (earlier !== undefined) {
      const what = {
        en: `${named} of ${LEVEL_LABEL[level].en} "${code}" on ${date} repeats row ${earlier}`,
        vi: `chỉ tiêu ${named} của ${LEVEL_LABEL[level].vi} "${code}" ngày ${date} trùng với dòng ${earlier}`,
      };
      return fail('duplicate', what, {
        en: 'each area, indicator and date may appear once per layout',
        vi: 'mỗi địa bàn, chỉ tiêu và ngày chỉ được xuất hiện một lần trong mỗi địa giới',
      });
    }

    const source = unguardText(cells.source?.trim() ?? '');
    warnAcceptedRow(warn, (c, v) => this.cell(c, v), {
      cells,
      written,
      code,
      padded,
      shown,
      level,
      areaName,
      count: kind === 'count',
      value,
      valueCell,
      named,
      source,
    });

    this.rowOfKey.set(key, at.row);
    if (first === undefined) this.unitOf.set(indicator, { unit, row: at.row });
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
}
