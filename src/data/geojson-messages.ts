/**
 * Message pieces shared by the GeoJSON layer checks (`./geojson-input.ts`): the {@link Problem} of a feature, the
 * rule texts, file-level issues and short renderings of JSON values and `[lng, lat]` positions (degrees), each in
 * English and Vietnamese.
 */
import type { Position } from 'geojson';
import type { DataIssue } from '../domain/report.js';
import { errorMessage } from '../domain/errors.js';
import { clip, type Bilingual } from './import/issue.js';

/** A JSON object: any value that is an object but neither an array nor null. */
export type Json = Record<string, unknown>;
/** One problem of a feature: the rule and the two halves of the message, in both languages. */
export type Problem = { rule: string; what: Bilingual; why: Bilingual; value?: string };

/**
 * A {@link Problem} from its rule and the two halves of its message, and the offending value as the file wrote it
 * where there is one (a coordinate), for the issue's `value` field.
 */
export const problem = (rule: string, what: Bilingual, why: Bilingual, value?: string): Problem =>
  value === undefined ? { rule, what, why } : { rule, what, why, value };

/** Whether `value` is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rule of `json-invalid`. */
export const JSON_RULE: Bilingual = {
  en: 'the file must be valid JSON (RFC 8259)',
  vi: 'tệp phải là JSON hợp lệ (RFC 8259)',
};
/** Rule of `coordinates-empty`. */
export const EMPTY_RULE: Bilingual = {
  en: 'a geometry must not have empty parts',
  vi: 'một hình học không được có phần trống',
};
/** Rule of `ring-too-few-positions`. */
export const RING_RULE: Bilingual = {
  en: 'a linear ring needs at least 4 positions (RFC 7946 §3.1.6)',
  vi: 'một vòng khép kín cần ít nhất 4 vị trí (RFC 7946 §3.1.6)',
};
/** Rule of `line-too-few-positions`. */
export const LINE_RULE: Bilingual = {
  en: 'a LineString needs at least 2 positions (RFC 7946 §3.1.4)',
  vi: 'một LineString cần ít nhất 2 vị trí (RFC 7946 §3.1.4)',
};
/** Rule of `hole-outside` and `hole-crosses-exterior`. */
export const HOLE_RULE: Bilingual = {
  en: "a hole must lie inside its polygon's exterior ring (RFC 7946 §3.1.6)",
  vi: 'một lỗ phải nằm trong vòng ngoài của đa giác (RFC 7946 §3.1.6)',
};

/** A file-level issue of a layer file, in both languages. */
export function fileLevelIssue(
  file: string,
  severity: DataIssue['severity'],
  rule: string,
  what: Bilingual,
  why: Bilingual,
): DataIssue {
  return {
    severity,
    rule,
    file,
    index: null,
    key: null,
    message: `${file}: ${what.en} — ${why.en}`,
    vi: `${file}: ${what.vi} — ${why.vi}`,
  };
}

/** `invalid JSON at line L, column C: <V8's reason>` from a `JSON.parse` error; positions one-based. */
export function describeJsonError(text: string, err: unknown): Bilingual {
  const raw = errorMessage(err);
  // V8 (Node 20) appends "in JSON at position N"; Node 22 also appends "(line L column C)".
  const match = /\s*in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(raw);
  const reason = clip(
    raw.replace(match?.[0] ?? '', '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input'),
  );
  const bomOffset = text.startsWith('\uFEFF') ? 1 : 0;
  const position = match !== null ? Number(match[1]) + bomOffset : /end of JSON input/.test(raw) ? text.length : null;
  if (position === null) return { en: `invalid JSON: ${reason}`, vi: `JSON không hợp lệ: ${reason}` };
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return {
    en: `invalid JSON at line ${line}, column ${column}: ${reason}`,
    vi: `JSON không hợp lệ ở dòng ${line}, cột ${column}: ${reason}`,
  };
}

/** A part dropped from a geometry: the warning, kept as the error's cause when nothing is left. */
export const dropped = (rule: string, what: Bilingual, part: Bilingual, why: Bilingual): Problem =>
  problem(rule, what, { en: `dropped ${part.en}: ${why.en}`, vi: `đã bỏ ${part.vi}: ${why.vi}` });

/** The error of a geometry none of whose parts is left: the first dropped part's problem. */
export const nothingLeft = (first: Problem, kind: Bilingual): Problem =>
  problem(first.rule, first.what, {
    en: `no ${kind.en} is left: ${first.why.en.replace(/^dropped [^:]*: /, '')}`,
    vi: `không còn ${kind.vi} nào: ${first.why.vi.replace(/^đã bỏ [^:]*: /, '')}`,
  });

/** `1 position`, `3 positions`: an English count with its noun. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `Polygon or MultiPolygon`, `Point, LineString or Polygon` (`hoặc` in Vietnamese). */
export function formatTypeList(types: readonly string[], or: string): string {
  if (types.length <= 1) return types[0] ?? '(none)';
  return `${types.slice(0, -1).join(', ')} ${or} ${types[types.length - 1]}`;
}

/** `[105.85, 21.03]` with the numbers as JavaScript prints them. */
export function formatPosition(p: Position): string {
  return `[${p.map((c) => String(c)).join(', ')}]`;
}

/** A position rounded to 6 decimals of a degree (about 0.1 m), for computed positions in messages. */
export function roundPosition(p: Position): Position {
  return p.map((c) => Math.round(c * 1e6) / 1e6);
}

const MAX_VALUE_CHARS = 60;

/** A short, readable rendering of any JSON value for messages: `[105.8, null]`, `"abc"`, `{…}`. */
export function formatValue(value: unknown): string {
  const render = (v: unknown, depth: number): string => {
    if (v === undefined) return 'undefined';
    if (typeof v === 'string') return JSON.stringify(v.length > MAX_VALUE_CHARS ? v.slice(0, MAX_VALUE_CHARS) : v);
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
    if (Array.isArray(v))
      return depth > 2
        ? '[…]'
        : `[${v
            .slice(0, 8)
            .map((x) => render(x, depth + 1))
            .join(', ')}${v.length > 8 ? ', …' : ''}]`;
    return '{…}';
  };
  const s = render(value, 0);
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}
