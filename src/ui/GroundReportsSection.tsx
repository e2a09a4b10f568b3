/**
 * "Báo cáo sóng từ người dân" (issue #17, part 4): the planner picks the files people downloaded from the public map
 * (or made by hand); they are read here, on the page's thread (a person's file is a few KB; the reader caps a file
 * at 16 MiB: data/import/ground-reports.ts), and set against the model in the worker through `analyse`, again
 * whenever `modelVersion` changes (the map's date, imports, parameters). The table (GroundReportsTable.tsx) lists the
 * areas or H3 cells, or the reports, most conflicting first; a row selects the area or asks the point.
 *
 * Props only: the app wires `analyse` to the session, the selections to the store, and `nameOf` to the places.
 */
import { useEffect, useRef, useState } from 'react';
import { GROUND_AREA_LEVELS, type GroundAreaLevel } from '../domain/ground-report.js';
import type { GroundReport } from '../domain/ground-report.js';
import type { LngLat } from '../domain/geo.js';
import type { Lang } from '../domain/lang.js';
import { errorTexts, type ErrorTexts } from '../domain/error-texts.js';
import { issueText, type DataIssue } from '../domain/report.js';
import type { GroundReportsAnswer } from '../worker/ground-reports-handler.js';
import { translator } from './i18n.js';
import { formatFigure } from './locale-format.js';
import { fileFailure } from './messages/error-texts.js';
import { groundText } from './messages/ground.js';
import { GroundReportsTable, type GroundView } from './GroundReportsTable.js';
import { FilePicker } from './FilePicker.js';

export type GroundReportsSectionProps = {
  lang: Lang;
  /** Sets the reports against the model (the worker's `groundReports`); rejects with a message shown. */
  analyse: (reports: GroundReport[]) => Promise<GroundReportsAnswer>;
  /** Changes whenever the model does (the map's date, the results): the reports are analysed again. */
  modelVersion: unknown;
  nameOf: (level: GroundAreaLevel, id: string) => string | null;
  onSelectArea: (level: GroundAreaLevel, id: string) => void;
  onSelectPoint: (lngLat: LngLat, label: string) => void;
};

/** Messages of the files shown at most. */
const SHOWN_ISSUES = 20;

type Read = { reports: GroundReport[]; issues: DataIssue[]; refusedRows: number };
/** The answer for a set of reports and a model version: the analysis, or the error in both languages. */
type Analysis = { reports: GroundReport[]; version: unknown } & (
  { status: 'done'; answer: GroundReportsAnswer } | { status: 'failed'; error: ErrorTexts }
);

/** A file the browser could not give: the error names it, in both languages (`issueText` renders it). */
export class GroundFileError extends Error {
  readonly vi: string;
  constructor(fileName: string, err: unknown) {
    const texts = fileFailure(fileName, err);
    super(texts.message, { cause: err });
    this.vi = texts.vi ?? texts.message;
    this.name = 'GroundFileError';
  }
}

/**
 * Reads the chosen files; reports of several files are merged by id (the first file's report wins). Rejects with
 * a {@link GroundFileError} naming a file the browser could not give.
 */
export async function readGroundReportFiles(files: readonly File[]): Promise<Read> {
  const byId = new Map<string, GroundReport>();
  const issues: DataIssue[] = [];
  let refusedRows = 0;
  // The importer is loaded when a file is first chosen, not with the page.
  const { importGroundReportFile } = await import('../data/import/ground-reports.js');
  for (const file of files) {
    const r = await importGroundReportFile(file, file.name).catch((err: unknown) => {
      throw new GroundFileError(file.name, err);
    });
    for (const report of r.reports) if (!byId.has(report.id)) byId.set(report.id, report);
    issues.push(...r.issues);
    refusedRows += r.summary.rejected;
  }
  return { reports: [...byId.values()], issues, refusedRows };
}

