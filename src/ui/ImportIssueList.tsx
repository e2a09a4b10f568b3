/**
 * The messages of an import (rejected rows, warnings, file-level issues) as a list in the interface language,
 * cut at {@link SHOWN_ISSUES} with a count of the rest.
 */
import { issueText, type DataIssue } from '../domain/report.js';
import { formatNumber, translator } from './i18n.js';
import type { Lang } from '../domain/lang.js';

/** How many messages of one list are shown (all are counted; the rest are in the command line's report). */
export const SHOWN_ISSUES = 200;

/** One list of import messages; nothing when there are none. `testId` names the list for the end-to-end tests. */
export function IssueList({ issues, lang, testId }: { issues: readonly DataIssue[]; lang: Lang; testId: string }) {
  const t = translator(lang);
  if (issues.length === 0) return null;
  return (
    <ul className="import-issues" data-testid={testId}>
      {issues.slice(0, SHOWN_ISSUES).map((i, n) => (
        <li key={n} className={i.severity}>
          {issueText(i, lang)}
        </li>
      ))}
      {issues.length > SHOWN_ISSUES && (
        <li>
          … {formatNumber(lang, issues.length - SHOWN_ISSUES)} {t('import.more')}
        </li>
      )}
    </ul>
  );
}
