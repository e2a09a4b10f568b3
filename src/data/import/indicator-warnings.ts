/**
 * The warnings of an accepted area-indicators row (see `indicator-rows.ts`): `code-padded`, `name-mismatch`,
 * `fractional-count` and `no-source`, in that order. A rejected row gets its one error only, so these are written
 * once every rule has passed.
 *
 * Split from `indicator-rows.ts` to keep the rule order of that module readable on one screen.
 */
import type { AreaLevel } from '../../domain/admin.js';
import { quote, type Bilingual, type IssueDetail } from './issue.js';
import { LEVEL_LABEL, sameName, type IndicatorCells } from './indicator-keys.js';

/** Adds a warning to the row. */
export type RowWarn = (rule: string, what: Bilingual, why: Bilingual, detail?: IssueDetail) => void;

/** What the warnings of an accepted row are about: its cells and what was read from them. */
export type AcceptedRow = {
  cells: IndicatorCells;
  /** The code as written, and as read (padded to 5 digits when `padded`). */
  written: string;
  code: string;
  padded: boolean;
  /** The code for messages, with its padding. */
  shown: Bilingual;
  level: AreaLevel;
  /** The name of the area of the code. */
  areaName: string;
  /** Whether the indicator is a count. */
  count: boolean;
  value: number;
  valueCell: string;
  /** The indicator id, quoted for messages. */
  named: string;
  /** The source cell, unguarded and trimmed. */
  source: string;
};

/** Adds the warnings of an accepted row through `warn`; `cell` gives the `column` and `value` of a cell's issue. */
export function warnAcceptedRow(
  warn: RowWarn,
  cell: (column: keyof IndicatorCells, value: string) => IssueDetail,
  row: AcceptedRow,
): void {
  const { cells, written, code, shown, level, areaName, value, valueCell, named, source } = row;
  if (row.padded) {
    warn(
      'code-padded',
      { en: `code "${written}" was read as "${code}"`, vi: `mã "${written}" được đọc thành "${code}"` },
      {
        en: 'spreadsheets drop leading zeros; store GSO codes as text of 5 digits',
        vi: 'bảng tính thường bỏ các số 0 ở đầu; hãy lưu mã GSO dạng văn bản đủ 5 chữ số',
      },
      cell('code', written),
    );
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
      cell('name', nameCell),
    );
  }
  if (row.count && !Number.isInteger(value)) {
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
      cell('value', valueCell),
    );
  }
  if (cells.source !== null && source === '') {
    warn(
      'no-source',
      { en: 'no source given', vi: 'không ghi nguồn' },
      {
        en: 'name where each figure comes from in the source column',
        vi: 'hãy ghi nguồn của từng số liệu trong cột nguồn',
      },
      cell('source', ''),
    );
  }
}