export function GroundReportsSection(props: GroundReportsSectionProps) {
  const { lang, analyse, modelVersion } = props;
  const g = groundText(lang);
  const t = translator(lang);
  const [read, setRead] = useState<Read | 'reading' | null>(null);
  const [failure, setFailure] = useState<ErrorTexts | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [view, setView] = useState<GroundView>('unit2025');
  const asked = useRef(0);
  const reports = read && read !== 'reading' ? read.reports : null;

  useEffect(() => {
    if (!reports || reports.length === 0) return;
    // Only the newest question's answer is shown (the model may change while one is on its way).
    const n = ++asked.current;
    const of = { reports, version: modelVersion };
    analyse(reports).then(
      (answer) => n === asked.current && setAnalysis({ ...of, status: 'done', answer }),
      (err: unknown) => n === asked.current && setAnalysis({ ...of, status: 'failed', error: errorTexts(err) }),
    );
  }, [reports, analyse, modelVersion]);
  // The answer shown is for these reports (an older model's stays on screen while the new one is computed).
  const shown = analysis && analysis.reports === reports ? analysis : null;
  const analysing = reports !== null && reports.length > 0 && (!shown || shown.version !== modelVersion);

  const choose = async (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setFailure(null);
    setRead('reading');
    try {
      setRead(await readGroundReportFiles(files));
    } catch (err) {
      // The browser could not give the bytes (the file moved or was removed since it was picked).
      setRead(null);
      setFailure(errorTexts(err));
    }
  };
  const n = (v: number) => formatFigure(v, lang, 0);

  return (
    <section className="ground-section" data-testid="ground-section">
      <h3>{g('ground.title')}</h3>
      <p className="note">{g('ground.intro')}</p>
      <FilePicker
        label={g('ground.files')}
        lang={lang}
        multiple
        accept=".csv,.tsv,.txt,.json,.geojson"
        onChange={(e) => void choose(e.target.files)}
        data-testid="ground-files"
      />
      {read === 'reading' && <p className="status">{g('ground.reading')}</p>}
      {failure && (
        <p className="status error" role="alert" data-testid="ground-read-error">
          {issueText(failure, lang)}
        </p>
      )}
      {read && read !== 'reading' && (
        <>
          <p data-testid="ground-read">
            {n(read.reports.length)} {g('ground.read')}, {n(read.refusedRows)} {g('ground.refused')}
            {' · '}
            <button type="button" onClick={() => setRead(null)}>
              {g('ground.clear')}
            </button>
          </p>
          {read.issues.length > 0 && (
            <ul className="import-issues" data-testid="ground-issues">
              {read.issues.slice(0, SHOWN_ISSUES).map((i, k) => (
                <li key={k} className={i.severity}>
                  {issueText(i, lang)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {analysing && <p className="status">{g('ground.analysing')}</p>}
      {shown?.status === 'failed' && (
        <p className="status error" role="alert" data-testid="ground-error">
          {g('ground.error')}: {issueText(shown.error, lang)}
        </p>
      )}
      {shown?.status === 'done' && (
        <>
          <p data-testid="ground-totals">
            {g('ground.total')}: {n(shown.answer.reports)}; {n(shown.answer.conflicts)} {g('ground.totalConflicts')}
            {shown.answer.outside > 0 && `; ${n(shown.answer.outside)} ${g('ground.outside')}`}
          </p>
          {shown.answer.sample && <p className="note">{g('ground.sampleNote')}</p>}
          <label>
            {g('ground.by')}{' '}
            <select value={view} onChange={(e) => setView(e.target.value as GroundView)} data-testid="ground-view">
              {GROUND_AREA_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}`)}
                </option>
              ))}
              <option value="report">{g('ground.byReport')}</option>
            </select>
          </label>
          <p className="note">{g('ground.selectHint')}</p>
          <GroundReportsTable
            lang={lang}
            view={view}
            checks={shown.answer.checks}
            areas={shown.answer.areas}
            nameOf={props.nameOf}
            onSelectArea={props.onSelectArea}
            onSelectPoint={props.onSelectPoint}
          />
        </>
      )}
    </section>
  );
}
