/**
 * The calibration section: a measurement file chosen → the fit (run by `onFit`, which the session hands to the
 * worker) → the fit table per environment class (measurements, offset, σ) and the error before and after (mean,
 * RMSE, share inside the predicted level) → "Áp dụng / Apply" (`onApply`). Below, the provenance of the calibration
 * in use (`applied`). Props only: the lead wires it to the store.
 */
import { useState } from 'react';
import type { Calibration, ErrorStats } from '../analysis/calibration/types.js';
import type { Lang } from '../domain/lang.js';
import { issueText, type DataIssue } from '../domain/report.js';
import { errorMessage } from '../domain/errors.js';
import { translator } from './i18n.js';
import { formatDate, formatFigure } from './locale-format.js';
import { FilePicker } from './FilePicker.js';

/** What a fit of one file gave: the calibration, and the import's problems (rejected rows, warnings). */
export type CalibrationRun = {
  calibration: Calibration;
  /** Rows of the file rejected by the import. */
  rejectedRows: number;
  /** The import's messages, first ones shown. */
  issues: readonly DataIssue[];
};

export type CalibrationSectionProps = {
  lang: Lang;
  /** Reads and fits a chosen file; rejects with an error whose message is shown. */
  onFit: (file: File) => Promise<CalibrationRun>;
  /** The calibration in use; null when none. */
  applied: Calibration | null;
  onApply: (calibration: Calibration) => void;
};

/** Messages of the import shown at most. */
const SHOWN_ISSUES = 5;

type State =
  { kind: 'idle' } | { kind: 'reading' } | { kind: 'done'; run: CalibrationRun } | { kind: 'failed'; message: string };

export function CalibrationSection({ lang, onFit, applied, onApply }: CalibrationSectionProps) {
  const t = translator(lang);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'reading' });
    try {
      setState({ kind: 'done', run: await onFit(file) });
    } catch (err) {
      setState({ kind: 'failed', message: errorMessage(err) });
    }
  };
  return (
    <section className="calibration" data-testid="calibration">
      <h3>{t('calibration.title')}</h3>
      <p className="note">{t('calibration.intro')}</p>
      <FilePicker
        label={t('calibration.file')}
        lang={lang}
        accept=".csv,.tsv,.txt,.json,.geojson"
        data-testid="calibration-file"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {state.kind === 'reading' && <p role="status">{t('calibration.reading')}</p>}
      {state.kind === 'failed' && (
        <p role="alert">
          {t('calibration.failed')}: {state.message}
        </p>
      )}
      {state.kind === 'done' && <FitView run={state.run} lang={lang} onApply={onApply} />}
      <Applied calibration={applied} lang={lang} />
    </section>
  );
}

function FitView({ run, lang, onApply }: { run: CalibrationRun; lang: Lang; onApply: (c: Calibration) => void }) {
  const t = translator(lang);
  const c = run.calibration;
  const fig = (v: number | null) => formatFigure(v, lang, 1);
  const share = (s: ErrorStats) => `${formatFigure(100 * s.levelMatch, lang, 1)} %`;
  return (
    <div data-testid="calibration-fit">
      {(run.rejectedRows > 0 || c.provenance.noServer > 0) && (
        <ul className="note">
          {run.rejectedRows > 0 && (
            <li>
              {formatFigure(run.rejectedRows, lang, 0)} {t('calibration.rejected')}
            </li>
          )}
          {c.provenance.noServer > 0 && (
            <li>
              {formatFigure(c.provenance.noServer, lang, 0)} {t('calibration.noServer')}
            </li>
          )}
          {run.issues.slice(0, SHOWN_ISSUES).map((i, k) => (
            <li key={k}>{issueText(i, lang)}</li>
          ))}
        </ul>
      )}
      <table data-testid="calibration-classes">
        <thead>
          <tr>
            <th scope="col">{t('calibration.env')}</th>
            <th scope="col">{t('calibration.n')}</th>
            <th scope="col">{t('calibration.offset')}</th>
            <th scope="col">{t('calibration.sigma')}</th>
          </tr>
        </thead>
        <tbody>
          {c.classes.map((k) => (
            <tr key={k.env}>
              <th scope="row">{t(`env.${k.env}`)}</th>
              <td>{formatFigure(k.n, lang, 0)}</td>
              <td>{k.fitted ? fig(k.offsetDb) : `${fig(k.offsetDb)} (${t('calibration.notFitted')})`}</td>
              <td>{fig(k.sigmaDb)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table data-testid="calibration-errors">
        <thead>
          <tr>
            <th scope="col">{t('calibration.stage')}</th>
            <th scope="col">{t('calibration.mean')}</th>
            <th scope="col">{t('calibration.rmse')}</th>
            <th scope="col">{t('calibration.inside')}</th>
          </tr>
        </thead>
        <tbody>
          {(['before', 'after'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{t(`calibration.${k}`)}</th>
              <td>{fig(c[k].meanErrorDb)}</td>
              <td>{fig(c[k].rmseDb)}</td>
              <td>{share(c[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('calibration.errorNote')}</p>
      <button type="button" data-testid="calibration-apply" onClick={() => onApply(c)}>
        {t('calibration.apply')}
      </button>
    </div>
  );
}

function Applied({ calibration, lang }: { calibration: Calibration | null; lang: Lang }) {
  const t = translator(lang);
  if (calibration === null) return <p data-testid="calibration-applied">{t('calibration.none')}</p>;
  const p = calibration.provenance;
  const day = (iso: string) => formatDate(iso.slice(0, 10), lang);
  return (
    <dl data-testid="calibration-applied">
      <dt>{t('calibration.applied')}</dt>
      <dd>
        {t('calibration.source')}: {p.file} · {formatFigure(p.withServer, lang, 0)} {t('calibration.n').toLowerCase()}
      </dd>
      {p.from !== null && (
        <dd>
          {t('calibration.measured')}: {day(p.from)} – {day(p.to ?? p.from)}
        </dd>
      )}
      <dd>
        {t('calibration.fitDate')}: {day(p.fitDate)}
      </dd>
      <dd>
        {t('calibration.offsets')}:{' '}
        {calibration.classes
          .map((k) => `${t(`env.${k.env}`)} ${formatFigure(calibration.envOffsetDb[k.env], lang, 1)} dB`)
          .join(' · ')}
      </dd>
    </dl>
  );
}
