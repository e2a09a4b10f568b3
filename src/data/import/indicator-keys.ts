/**
 * How the cells of an area-indicators row are named and read: the row's cells, place and result types, indicator
 * ids from written names, layouts from their cells, area names compared loosely, and why a well-formed code is not
 * an area of the row's layout (`wrong-layout`, `unknown-code`).
 *
 * Split from `indicator-rows.ts` (which re-exports its public names): these are pure functions and types of one
 * cell each, while that module holds the order of the rules and the file's state.
 */
import { INDICATOR_ALIASES, KNOWN_INDICATORS, type IndicatorValue } from '../../domain/indicators.js';
import type { IndicatorAreaCatalogue } from '../../domain/indicators.js';
import type { AreaLevel, Layout } from '../../domain/admin.js';
import type { DataIssue } from '../../domain/report.js';
import { searchKey, stripDiacritics } from '../../domain/text.js';
import type { Bilingual } from './issue.js';

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

/** How each area level is named in messages. */
export const LEVEL_LABEL: Readonly<Record<AreaLevel, Bilingual>> = {
  unit2025: { en: '2025 unit', vi: 'xã/phường 2025' },
  ward2019: { en: '2019 ward', vi: 'phường/xã 2019' },
  district2019: { en: '2019 district', vi: 'quận/huyện 2019' },
};
/** Why a layout cell is refused. */
export const LAYOUT_RULE: Bilingual = {
  en: 'layout must be 2025 (or new, mới) or 2019 (or old, cũ)',
  vi: 'địa giới phải là 2025 (hoặc new, mới) hoặc 2019 (hoặc old, cũ)',
};
/** Why a date cell is refused. */
export const DATE_RULE: Bilingual = {
  en: 'dates must be YYYY-MM-DD or DD/MM/YYYY',
  vi: 'ngày phải ghi theo dạng YYYY-MM-DD hoặc DD/MM/YYYY',
};

/** Why a value cell is not a number: the decimal marks allowed depend on the delimiter. */
export function numberRule(allowDecimalComma: boolean): Bilingual {
  return allowDecimalComma
    ? {
        en: 'use digits with "." or "," as the decimal mark',
        vi: 'hãy ghi bằng chữ số, dùng "." hoặc "," làm dấu thập phân',
      }
    : {
        en: 'use digits with "." as the decimal mark (a decimal comma needs a semicolon- or tab-delimited file)',
        vi: 'hãy ghi bằng chữ số, dùng "." làm dấu thập phân (dấu phẩy thập phân chỉ dùng được trong tệp phân cách bằng dấu chấm phẩy hoặc tab)',
      };
}

/** Type prefixes of names, folded, longest first. */
const NAME_PREFIXES = ['thi tran ', 'thi xa ', 'phuong ', 'huyen ', 'quan ', 'xa '];

/** Whether a written area name names `expected` (folded, with or without the type prefix). */
export function sameName(written: string, expected: string): boolean {
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

/** Why a well-formed code is not an area of the row's layout: `wrong-layout` or `unknown-code`. */
export function refuseCode(
  areas: IndicatorAreaCatalogue,
  code: string,
  shown: Bilingual,
  layout: Layout,
): { rule: string; what: Bilingual; why: Bilingual } {
  const { unit2025, ward2019, district2019 } = areas;
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
