/**
 * The operator's plan: plan mode (a click on the map places a candidate site), the settings of the next site,
 * the candidate list with its settings and delete, undo and redo (also Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, and
 * Delete for the selected site), what the last edit changed, and the plan's export and import as a file.
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import { useActions, useAppStore, usePlanState } from '../state/use-app-store.js';
import { BANDS, OPERATOR_NAMES, type Band, type Operator, type Site } from '../domain/telecom.js';
import { sitesToCsv, sitesToGeoJson } from '../data/import/export-sites.js';
import { issueText } from '../domain/report.js';
import { formatNumber, translator } from './i18n.js';
import { downloadText } from './download.js';
import { SuggestSection } from './SuggestSection.js';
import { SiteSettings } from './SiteSettings.js';

const bandOf = (s: Site): Band => s.bands.find((b) => BANDS[b].tech === '5G') ?? s.bands[0] ?? 'B3';

export function PlanPanel() {
  const lang = useAppStore((s) => s.lang);
  const { plan, planMode, draft, planSelected: selectedId, planChange: change } = usePlanState();
  const status = useAppStore((s) => s.analysis.status);
  const {
    planUndone,
    planRedone,
    siteRemoved,
    siteEdited,
    sitesAdded,
    planSiteSelected,
    planModeSwitched,
    draftEdited,
  } = useActions();
  const t = translator(lang);
  const [importMessage, setImportMessage] = useState<string | null>(null);
  const selected = plan.sites.find((s) => s.id === selectedId) ?? null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'SELECT' ||
          target.tagName === 'TEXTAREA' ||
          target.isContentEditable)
      )
        return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        planUndone();
      } else if (mod && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) {
        e.preventDefault();
        planRedone();
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && selectedId) {
        e.preventDefault();
        siteRemoved(selectedId);
      } else if (e.key === 'Escape' && planMode) planModeSwitched(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [planUndone, planRedone, siteRemoved, selectedId, planMode, planModeSwitched]);

  const update = (
    id: string,
    v: Partial<{ operator: Operator; band: Band; heightM: number; azimuthsDeg: number[] }>,
  ) => {
    const { band, ...rest } = v;
    const patch: Partial<Site> = { ...rest };
    if (band) {
      const tech = BANDS[band].tech;
      patch.technologies = tech === '5G' ? ['4G', '5G'] : ['4G'];
      patch.bands = tech === '5G' ? ['B3', band] : [band];
    }
    siteEdited(id, patch);
  };

  const importPlan = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const text = await file.text();
    // The importers (and the coordinate conversions they carry) are loaded when a plan file is first chosen.
    const r = /\.(geo)?json$/i.test(file.name)
      ? (await import('../data/import/geojson-sites.js')).importSitesGeoJson(text, { source: file.name })
      : (await import('../data/import/import-sites.js')).importSitesText(text, { source: file.name });
    if (r.sites.length > 0) sitesAdded(r.sites);
    const problems = [...r.report.fileErrors, ...r.report.rejected];
    setImportMessage(
      `${file.name}: ${t('plan.imported')} ${formatNumber(lang, r.sites.length)}; ${t('plan.rejected')} ${formatNumber(lang, r.report.rejectedRows)}${
        problems.length
          ? ` — ${problems
              .slice(0, 3)
              .map((p) => issueText(p, lang))
              .join(' · ')}`
          : ''
      }`,
    );
  };

  const pct = (v: number) => `${formatNumber(lang, v, 1)} %`;
  return (
    <section className="plan-panel" data-testid="plan-panel" aria-label={t('plan.title')}>
      <h2>{t('plan.title')}</h2>
      <p className="note">{t('plan.intro')}</p>
      <button
        type="button"
        aria-pressed={planMode}
        className={planMode ? 'active' : undefined}
        onClick={() => planModeSwitched(!planMode)}
        data-testid="plan-mode"
        disabled={status !== 'ready' && !planMode}
      >
        {planMode ? t('plan.modeOn') : t('plan.modeOff')}
      </button>
      <fieldset>
        <legend>{t('plan.nextSite')}</legend>
        <SiteSettings value={draft} onChange={draftEdited} idPrefix="draft" />
      </fieldset>
      <div className="plan-history" role="group" aria-label={t('plan.history')}>
        <button
          type="button"
          onClick={planUndone}
          disabled={plan.past.length === 0}
          data-testid="plan-undo"
          title="Ctrl+Z"
        >
          {t('plan.undo')}
        </button>
        <button
          type="button"
          onClick={planRedone}
          disabled={plan.future.length === 0}
          data-testid="plan-redo"
          title="Ctrl+Shift+Z"
        >
          {t('plan.redo')}
        </button>
      </div>
      <div className="plan-change" aria-live="polite" data-testid="plan-change">
        {change && change.lines.length > 0 && (
          <ul>
            {change.lines.map((l) => (
              <li key={l.key}>
                {l.name}: {pct(l.before)} → {pct(l.after)} ({l.after >= l.before ? '+' : ''}
                {formatNumber(lang, l.after - l.before, 1)} {t('plan.pp')})
                {l.zonePassNow && <strong> — {t('plan.nowPasses')}</strong>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <h3>
        {t('plan.candidates')} ({plan.sites.length}) <span className="note-inline">{t('plan.notSample')}</span>
      </h3>
      {plan.sites.length === 0 ? (
        <p className="note">{t('plan.empty')}</p>
      ) : (
        <ul className="plan-sites" data-testid="plan-sites">
          {plan.sites.map((s) => (
            <li key={s.id} className={s.id === selectedId ? 'selected' : undefined}>
              <button
                type="button"
                className="link"
                onClick={() => planSiteSelected(s.id === selectedId ? null : s.id)}
                aria-expanded={s.id === selectedId}
              >
                {s.id} · {OPERATOR_NAMES[s.operator]} · {bandOf(s)} · {formatNumber(lang, s.heightM)} m ·{' '}
                {s.azimuthsDeg.length ? s.azimuthsDeg.map((a) => `${a}°`).join(' ') : t('omni')}
              </button>
              <button
                type="button"
                onClick={() => siteRemoved(s.id)}
                aria-label={`${t('plan.delete')} ${s.id}`}
                data-testid={`plan-delete-${s.id}`}
              >
                ×
              </button>
              {selected && s.id === selected.id && (
                <SiteSettings
                  value={{ ...selected, band: bandOf(selected) }}
                  onChange={(v) => update(selected.id, v)}
                  idPrefix="edit"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="export-buttons" role="group" aria-label={t('plan.file')}>
        <button
          type="button"
          disabled={plan.sites.length === 0}
          onClick={() => downloadText(sitesToCsv(plan.sites), 'text/csv;charset=utf-8', 'hanoi-plan.csv')}
          data-testid="plan-export-csv"
        >
          CSV
        </button>
        <button
          type="button"
          disabled={plan.sites.length === 0}
          onClick={() =>
            downloadText(JSON.stringify(sitesToGeoJson(plan.sites)), 'application/geo+json', 'hanoi-plan.geojson')
          }
          data-testid="plan-export-geojson"
        >
          GeoJSON
        </button>
        <label className="file-button">
          {t('plan.importFile')}
          <input
            type="file"
            accept=".csv,.txt,.geojson,.json"
            onChange={(e) => void importPlan(e)}
            data-testid="plan-import"
          />
        </label>
      </div>
      {importMessage && (
        <p className="note" role="status" data-testid="plan-import-message">
          {importMessage}
        </p>
      )}
      <SuggestSection />
    </section>
  );
}
