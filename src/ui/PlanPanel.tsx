/**
 * The operator's plan: plan mode (a click on the map places a candidate site), the settings of the next site,
 * the candidate list with its settings and delete, undo and redo (also Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, and
 * Delete for the selected site), what the last edit changed, and the plan's export and import as a file.
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { BANDS, OPERATORS, OPERATOR_NAMES, type Band, type Operator, type Site } from '../domain/telecom.js';
import { addSites, redo, removeSite, undo, updateSite } from '../state/plan.js';
import { sitesToCsv, sitesToGeoJson } from '../data/import/export-sites.js';
import { importSitesText } from '../data/import/import-sites.js';
import { issueText } from '../domain/report.js';
import { importSitesGeoJson } from '../data/import/geojson-sites.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { downloadText } from './download.js';
import { SuggestSection } from './SuggestSection.js';
import type { MapController } from '../map/map-controller.js';

/** Sector layouts offered; custom azimuths can be typed. */
const SECTOR_PRESETS: readonly { key: string; azimuths: number[] }[] = [
  { key: 'omni', azimuths: [] },
  { key: '3', azimuths: [0, 120, 240] },
  { key: '2', azimuths: [0, 180] },
];

const parseAzimuths = (text: string): number[] | null => {
  const parts = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  return parts.every((a) => Number.isFinite(a) && a >= 0 && a < 360) ? parts : null;
};

