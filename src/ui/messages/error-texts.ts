/**
 * Interface strings that frame an error message in both languages (issue #18): a file the browser could not give
 * or a reader refused, said before the error's own text. See part.ts; {@link fileFailure} builds both languages at
 * once, so that a view keeps them and renders the chosen one with `issueText`, following a language switch.
 */
import { errorVi, wrapError, type ErrorTexts } from '../../domain/error-texts.js';
import { messagePart, partText } from './part.js';

export const ERROR_TEXT_MESSAGES = messagePart(
  { 'error.readFile': 'Không đọc được tệp' },
  { 'error.readFile': 'Could not read the file' },
);

export type ErrorTextKey = keyof typeof ERROR_TEXT_MESSAGES.vi;

/**
 * A file's failure in both languages: `Không đọc được tệp <name>: <error>`. An error that carries a Vietnamese
 * text (a reader's refusal, which names the file itself) is kept as it is.
 */
export function fileFailure(fileName: string, err: unknown): ErrorTexts {
  if (errorVi(err) !== undefined)
    return wrapError(
      err,
      (t) => t,
      (t) => t,
    );
  const say = (lang: 'vi' | 'en') => (t: string) =>
    `${partText(ERROR_TEXT_MESSAGES, lang)('error.readFile')} ${fileName}: ${t}`;
  return wrapError(err, say('en'), say('vi'));
}
