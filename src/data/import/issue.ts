/**
 * One builder for every import message, in English and Vietnamese, so that a message follows the interface
 * language (`issueText` in `../../domain/report.ts`) and the command line's `import-report.json` carries the
 * column, value, line and data row of each.
 *
 * Shape (both languages): `<file>: <place>: <what> — <why>`, where the place is `row 4 (id "A1")` /
 * `dòng 4 (mã "A1")` for delimited text (the header is row 1), `feature 2 (id "S3")` / `đối tượng 2 (mã "S3")`
 * for GeoJSON and FlatGeobuf (numbered from 0), and nothing for a file-level message.
 */
import type { DataIssue } from '../../domain/report.js';

/** A text in both languages. */
export type Bilingual = { en: string; vi: string };

/** Where in the file: a delimited row (one-based, header = 1), a feature (zero-based), or the whole file. */
export type IssuePlace =
  | { label: 'row'; n: number; id?: string | null }
  | { label: 'feature'; n: number; id?: string | null }
  | { label: 'file' };

/** Optional details kept with the message for reports. */
export type IssueDetail = { column?: string; value?: unknown; line?: number; dataRow?: number };

/** Longest value quoted in a message or kept in `value`; longer ones are cut with "…" (a 100 KB cell must not be laid out). */
export const MAX_QUOTED_CHARS = 200;

/** A value as quoted in messages: strings in quotes (cut to {@link MAX_QUOTED_CHARS}), `missing` / `trống` for undefined. */
export function quote(v: unknown, lang: 'en' | 'vi' = 'en'): string {
  if (v === undefined) return lang === 'vi' ? 'trống' : 'missing';
  if (typeof v === 'string') return `"${clip(v)}"`;
  return clip(JSON.stringify(v) ?? String(v));
}

/** Cuts a text to {@link MAX_QUOTED_CHARS} characters, marking the cut with its full length. */
export function clip(text: string, max = MAX_QUOTED_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

function placeText(place: IssuePlace, lang: 'en' | 'vi'): string {
  if (place.label === 'file') return '';
  const word = place.label === 'row' ? (lang === 'vi' ? 'dòng' : 'row') : lang === 'vi' ? 'đối tượng' : 'feature';
  const id = place.id ? ` (${lang === 'vi' ? 'mã' : 'id'} "${clip(place.id, 80)}")` : '';
  return ` ${word} ${place.n}${id}:`;
}

/**
 * Builds a `DataIssue`. `what` says what is wrong with which value, `why` the rule; both in both languages.
 * `index` is the row (one-based) or feature (zero-based) number, null for a file-level message.
 */
export function importIssue(
  severity: DataIssue['severity'],
  rule: string,
  file: string,
  place: IssuePlace,
  what: Bilingual,
  why: Bilingual,
  detail: IssueDetail = {},
): DataIssue {
  const issue: DataIssue = {
    severity,
    rule,
    file,
    index: place.label === 'file' ? null : place.n,
    key: place.label !== 'file' && place.id ? place.id : null,
    message: `${file}:${placeText(place, 'en')} ${what.en} — ${why.en}`,
    vi: `${file}:${placeText(place, 'vi')} ${what.vi} — ${why.vi}`,
  };
  if (detail.column !== undefined) issue.column = detail.column;
  if (detail.value !== undefined)
    issue.value =
      typeof detail.value === 'string'
        ? clip(detail.value)
        : clip(JSON.stringify(detail.value) ?? String(detail.value));
  if (detail.line !== undefined) issue.line = detail.line;
  if (detail.dataRow !== undefined) issue.dataRow = detail.dataRow;
  return issue;
}

/** What and why of a quoted field left open at the end of a delimited file (every importer says it alike). */
export const UNTERMINATED_QUOTE: { what: Bilingual; why: Bilingual } = {
  what: { en: 'a quoted field is never closed', vi: 'một trường mở dấu ngoặc kép mà không đóng' },
  why: {
    en: 'every opening quote needs a closing quote (RFC 4180)',
    vi: 'mỗi dấu ngoặc kép mở cần một dấu đóng (RFC 4180)',
  },
};

/** The error for a quoted field still open at the end of `file`, opened on row `row` (one-based, header = 1). */
export function unterminatedQuoteIssue(file: string, row: number, rule = 'csv-unterminated-quote'): DataIssue {
  const { what, why } = UNTERMINATED_QUOTE;
  return importIssue('error', rule, file, { label: 'row', n: row }, what, why, { line: row });
}
