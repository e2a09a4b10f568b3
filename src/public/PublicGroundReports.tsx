/**
 * The person's own reports from the ground on the public map: each with its day, what was found, the operator and
 * technology, the note, "show on the map" and delete; downloads as CSV (UTF-8 with a byte-order mark, for
 * spreadsheet programs) and GeoJSON, the files the planner's app imports (domain/ground-report.ts). A stored value
 * that could not be read, or a save the browser refused, is shown here.
 */
import { useSyncExternalStore } from 'react';
import type { GroundReport } from '../domain/ground-report.js';
import type { Lang } from '../domain/lang.js';
import { issueText } from '../domain/report.js';
import { OPERATOR_NAMES } from '../domain/telecom.js';
import { groundReportsToCsv, groundReportsToGeoJson } from '../data/ground-report-export.js';
import { downloadText } from '../ui/download.js';
import { formatDate } from '../ui/locale-format.js';
import { formatPosition } from '../ui/point-format.js';
import { groundText } from '../ui/messages/ground.js';
import { localToday, pageGroundReportBook, type BookProblem, type GroundReportBook } from './ground-report-book.js';
import './ground-reports.css';

type Props = {
  lang: Lang;
  /** The reports' book (the page's own, over localStorage, by default). */
  book?: GroundReportBook;
  /** Shows a report's point (the page asks the point and centres the map on it); no button without it. */
  onShow?: (report: GroundReport) => void;
  /** Saves a file; a browser download by default. */
  save?: (text: string, type: string, name: string) => void;
};

/** The problem of the book as the page says it. */
export function problemText(problem: BookProblem, lang: Lang): string {
  const g = groundText(lang);
  // The book gives its detail in both languages where it wrote it (a browser's own text is English only).
  const detail = issueText(
    problem.vi === undefined ? { message: problem.detail } : { message: problem.detail, vi: problem.vi },
    lang,
  );
  if (problem.kind === 'save-failed') return `${g('ground.storageFailed')}: ${detail}`;
  const kept = problem.keptUnder ? `; ${g('ground.storageKept')} ${problem.keptUnder}` : '';
  return `${g('ground.storageBroken')}: ${detail}${kept}`;
}

/** The list of the person's reports; see the module comment. */
export function PublicGroundReports({ lang, book = pageGroundReportBook(), onShow, save = downloadText }: Props) {
  const { reports, problem } = useSyncExternalStore(book.subscribe, book.getSnapshot);
  const g = groundText(lang);
  const stem = `bao-cao-song-${localToday()}`;
  return (
    <section className="ground-reports" data-testid="ground-reports" aria-label={g('ground.mine')}>
      <h2>
        {g('ground.mine')} ({reports.length})
      </h2>
      {problem && (
        <p className="ground-problem" role="alert" data-testid="ground-problem">
          {problemText(problem, lang)}
        </p>
      )}
      {reports.length === 0 ? (
        <p className="note">{g('ground.empty')}</p>
      ) : (
        <ul className="ground-list" data-testid="ground-list">
          {reports.map((r) => (
            <li key={r.id} data-testid="ground-item">
              <strong>{g(`ground.kind.${r.kind}`)}</strong> · {r.technology} ·{' '}
              {r.operator === 'unknown' ? g('ground.operator.unknown') : OPERATOR_NAMES[r.operator]} ·{' '}
              {formatDate(r.date, lang)}
              <span className="ground-note">{formatPosition([r.lng, r.lat], lang)}</span>
              {r.note && <span className="ground-note">{r.note}</span>}
              {onShow && (
                <button type="button" onClick={() => onShow(r)}>
                  {g('ground.show')}
                </button>
              )}
              <button type="button" onClick={() => book.remove(r.id)} data-testid="ground-delete">
                {g('ground.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="ground-actions">
        <button
          type="button"
          disabled={reports.length === 0}
          onClick={() => save(groundReportsToCsv(reports), 'text/csv;charset=utf-8', `${stem}.csv`)}
          data-testid="ground-export-csv"
        >
          {g('ground.exportCsv')}
        </button>
        <button
          type="button"
          disabled={reports.length === 0}
          onClick={() =>
            save(JSON.stringify(groundReportsToGeoJson(reports)), 'application/geo+json', `${stem}.geojson`)
          }
          data-testid="ground-export-geojson"
        >
          {g('ground.exportGeoJson')}
        </button>
      </div>
      <p className="note">{g('ground.privacy')}</p>
    </section>
  );
}
