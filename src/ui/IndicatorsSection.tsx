/**
 * Area indicators: a planner loads a CSV of figures per administrative unit (GSO code of either layout), reads
 * the report (every rejected row with its reason), applies it, and sees each indicator on the map, in the area
 * panel and, where it names one of the plan's targets (fibre to every household, one IoT connection per
 * person), as a target. Loaded files are kept in the browser and can be removed.
 */
import { useState } from 'react';
import { issueText } from '../domain/report.js';
import type { ErrorTexts } from '../domain/error-texts.js';
import { fileFailure } from './messages/error-texts.js';
import { useActions, useAppStore, useIndicatorState } from '../state/use-app-store.js';
import { useSession } from './session-context.js';
import type { IndicatorImportResult } from '../data/import/indicators.js';
import type { IndicatorFile } from '../state/indicators.js';
import type { IndicatorSummary } from '../analysis/indicators.js';
import { formatNumber, translator } from './i18n.js';
import { formatFigure, indicatorName } from './indicator-format.js';
import type { Lang } from '../domain/lang.js';
import { FilePicker } from './FilePicker.js';

/** How many messages the report lists on screen (all are counted). */
const SHOWN_ISSUES = 200;

type Pending = { fileName: string; result: IndicatorImportResult };

function TargetRow({ s, lang }: { s: IndicatorSummary; lang: Lang }) {
  const t = translator(lang);
  const units = useAppStore((st) => st.indicatorTable?.figures[s.id]);
  if (!s.target) return null;
  const unitFigures = Object.entries(units ?? {}).filter(([k]) => k.startsWith('unit2025|'));
  const passing = unitFigures.filter(([, f]) => f.value >= s.target!.value - 1e-9).length;
  return (
    <li data-testid={`indicator-target-${s.id}`}>
      <strong>{indicatorName(s.id, lang)}</strong> ≥ {formatFigure(lang, s.target.value, s.unit)} ({s.target.year}):{' '}
      {s.city ? formatFigure(lang, s.city.value, s.unit) : t('noData')} —{' '}
      <strong>{s.pass ? t('pass') : t('fail')}</strong>
      {s.city?.derived && <small className="note-inline"> ({t('indicators.derived')})</small>}
      <br />
      <small>
        {t('indicators.unitsPassing')}: {passing}/{unitFigures.length}
      </small>
    </li>
  );
}

export function IndicatorsSection() {
  const controller = useSession();
  const lang = useAppStore((s) => s.lang);
  const { indicatorFiles: files, indicatorTable: table, choroIndicator: shown } = useIndicatorState();
  const { indicatorFileAdded, indicatorFileRemoved, indicatorShown } = useActions();
  const status = useAppStore((s) => s.analysis.status);
  const t = translator(lang);
  const [layout, setLayout] = useState<'' | '2025' | '2019'>('');
  const [pending, setPending] = useState<Pending | null>(null);
  // Both languages, rendered at display time: the message follows a language switch while it is shown.
  const [error, setError] = useState<ErrorTexts | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    if (!controller) return;
    setError(null);
    setPending(null);
    setBusy(true);
    try {
      const result = await controller.parseIndicators(await file.text(), file.name, layout || undefined);
      if (result) setPending({ fileName: file.name, result });
    } catch (err) {
      setError(fileFailure(file.name, err));
    } finally {
      setBusy(false);
    }
  };
  const apply = () => {
    if (!pending) return;
    const r = pending.result;
    const file: IndicatorFile = {
      id: `ind-${Date.now().toString(36)}`,
      fileName: pending.fileName,
      loadedAt: new Date().toISOString(),
      values: r.values,
      summary: { rows: r.report.rows, accepted: r.report.accepted, rejected: r.report.rejected, issues: r.issues },
    };
    indicatorFileAdded(file);
    setPending(null);
  };
  const remove = (id: string) => indicatorFileRemoved(id);
  const show = (id: string) => indicatorShown(id);
  const targets = table?.summaries.filter((s) => s.target) ?? [];

  return (
    <section className="indicators-section" data-testid="indicators-section" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('indicators.title')}</h2>
      <p className="note">{t('indicators.intro')}</p>
      <label className="field">
        <span>{t('indicators.layout')}</span>
        <select
          value={layout}
          onChange={(e) => setLayout(e.target.value as typeof layout)}
          data-testid="indicator-layout"
        >
          <option value="">{t('indicators.layout.column')}</option>
          <option value="2025">{t('indicators.layout.2025')}</option>
          <option value="2019">{t('indicators.layout.2019')}</option>
        </select>
      </label>
      <FilePicker
        label={t('indicators.file')}
        lang={lang}
        accept=".csv,.tsv,.txt,text/csv"
        disabled={!controller || status === 'idle' || busy}
        data-testid="indicator-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void read(f);
        }}
      />
      {busy && <p role="status">{t('indicators.reading')}</p>}
      {error && (
        <p role="alert" className="error" data-testid="indicator-error">
          {issueText(error, lang)}
        </p>
      )}
      {pending && (
        <div className="import-report" data-testid="indicator-report">
          <p role="status">
            {pending.fileName}: {formatNumber(lang, pending.result.report.rows)} {t('indicators.rows')},{' '}
            {formatNumber(lang, pending.result.report.accepted)} {t('indicators.accepted')},{' '}
            {formatNumber(lang, pending.result.report.rejected)} {t('indicators.rejected')},{' '}
            {formatNumber(lang, pending.result.report.warnings)} {t('indicators.warnings')}
          </p>
          {pending.result.issues.length > 0 && (
            <ul className="issues" data-testid="indicator-issues">
              {pending.result.issues.slice(0, SHOWN_ISSUES).map((i, n) => (
                <li key={n} className={i.severity}>
                  {issueText(i, lang)}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            onClick={apply}
            disabled={pending.result.values.length === 0}
            data-testid="indicator-apply"
          >
            {t('indicators.apply')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('indicators.cancel')}
          </button>
        </div>
      )}
      {files.length > 0 && (
        <ul className="indicator-files" data-testid="indicator-files">
          {files.map((f) => (
            <li key={f.id}>
              {f.fileName}: {formatNumber(lang, f.values.length)} {t('indicators.figures')}
              {f.summary.rejected > 0 && (
                <>
                  {' '}
                  ({formatNumber(lang, f.summary.rejected)} {t('indicators.rejected')})
                </>
              )}{' '}
              <button type="button" onClick={() => remove(f.id)} data-testid={`indicator-remove-${f.id}`}>
                {t('indicators.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {table && table.summaries.length > 0 && (
        <ul className="indicator-list" data-testid="indicator-list">
          {table.summaries.map((s) => (
            <li key={s.id}>
              {indicatorName(s.id, lang)} ({s.unit}): {s.city ? formatFigure(lang, s.city.value, s.unit) : t('noData')}{' '}
              <button
                type="button"
                onClick={() => show(s.id)}
                aria-pressed={shown === s.id}
                data-testid={`indicator-show-${s.id}`}
              >
                {t('indicators.show')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {targets.length > 0 && (
        <>
          <h3>{t('indicators.targets')}</h3>
          <ul className="indicator-targets">
            {targets.map((s) => (
              <TargetRow key={s.id} s={s} lang={lang} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