/** Site settings form, for the draft (next site) or a placed candidate. */
function SiteSettings({
  value,
  onChange,
  idPrefix,
}: {
  value: Pick<Site, 'operator' | 'heightM' | 'azimuthsDeg'> & { band: Band };
  onChange: (v: Partial<{ operator: Operator; band: Band; heightM: number; azimuthsDeg: number[] }>) => void;
  idPrefix: string;
}) {
  const lang = useAppStore((s) => s.lang);
  const t = translator(lang);
  // The typed text stays as typed while it means the current azimuths; a change from elsewhere (a preset,
  // undo) replaces it (React's "adjust state while rendering" pattern).
  const [az, setAz] = useState({ text: value.azimuthsDeg.join(' '), for: value.azimuthsDeg });
  if (az.for !== value.azimuthsDeg && parseAzimuths(az.text)?.join(' ') !== value.azimuthsDeg.join(' '))
    setAz({ text: value.azimuthsDeg.join(' '), for: value.azimuthsDeg });
  const azText = az.text;
  const setAzText = (text: string) => setAz({ text, for: value.azimuthsDeg });
  return (
    <div className="site-settings">
      <label className="field">
        <span>{t('operator')}</span>
        <select
          value={value.operator}
          onChange={(e) => onChange({ operator: e.target.value as Operator })}
          data-testid={`${idPrefix}-operator`}
        >
          {OPERATORS.map((o) => (
            <option key={o} value={o}>
              {OPERATOR_NAMES[o]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('plan.band')}</span>
        <select
          value={value.band}
          onChange={(e) => onChange({ band: e.target.value as Band })}
          data-testid={`${idPrefix}-band`}
        >
          {(Object.keys(BANDS) as Band[]).map((b) => (
            <option key={b} value={b}>
              {b} ({BANDS[b].tech}, {BANDS[b].mhz} MHz)
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('height')} (m)</span>
        <input
          type="number"
          min={1}
          max={300}
          step={1}
          value={value.heightM}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (v > 0 && v <= 300) onChange({ heightM: v });
          }}
          data-testid={`${idPrefix}-height`}
        />
      </label>
      <label className="field">
        <span>{t('azimuths')}</span>
        <select
          value={SECTOR_PRESETS.find((p) => p.azimuths.join(' ') === value.azimuthsDeg.join(' '))?.key ?? 'custom'}
          onChange={(e) => {
            const p = SECTOR_PRESETS.find((x) => x.key === e.target.value);
            if (p) onChange({ azimuthsDeg: p.azimuths });
          }}
          data-testid={`${idPrefix}-sectors`}
        >
          {SECTOR_PRESETS.map((p) => (
            <option key={p.key} value={p.key}>
              {t(`plan.sectors.${p.key}` as MessageKey)}
            </option>
          ))}
          <option value="custom">{t('plan.sectors.custom')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('plan.azimuthList')}</span>
        <input
          type="text"
          inputMode="numeric"
          value={azText}
          placeholder={t('omni')}
          onChange={(e) => {
            setAzText(e.target.value);
            const a = parseAzimuths(e.target.value);
            if (a) onChange({ azimuthsDeg: a });
          }}
          aria-invalid={parseAzimuths(azText) === null}
          data-testid={`${idPrefix}-azimuths`}
        />
      </label>
    </div>
  );
}

const bandOf = (s: Site): Band => s.bands.find((b) => BANDS[b].tech === '5G') ?? s.bands[0] ?? 'B3';

export function PlanPanel({ controller = null }: { controller?: MapController | null }) {
  const lang = useAppStore((s) => s.lang);
  const plan = useAppStore((s) => s.plan);
  const planMode = useAppStore((s) => s.planMode);
  const draft = useAppStore((s) => s.draft);
  const selectedId = useAppStore((s) => s.planSelected);
  const change = useAppStore((s) => s.planChange);
  const status = useAppStore((s) => s.analysis.status);
  const editPlan = useAppStore((s) => s.editPlan);
  const setPlanMode = useAppStore((s) => s.setPlanMode);
  const setDraft = useAppStore((s) => s.setDraft);
  const selectPlanSite = useAppStore((s) => s.selectPlanSite);
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
        editPlan(undo);
      } else if (mod && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) {
        e.preventDefault();
        editPlan(redo);
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && selectedId) {
        e.preventDefault();
        editPlan((p) => removeSite(p, selectedId));
        selectPlanSite(null);
      } else if (e.key === 'Escape' && planMode) setPlanMode(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editPlan, selectedId, selectPlanSite, planMode, setPlanMode]);

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
    editPlan((p) => updateSite(p, id, patch));
  };

  const importPlan = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const text = await file.text();
    const r = /\.(geo)?json$/i.test(file.name)
      ? importSitesGeoJson(text, { source: file.name })
      : importSitesText(text, { source: file.name });
    if (r.sites.length > 0) editPlan((p) => addSites(p, r.sites));
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
        onClick={() => setPlanMode(!planMode)}
        data-testid="plan-mode"
        disabled={status !== 'ready' && !planMode}
      >
        {planMode ? t('plan.modeOn') : t('plan.modeOff')}
      </button>
      <fieldset>
        <legend>{t('plan.nextSite')}</legend>
        <SiteSettings value={draft} onChange={setDraft} idPrefix="draft" />
      </fieldset>
      <div className="plan-history" role="group" aria-label={t('plan.history')}>
        <button
          type="button"
          onClick={() => editPlan(undo)}
          disabled={plan.past.length === 0}
          data-testid="plan-undo"
          title="Ctrl+Z"
        >
          {t('plan.undo')}
        </button>
        <button
          type="button"
          onClick={() => editPlan(redo)}
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
                onClick={() => selectPlanSite(s.id === selectedId ? null : s.id)}
                aria-expanded={s.id === selectedId}
              >
                {s.id} · {OPERATOR_NAMES[s.operator]} · {bandOf(s)} · {formatNumber(lang, s.heightM)} m ·{' '}
                {s.azimuthsDeg.length ? s.azimuthsDeg.map((a) => `${a}°`).join(' ') : t('omni')}
              </button>
              <button
                type="button"
                onClick={() => {
                  editPlan((p) => removeSite(p, s.id));
                  if (s.id === selectedId) selectPlanSite(null);
                }}
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
      <SuggestSection controller={controller} />
    </section>
  );
}
