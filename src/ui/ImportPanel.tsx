/**
 * Importing an operator's own data: a site list (the project's CSV, an OpenCelliD export, GeoJSON or FlatGeobuf),
 * coverage polygons, cable segments or speed measurements, by drag and drop or the file picker. The file is read
 * in the worker, streamed, with progress; the report (`ImportReportView`) says how it was read and lists every
 * message in the interface language, and asks what the importer cannot decide alone (undeclared VN-2000 metres,
 * a repair of double-encoded names). Nothing is used until the user applies it, joining the sample or replacing it;
 * applied imports are kept in the browser and can be removed again.
 */
import { useRef, useState, type DragEvent } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { useSession } from './session-context.js';
import type { CoordinateMode, FootprintSource, MappingOverride } from '../data/import/types.js';
import type { ImportKindChoice } from '../data/import/import-file.js';
import type { FileRead } from '../worker/protocol.js';
import type { ImportKind, ImportMode } from '../data/persist/schema.js';
import { partCounts, partsOf } from '../data/import/import-parts.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { ImportReportView } from './ImportReportView.js';
import type { RereadPatch } from './ImportReadRows.js';
import { OcidBandEditor } from './OcidBandEditor.js';
import { OCID_DEFAULT_BANDS, type OcidBandTable } from '../data/import/opencellid-bands.js';
import { issueText, type DataIssue } from '../domain/report.js';
import { formatDateTime } from './locale-format.js';

type Pending = { file: File; read: FileRead };
type ReadOptions = { coordinates: CoordinateMode; mapping: MappingOverride; repairMojibake: boolean };

const KINDS = ['auto', 'sites', 'coverage', 'cables', 'speeds'] as const satisfies readonly ImportKindChoice[];

/** What an import's count counts, by kind. */
const COUNT_UNIT = {
  sites: 'import.sites',
  coverage: 'import.polygons',
  cables: 'import.segments',
  speeds: 'import.speeds',
} as const satisfies Record<ImportKind, MessageKey>;

/** A failure's English text and, where the worker sent one (`WireError.vi`), its Vietnamese. */
function errorTexts(err: unknown): Pick<DataIssue, 'message' | 'vi'> {
  const vi = (err as { vi?: unknown } | null)?.vi;
  const message = err instanceof Error ? err.message : String(err);
  return typeof vi === 'string' ? { message, vi } : { message };
}

