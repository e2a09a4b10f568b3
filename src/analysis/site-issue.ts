/**
 * How a problem found in a site row becomes a `DataIssue`: the message
 * `<source>: row <n> (id "<id>"): <what> — <why>` in English (`message`) and Vietnamese (`vi`, `dòng <n> (mã "<id>")`),
 * or `feature <n>` / `đối tượng <n>` with the `feature` label; the column as written in the file; and the value. Every
 * quoted value is cut to a readable length, since a 100 KB cell must not be laid out. The rules that find the
 * problems are in `site-rules.ts`; `SiteChecker` (`site-check.ts`) runs them in order.
 */
import type { DataIssue } from '../domain/report.js';

/** The fields `checkSites` reads, named as a column in `DataIssue.column` unless the caller names them. */
export type SiteCheckField =
  'id' | 'operator' | 'lng' | 'lat' | 'technologies' | 'bands' | 'heightM' | 'azimuthsDeg' | 'rangeM';

/** One text in English and in Vietnamese. */
export type Phrase = [en: string, vi: string];

/** A problem in one field of a row, before it is worded as an issue about a given row. */
export type SiteProblem = {
  /** The rule broken, e.g. `site-height-invalid` (see the table in `site-check.ts`). */
  rule: string;
  /** The field at fault: names the column. */
  field: SiteCheckField;
  /** The offending value as read (undefined when the cell is missing: no `value` then). */
  value: unknown;
  /** What is wrong: `antenna height 400`. */
  what: Phrase;
  /** The rule it breaks: `height must be a number of metres above 0 and at most 300`. */
  why: Phrase;
};

/** How a checker names things in its issues. */
export type IssueNaming = {
  /** The file or source named first in every message. */
  source: string;
  /** `row n` (one-based, delimited text) or `feature n` (zero-based, GeoJSON). */
  label: 'row' | 'feature';
  /** Column (or property) names as written in the file; a field not listed is named as itself. */
  columns: Partial<Record<SiteCheckField, string>>;
};

/** The word naming a row, per label, as [English, Vietnamese]. */
export const ROW_WORDS = {
  row: ['row', 'dòng'],
  feature: ['feature', 'đối tượng'],
} as const satisfies Record<IssueNaming['label'], readonly [string, string]>;

/** Longest value quoted in a message; longer ones are cut (a 100 KB cell must not be laid out), characters. */
const MAX_QUOTED_CHARS = 200;

/** `t` itself, or its first {@link MAX_QUOTED_CHARS} characters and how long it was. */
export const clip = (t: string): string =>
  t.length <= MAX_QUOTED_CHARS ? t : `${t.slice(0, MAX_QUOTED_CHARS)}… (${t.length} characters)`;

/** A raw value as quoted in a message: strings in quotes, missing as `missing` (`trống` when `vi`), else JSON. */
export const show = (v: unknown, vi = false): string =>
  typeof v === 'string'
    ? `"${clip(v)}"`
    : v === undefined
      ? vi
        ? 'trống'
        : 'missing'
      : clip(JSON.stringify(v) ?? String(v));

/**
 * A number as Vietnamese writes it in a message: decimal comma, thousands dot, the minus sign U+2212
 * (`105,85`, `588.394,44`, `−0,5`), all its decimals kept (a coordinate must not be rounded in an error).
 */
export function viNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const text = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 }).format(Math.abs(v));
  return v < 0 ? `\u2212${text}` : text;
}

/** The error about row `n` (site `id`, empty when it has none) breaking `problem`, named as `naming` says. */
export function siteIssue(naming: IssueNaming, n: number, id: string, problem: SiteProblem): DataIssue {
  const { rule, field, value, what, why } = problem;
  const [word, wordVi] = ROW_WORDS[naming.label];
  const idEn = id ? ` (id "${clip(id)}")` : '';
  const idVi = id ? ` (mã "${clip(id)}")` : '';
  const column =
    field === 'lng' && rule === 'site-coordinate-outside'
      ? `${naming.columns.lng ?? 'lng'}, ${naming.columns.lat ?? 'lat'}`
      : (naming.columns[field] ?? field);
  const issue: DataIssue = {
    severity: 'error',
    rule,
    file: naming.source,
    index: n,
    key: id || null,
    message: `${naming.source}: ${word} ${n}${idEn}: ${what[0]} — ${why[0]}`,
    vi: `${naming.source}: ${wordVi} ${n}${idVi}: ${what[1]} — ${why[1]}`,
    column,
  };
  if (value !== undefined)
    issue.value = typeof value === 'string' ? clip(value) : clip(JSON.stringify(value) ?? String(value));
  return issue;
}
