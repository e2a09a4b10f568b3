/**
 * Importing an operator's own data: a site list (the project's CSV, an OpenCelliD export, GeoJSON or
 * FlatGeobuf) by drag and drop or the file picker. The file is read in the worker, streamed, with progress;
 * the report says how it was read (format, delimiter, decimal mark, coordinate system and why) and lists
 * every rejected row with its reason. A file with columns the app does not recognise gets a column mapping.
 * Nothing is used until the user applies it, joining the sample or replacing it; applied imports are kept in
 * the browser and can be removed again.
 */
import { useState, type DragEvent } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import type { MapController } from '../map/map-controller.js';
import { SITE_FIELDS, REQUIRED_SITE_FIELDS, type CoordinateMode, type MappingOverride, type SiteField } from '../data/import/types.js';
import type { ImportedFile, ImportKindChoice } from '../worker/import-file.js';
import type { DataIssue, RepairCounts } from '../domain/report.js';
import type { ImportMode } from '../data/persist/schema.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';

/** How many rejected rows the report lists on screen (all are counted; the rest are in the downloadable report). */
const SHOWN_REJECTED = 200;

type Pending = { file: File; imported: ImportedFile };

export function ImportPanel({ controller }: { controller: MapController | null }) {
  const lang = useAppStore((s) => s.lang);
  const imports = useAppStore((s) => s.imports);
  const status = useAppStore((s) => s.analysis.status);
  const t = translator(lang);
  const [coordinates, setCoordinates] = useState<CoordinateMode>('auto');
  const [kind, setKind] = useState<ImportKindChoice>('auto');
  const [mode, setMode] = useState<ImportMode>('join');
  const [mapping, setMapping] = useState<MappingOverride>({});
  const [progress, setProgress] = useState<{ bytes: number; totalBytes: number; rows: number } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const read = async (file: File, override: MappingOverride = mapping) => {
    if (!controller) return;
    setError(null);
    setPending(null);
    setProgress({ bytes: 0, totalBytes: file.size, rows: 0 });
    try {
      const imported = await controller.importFile(file, kind, { coordinates, mapping: override }, setProgress);
      setPending({ file, imported });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(null);
    }
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) {
      setMapping({});
      void read(file, {});
    }
  };
  const apply = async () => {
    if (!pending || !controller) return;
    const { file, imported } = pending;
    const base = { id: `import-${Date.now()}`, fileName: file.name, importedAt: new Date().toISOString(), mode };
    const summary = (issues: DataIssue[], accepted: number, repairs: RepairCounts | null) => ({ accepted, issues, repairs });
    await controller.addImport(
      imported.kind === 'sites' ? { ...base, kind: 'sites', sites: imported.result.sites, report: imported.result.report }
        : imported.kind === 'coverage' ? { ...base, kind: 'coverage', coverage: imported.result.items, report: summary(imported.result.issues, imported.result.items.length, imported.result.repairs) }
          : { ...base, kind: 'cables', cables: imported.result.features, report: summary(imported.result.issues, imported.result.features.length, null) },
    );
    setPending(null);
  };

  const r = pending?.imported.kind === 'sites' ? pending.imported.result.report : undefined;
  const layer = pending && pending.imported.kind !== 'sites' ? pending.imported : null;
  const layerAccepted = layer ? (layer.kind === 'coverage' ? layer.result.items.length : layer.result.features.length) : 0;
  const missing = r?.mapping ? REQUIRED_SITE_FIELDS.filter((f) => r.mapping!.columns[f] === null) : [];
  return (
    <section className="import-panel" data-testid="import-panel" aria-label={t('import.title')}>
      <h2>{t('import.title')}</h2>
      <p className="note">{t('import.intro')}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <label className="file-button">{t('import.choose')}
          <input type="file" accept=".csv,.txt,.tsv,.geojson,.json,.fgb" disabled={status === 'idle' || !controller} onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) { setMapping({}); void read(f, {}); } }} data-testid="import-file" />
        </label>
        <span> {t('import.orDrop')}</span>
      </div>
      <label className="field"><span>{t('import.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ImportKindChoice)} data-testid="import-kind">
          {(['auto', 'sites', 'coverage', 'cables'] as const).map((k) => <option key={k} value={k}>{t(`import.kind.${k}` as MessageKey)}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('import.coordinates')}</span>
        <select value={coordinates} onChange={(e) => setCoordinates(e.target.value as CoordinateMode)} data-testid="import-coordinates">
          {(['auto', 'wgs84', 'vn2000'] as const).map((c) => <option key={c} value={c}>{t(`import.crs.${c}` as MessageKey)}</option>)}
        </select>
      </label>
      <div className="field" role="radiogroup" aria-label={t('import.mode')}>
        <span>{t('import.mode')}</span>
        {(['join', 'replace'] as const).map((m) => (
          <label key={m} className="radio"><input type="radio" name="import-mode" checked={mode === m} onChange={() => setMode(m)} data-testid={`import-mode-${m}`} />{t(`import.mode.${m}` as MessageKey)}</label>
        ))}
      </div>
      {progress && (
        <div role="status" data-testid="import-progress">
          <progress max={progress.totalBytes || 1} value={progress.bytes} /> {formatNumber(lang, progress.rows)} {t('import.rows')}
        </div>
      )}
      {error && <p className="status error" role="alert" data-testid="import-error">{error}</p>}
      {pending && r && (
        <div className="import-report" data-testid="import-report" aria-live="polite">
          <h3>{pending.file.name}</h3>
          <dl>
            <div className="row"><dt>{t('import.format')}</dt><dd>{r.format}{r.delimiter ? ` · ${t('import.delimiter')} "${r.delimiter === '\t' ? 'TAB' : r.delimiter}"` : ''}{r.decimalSeparator ? ` · ${t('import.decimal')} "${r.decimalSeparator}"` : ''}</dd></div>
            <div className="row"><dt>{t('import.coordinates')}</dt><dd>{r.coordinates.system}<small className="note">{r.coordinates.reason}</small></dd></div>
            <div className="row"><dt>{t('import.rows')}</dt><dd data-testid="import-counts">{formatNumber(lang, r.rows)} · {t('import.accepted')} {formatNumber(lang, r.accepted)} · {t('import.rejectedRows')} {formatNumber(lang, r.rejected.length)}</dd></div>
          </dl>
          {[...r.fileErrors, ...r.warnings].length > 0 && (
            <ul className="import-issues" data-testid="import-file-issues">{[...r.fileErrors, ...r.warnings].map((i, n) => <li key={n} className={i.severity}>{i.message}</li>)}</ul>
          )}
          {r.mapping && (missing.length > 0 || r.mapping.unknownHeaders.length > 0) && (
            <fieldset className="mapping" data-testid="import-mapping">
              <legend>{t('import.mapping')}</legend>
              {SITE_FIELDS.filter((f) => f !== 'sample').map((f: SiteField) => (
                <label key={f} className="field"><span>{f}{REQUIRED_SITE_FIELDS.includes(f) ? ' *' : ''}</span>
                  <select value={String(mapping[f] ?? r.mapping!.columns[f] ?? '')} onChange={(e) => setMapping({ ...mapping, [f]: e.target.value === '' ? null : Number(e.target.value) })} data-testid={`import-map-${f}`}>
                    <option value="">—</option>
                    {r.mapping!.header.map((h, i) => <option key={i} value={i}>{h || `#${i + 1}`}</option>)}
                  </select>
                </label>
              ))}
              <button type="button" onClick={() => void read(pending.file)} data-testid="import-remap">{t('import.readAgain')}</button>
            </fieldset>
          )}
          {r.rejected.length > 0 && (
            <details open={r.rejected.length <= 20}>
              <summary>{t('import.rejectedRows')} ({formatNumber(lang, r.rejected.length)})</summary>
              <ul className="import-issues" data-testid="import-rejected">
                {r.rejected.slice(0, SHOWN_REJECTED).map((i, n) => <li key={n}>{i.message}</li>)}
                {r.rejected.length > SHOWN_REJECTED && <li>… {formatNumber(lang, r.rejected.length - SHOWN_REJECTED)} {t('import.more')}</li>}
              </ul>
            </details>
          )}
          <div className="export-buttons">
            <button type="button" onClick={() => void apply()} disabled={r.accepted === 0} data-testid="import-apply">{t(mode === 'replace' ? 'import.applyReplace' : 'import.applyJoin')} ({formatNumber(lang, r.accepted)})</button>
            <button type="button" onClick={() => setPending(null)}>{t('import.cancel')}</button>
          </div>
        </div>
      )}
      {pending && layer && (
        <div className="import-report" data-testid="import-report" aria-live="polite">
          <h3>{pending.file.name}</h3>
          <p data-testid="import-counts">{t(`import.kind.${layer.kind}` as MessageKey)} · {t('import.accepted')} {formatNumber(lang, layerAccepted)} · {t('import.rejectedRows')} {formatNumber(lang, layer.result.issues.filter((i) => i.severity === 'error').length)}</p>
          {layer.result.issues.length > 0 && (
            <ul className="import-issues" data-testid="import-rejected">{layer.result.issues.slice(0, SHOWN_REJECTED).map((i, n) => <li key={n} className={i.severity}>{i.message}</li>)}</ul>
          )}
          <div className="export-buttons">
            <button type="button" onClick={() => void apply()} disabled={layerAccepted === 0} data-testid="import-apply">{t(mode === 'replace' ? 'import.applyReplace' : 'import.applyJoin')} ({formatNumber(lang, layerAccepted)})</button>
            <button type="button" onClick={() => setPending(null)}>{t('import.cancel')}</button>
          </div>
        </div>
      )}
      <h3>{t('import.active')}</h3>
      {imports.length === 0 ? <p className="note">{t('import.none')}</p> : (
        <ul className="import-list" data-testid="import-list">
          {imports.map((i) => (
            <li key={i.id}>
              {i.fileName} · {t(`import.mode.${i.mode}` as MessageKey)} · {i.kind === 'sites' ? `${formatNumber(lang, i.sites.length)} ${t('import.sites')}` : i.kind === 'coverage' ? `${formatNumber(lang, i.coverage.length)} ${t('import.polygons')}` : `${formatNumber(lang, i.cables.length)} ${t('import.segments')}`}
              <small className="note-inline"> {new Date(i.importedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</small>
              <button type="button" onClick={() => void controller?.removeImport(i.id)} aria-label={`${t('import.remove')} ${i.fileName}`} data-testid="import-remove">×</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