export function ImportPanel() {
  const controller = useSession();
  const lang = useAppStore((s) => s.lang);
  const imports = useAppStore((s) => s.imports);
  const status = useAppStore((s) => s.analysis.status);
  const t = translator(lang);
  const [coordinates, setCoordinates] = useState<CoordinateMode>('auto');
  const [kind, setKind] = useState<ImportKindChoice>('auto');
  const [footprint, setFootprint] = useState<FootprintSource>('model');
  const [ocidBands, setOcidBands] = useState<OcidBandTable>(OCID_DEFAULT_BANDS);
  const [mode, setMode] = useState<ImportMode>('join');
  const [read, setRead] = useState<ReadOptions>({ coordinates: 'auto', mapping: {}, repairMojibake: false });
  const [progress, setProgress] = useState<{ bytes: number; totalBytes: number; rows: number } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  // Kept with both texts, so that a language switch after the failure shows the other one.
  const [error, setError] = useState<Pick<DataIssue, 'message' | 'vi'> | null>(null);
  const [dragging, setDragging] = useState(false);
  const [applying, setApplying] = useState(false);

  // A file chosen while another is still being read stops that read: only the newest file's report is shown.
  const reading = useRef<AbortController | null>(null);
  const readFile = async (file: File, options: ReadOptions) => {
    if (!controller) return;
    reading.current?.abort();
    const abort = new AbortController();
    reading.current = abort;
    setRead(options);
    setError(null);
    setPending(null);
    setProgress({ bytes: 0, totalBytes: file.size, rows: 0 });
    try {
      const read = await controller.importFile(
        file,
        kind,
        { ...options, footprint, ocidBands },
        setProgress,
        abort.signal,
      );
      if (!abort.signal.aborted) setPending({ file, read });
    } catch (err) {
      if (abort.signal.aborted) return;
      setError(errorTexts(err));
    } finally {
      if (reading.current === abort) {
        reading.current = null;
        setProgress(null);
      }
    }
  };
  const readNew = (file: File) => void readFile(file, { coordinates, mapping: {}, repairMojibake: false });
  const reread = (patch: RereadPatch) => {
    if (pending) void readFile(pending.file, { ...read, ...patch });
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) readNew(file);
  };
  // Applying saves the file (in the worker) and recomputes, which can take a while: the report stays until it is
  // done, and is cleared then only if it is still the one applied (a file chosen meanwhile keeps its own report).
  const apply = async () => {
    if (!pending || !controller || applying) return;
    const current = pending;
    setApplying(true);
    try {
      await controller.addImport(current.read.readId, mode);
      setPending((p) => (p === current ? null : p));
    } catch (err) {
      setError(errorTexts(err));
    } finally {
      setApplying(false);
    }
  };

  const accepted = pending ? partsOf(pending.read.file).reduce((sum, p) => sum + partCounts(p).accepted, 0) : 0;
  return (
    <section className="import-panel" data-testid="import-panel" aria-label={t('import.title')}>
      <h2>{t('import.title')}</h2>
      <p className="note">{t('import.intro')}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <label className="file-button">
          {t('import.choose')}
          <input
            type="file"
            accept=".csv,.txt,.tsv,.geojson,.json,.fgb"
            disabled={status === 'idle' || !controller}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) readNew(f);
            }}
            data-testid="import-file"
          />
        </label>
        <span> {t('import.orDrop')}</span>
      </div>
      <label className="field">
        <span>{t('import.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ImportKindChoice)} data-testid="import-kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`import.kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('import.coordinates')}</span>
        <select
          value={coordinates}
          onChange={(e) => setCoordinates(e.target.value as CoordinateMode)}
          data-testid="import-coordinates"
        >
          {(['auto', 'wgs84', 'vn2000'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`import.crs.${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="field stacked">
        <span>{t('import.footprint')}</span>
        <select
          value={footprint}
          onChange={(e) => setFootprint(e.target.value as FootprintSource)}
          data-testid="import-footprint"
        >
          {(['model', 'range'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`import.footprint.${f}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <OcidBandEditor value={ocidBands} onChange={setOcidBands} lang={lang} />
      <div className="field" role="radiogroup" aria-label={t('import.mode')}>
        <span>{t('import.mode')}</span>
        {(['join', 'replace'] as const).map((m) => (
          <label key={m} className="radio">
            <input
              type="radio"
              name="import-mode"
              checked={mode === m}
              onChange={() => setMode(m)}
              data-testid={`import-mode-${m}`}
            />
            {t(`import.mode.${m}` as MessageKey)}
          </label>
        ))}
      </div>
      {progress && (
        <div role="status" data-testid="import-progress">
          <progress max={progress.totalBytes || 1} value={progress.bytes} /> {formatNumber(lang, progress.rows)}{' '}
          {t('import.rows')}
        </div>
      )}
      {error && (
        <p className="status error" role="alert" data-testid="import-error">
          {issueText(error, lang)}
        </p>
      )}
      {pending && (
        <div className="import-report" data-testid="import-report" aria-live="polite">
          <ImportReportView
            fileName={pending.file.name}
            imported={pending.read.file}
            lang={lang}
            mapping={read.mapping}
            onMapping={(mapping) => setRead({ ...read, mapping })}
            onReread={reread}
          />
          <div className="export-buttons">
            <button
              type="button"
              onClick={() => void apply()}
              disabled={accepted === 0 || applying}
              data-testid="import-apply"
            >
              {t(mode === 'replace' ? 'import.applyReplace' : 'import.applyJoin')} ({formatNumber(lang, accepted)})
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
      <h3>{t('import.active')}</h3>
      {imports.length === 0 ? (
        <p className="note">{t('import.none')}</p>
      ) : (
        <ul className="import-list" data-testid="import-list">
          {imports.map((i) => (
            <li key={i.id}>
              {i.fileName} · {t(`import.mode.${i.mode}` as MessageKey)} ·{' '}
              {`${formatNumber(lang, i.count)} ${t(COUNT_UNIT[i.kind])}`}
              <small className="note-inline">
                {' '}
                {t('import.importedAt')} {formatDateTime(i.importedAt, lang)}
              </small>
              <button
                type="button"
                onClick={() => void controller?.removeImport(i.id)}
                aria-label={`${t('import.remove')} ${i.fileName}`}
                data-testid="import-remove"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
