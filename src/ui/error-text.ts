/**
 * A failure as the interface shows it, in both languages: the worker's own Vietnamese text when it sent one
 * (`WorkerCallError.vi`), its English message otherwise; any other error's message in both. Kept in both so that
 * a language switch after the failure shows it in the new language.
 */
import type { Lang } from '../domain/lang.js';
import { errorMessage } from '../domain/errors.js';
import { WorkerCallError } from '../worker/rpc.js';

/** A failure's text per interface language. */
export type ErrorTexts = Readonly<Record<Lang, string>>;

/** The texts of a caught value (see the module comment). */
export function errorTexts(err: unknown): ErrorTexts {
  if (err instanceof WorkerCallError) return { vi: err.vi, en: err.message };
  const message = errorMessage(err);
  return { vi: message, en: message };
}
