/**
 * The texts of a caught error in both interface languages, as an issue carries them (`message` in English, `vi`
 * where the thrower gave one), so that a view renders it with `issueText` in the language chosen at display time
 * and follows a language switch while it is on screen.
 *
 * A thrower gives its Vietnamese text as a `vi` property (the worker's `WorkerCallError`, `TooManyReportsError`,
 * the storage's write errors) or as `issue.vi` (importers' refusals); anything else (a browser's `DOMException`)
 * has English only, and `issueText` falls back to it.
 */
import { errorMessage } from './errors.js';
import type { DataIssue } from './report.js';

/** A text in English (`message`) and, where there is one, Vietnamese (`vi`): what `issueText` renders. */
export type ErrorTexts = Pick<DataIssue, 'message' | 'vi'>;

/** The Vietnamese text a caught value carries (`vi`, else `issue.vi`), or undefined. */
export function errorVi(err: unknown): string | undefined {
  const e = err as { vi?: unknown; issue?: { vi?: unknown } | null } | null | undefined;
  if (typeof e?.vi === 'string') return e.vi;
  if (typeof e?.issue?.vi === 'string') return e.issue.vi;
  return undefined;
}

/** The texts of a caught value: its message, and its Vietnamese text where it carries one. */
export function errorTexts(err: unknown): ErrorTexts {
  const vi = errorVi(err);
  return vi === undefined ? { message: errorMessage(err) } : { message: errorMessage(err), vi };
}

/**
 * Both texts with the same words around the error's: `wrap(en, vi)` builds each language's sentence from the
 * error's text in that language (its English text where it has no Vietnamese one).
 */
export function wrapError(err: unknown, en: (text: string) => string, vi: (text: string) => string): ErrorTexts {
  const t = errorTexts(err);
  return { message: en(t.message), vi: vi(t.vi ?? t.message) };
}

/** An error thrown with its text in both languages (`message` English, `vi` Vietnamese). */
export class BilingualError extends Error {
  constructor(
    message: string,
    readonly vi: string,
  ) {
    super(message);
    this.name = 'BilingualError';
  }
}
