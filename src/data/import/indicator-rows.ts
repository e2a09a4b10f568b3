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
import {
  INDICATOR_ALIASES,
  KNOWN_INDICATORS,
  indicatorKind,
  knownIndicator,
  type IndicatorKind,
  type IndicatorValue,
} from '../../domain/indicators.js';
import type { IndicatorAreaCatalogue } from '../../domain/indicators.js';
import type { AreaLevel, Layout } from '../../domain/admin.js';
import type { DataIssue } from '../../domain/report.js';
import { searchKey, stripDiacritics } from '../../domain/text.js';
import { clip, importIssue, quote, type Bilingual, type IssueDetail } from './issue.js';
import { normaliseDate, readDecimal, unguardText } from './values.js';

export type { IndicatorAreaCatalogue } from '../../domain/indicators.js';

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
export type IndicatorRowResult =
  { ok: true; value: IndicatorValue; warnings: DataIssue[] } | { ok: false; issue: DataIssue };

/** The folded form of an indicator name: lower case, no diacritics, punctuation except `%` as single spaces. */
export function foldIndicatorName(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
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

const LEVEL_LABEL: Readonly<Record<AreaLevel, Bilingual>> = {
  unit2025: { en: '2025 unit', vi: 'xã/phường 2025' },
  ward2019: { en: '2019 ward', vi: 'phường/xã 2019' },
  district2019: { en: '2019 district', vi: 'quận/huyện 2019' },
};
const LAYOUT_RULE: Bilingual = {
  en: 'layout must be 2025 (or new, mới) or 2019 (or old, cũ)',
  vi: 'địa giới phải là 2025 (hoặc new, mới) hoặc 2019 (hoặc old, cũ)',
};
const DATE_RULE: Bilingual = {
  en: 'dates must be YYYY-MM-DD or DD/MM/YYYY',
  vi: 'ngày phải ghi theo dạng YYYY-MM-DD hoặc DD/MM/YYYY',
};
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

/** Where a row is: its line (one-based, the header is line 1), its ordinal among the data rows, its code as written. */
export type IndicatorRowPlace = { row: number; dataRow: number; code: string };

/** The header names of a file's columns, as written, for the `column` of issues. */
export type IndicatorColumnNames = Readonly<Partial<Record<keyof IndicatorCells, string>>>;

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
      const refusal = this.refuseCode(code, shown, layout);
      return fail(refusal.rule, refusal.what, refusal.why, codeCell);
    }
    if (padded) {
      warn(
        'code-padded',
        { en: `code "${written}" was read as "${code}"`, vi: `mã "${written}" được đọc thành "${code}"` },
        {
          en: 'spreadsheets drop leading zeros; store GSO codes as text of 5 digits',
          vi: 'bảng tính thường bỏ các số 0 ở đầu; hãy lưu mã GSO dạng văn bản đủ 5 chữ số',
        },
        codeCell,
      );
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
      const why = this.allowDecimalComma
        ? {
            en: 'use digits with "." or "," as the decimal mark',
            vi: 'hãy ghi bằng chữ số, dùng "." hoặc "," làm dấu thập phân',
          }
        : {
            en: 'use digits with "." as the decimal mark (a decimal comma needs a semicolon- or tab-delimited file)',
            vi: 'hãy ghi bằng chữ số, dùng "." làm dấu thập phân (dấu phẩy thập phân chỉ dùng được trong tệp phân cách bằng dấu chấm phẩy hoặc tab)',
          };
      const what =
        valueCell === ''
          ? { en: 'value is empty', vi: 'giá trị để trống' }
          : { en: `value ${quote(valueCell)} is not a number`, vi: `giá trị ${quote(valueCell)} không phải là số` };
      return fail('non-numeric', what, why, valueAt);
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

    const nameCell = cells.name?.trim() ?? '';
    if (nameCell !== '' && !sameName(nameCell, areaName)) {
      warn(
        'name-mismatch',
        {
          en: `name ${quote(nameCell)} is not "${areaName}", the ${LEVEL_LABEL[level].en} of code ${shown.en}`,
          vi: `tên ${quote(nameCell)} khác với "${areaName}", tên của ${LEVEL_LABEL[level].vi} có mã ${shown.vi}`,
        },
        { en: 'check the code and the layout', vi: 'hãy kiểm tra lại mã và địa giới' },
        this.cell('name', nameCell),
      );
    }
    if (kind === 'count' && !Number.isInteger(value)) {
      warn(
        'fractional-count',
        {
          en: `value ${quote(valueCell)} of the count ${named} is not a whole number`,
          vi: `giá trị ${quote(valueCell)} của số đếm ${named} không phải số nguyên`,
        },
        {
          en: 'if "." or "," was meant as a thousands separator, write the number without it',
          vi: 'nếu "." hoặc "," là dấu phân cách hàng nghìn, hãy ghi số mà không có dấu đó',
        },
        valueAt,
      );
    }
    const source = unguardText(cells.source?.trim() ?? '');
    if (cells.source !== null && source === '') {
      warn(
        'no-source',
        { en: 'no source given', vi: 'không ghi nguồn' },
        {
          en: 'name where each figure comes from in the source column',
          vi: 'hãy ghi nguồn của từng số liệu trong cột nguồn',
        },
        this.cell('source', ''),
      );
    }

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

  /** Why a well-formed code is not an area of the row's layout: `wrong-layout` or `unknown-code`. */
  private refuseCode(
    code: string,
    shown: Bilingual,
    layout: Layout,
  ): { rule: string; what: Bilingual; why: Bilingual } {
    const { unit2025, ward2019, district2019 } = this.areas;
    const zeros = code.length === 3 ? (layout === '2025' ? unit2025 : ward2019).get(`00${code}`) : undefined;
    const meant = LEVEL_LABEL[layout === '2025' ? 'unit2025' : 'ward2019'];
    const hint: Bilingual =
      zeros === undefined
        ? { en: '', vi: '' }
        : {
            en: `; if ${meant.en} "00${code}" (${zeros}) was meant, write all 5 digits`,
            vi: `; nếu định ghi ${meant.vi} "00${code}" (${zeros}), hãy ghi đủ 5 chữ số`,
          };
    const district = layout === '2025' && code.length === 3 ? district2019.get(code) : undefined;
    if (district !== undefined) {
      return {
        rule: 'wrong-layout',
        what: {
          en: `code ${shown.en} is a 2019 district (${district}), but the row's layout is 2025`,
          vi: `mã ${shown.vi} là quận/huyện 2019 (${district}), nhưng địa giới của dòng là 2025`,
        },
        why: {
          en: `there are no districts since 1 July 2025; give the figure per 2025 unit, or set the layout to 2019${hint.en}`,
          vi: `từ ngày 1/7/2025 không còn cấp quận, huyện; hãy ghi số liệu theo từng xã/phường 2025, hoặc đổi địa giới thành 2019${hint.vi}`,
        },
      };
    }
    const ward = layout === '2025' && code.length === 5 ? ward2019.get(code) : undefined;
    if (ward !== undefined) {
      return {
        rule: 'wrong-layout',
        what: {
          en: `code ${shown.en} is a 2019 ward (${ward}) but no 2025 unit`,
          vi: `mã ${shown.vi} là phường/xã 2019 (${ward}) nhưng không phải xã/phường 2025`,
        },
        why: {
          en: 'the ward ended on 1 July 2025; give the figure for its 2025 unit, or set the layout to 2019',
          vi: 'phường/xã này không còn từ ngày 1/7/2025; hãy ghi số liệu cho xã/phường 2025 mà nó được nhập vào, hoặc đổi địa giới thành 2019',
        },
      };
    }
    const unit = layout === '2019' && code.length === 5 ? unit2025.get(code) : undefined;
    if (unit !== undefined) {
      return {
        rule: 'wrong-layout',
        what: {
          en: `code ${shown.en} is a 2025 unit (${unit}) but no 2019 ward`,
          vi: `mã ${shown.vi} là xã/phường 2025 (${unit}) nhưng không phải phường/xã 2019`,
        },
        why: {
          en: 'the 2025 units exist since 1 July 2025; set the layout to 2025',
          vi: 'các xã/phường 2025 chỉ có từ ngày 1/7/2025; hãy đổi địa giới thành 2025',
        },
      };
    }
    if (code.length === 3) {
      return {
        rule: 'unknown-code',
        what: {
          en: `code ${shown.en} is no 2019 district`,
          vi: `mã ${shown.vi} không có trong danh mục quận/huyện 2019`,
        },
        why: {
          en: `a 3-digit code names a 2019 district of Hà Nội${hint.en}`,
          vi: `mã 3 chữ số là mã quận/huyện 2019 của Hà Nội${hint.vi}`,
        },
      };
    }
    return {
      rule: 'unknown-code',
      what: {
        en: `code ${shown.en} is in neither layout`,
        vi: `mã ${shown.vi} không có trong danh mục của cả hai địa giới`,
      },
      why: {
        en: 'a code must be a 2025 unit, a 2019 ward or a 2019 district of Hà Nội',
        vi: 'mã phải là mã của một xã/phường 2025, một phường/xã 2019 hoặc một quận/huyện 2019 của Hà Nội',
      },
    };
  }
}
