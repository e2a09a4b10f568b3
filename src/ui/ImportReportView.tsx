/**
 * The report of a file read for import, before it is applied: how it was read (format, encoding, delimiter,
 * decimal mark, coordinate system and why), the questions the importer cannot answer alone (undeclared VN-2000
 * metres; names that look double-encoded), every message in the interface language, and the column mapping.
 */
import { issueText, type DataIssue } from '../domain/report.js';
import {
  REQUIRED_SITE_FIELDS,
  SITE_FIELDS,
  type CoordinateReport,
  type MappingOverride,
  type SiteField,
} from '../data/import/types.js';
import type { EncodingReport } from '../data/import/encoding.js';
import type { ImportedFile, ImportedPart } from '../worker/import-file.js';
import { OPERATOR_NAMES, type Site } from '../domain/telecom.js';
import { clip } from '../data/import/issue.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import type { Lang } from '../domain/lang.js';

/** How many messages of one list are shown (all are counted; the rest are in the command line's report). */
export const SHOWN_ISSUES = 200;

/** Sites shown in the preview. */
const PREVIEW_ROWS = 5;

/** What the report asks the reader to choose again. */
export type RereadPatch = { coordinates?: 'vn2000'; repairMojibake?: true; mapping?: MappingOverride };

type Props = {
  fileName: string;
  imported: ImportedFile;
  lang: Lang;
  mapping: MappingOverride;
  onMapping: (m: MappingOverride) => void;
  onReread: (patch: RereadPatch) => void;
};

/** Accepted items, rejected rows and messages of one part, whatever its kind. */
export function partCounts(part: ImportedPart): {
  accepted: number;
  rejectedRows: number;
  errors: DataIssue[];
  notes: DataIssue[];
} {
  if (part.kind === 'sites') {
    const r = part.result.report;
    return {
      accepted: r.accepted,
      rejectedRows: r.rejectedRows,
      errors: [...r.fileErrors, ...r.rejected],
      notes: r.warnings,
    };
  }
  if (part.kind === 'speeds') {
    const r = part.result.report;
    return {
      accepted: r.kept,
      rejectedRows: r.rejectedRows,
      errors: [...r.fileErrors, ...r.rejected],
      notes: r.warnings,
    };
  }
  const issues = part.result.issues;
  const errors = issues.filter((i) => i.severity === 'error');
  const accepted = part.kind === 'coverage' ? part.result.items.length : part.result.features.length;
  return {
    accepted,
    rejectedRows: new Set(errors.filter((i) => i.index !== null).map((i) => i.index)).size,
    errors,
    notes: issues.filter((i) => i.severity === 'warning'),
  };
}

/** The parts of an imported file: one, or one per kind of geometry for a mixed GeoJSON. */
export const partsOf = (imported: ImportedFile): ImportedPart[] =>
  imported.kind === 'mixed' ? imported.parts : [imported];

export function ImportReportView({ fileName, imported, lang, mapping, onMapping, onReread }: Props) {
  const t = translator(lang);
  const parts = partsOf(imported);
  return (
    <>
      <h3>{fileName}</h3>
      {imported.kind === 'mixed' && (
        <p className="note" data-testid="import-parts">
          {t('import.parts')}
        </p>
      )}
      {imported.kind === 'mixed' && <IssueList issues={imported.issues} lang={lang} testId="import-file-issues" />}
      {parts.map((part, k) => (
        <PartView key={k} part={part} lang={lang} mapping={mapping} onMapping={onMapping} onReread={onReread} />
      ))}
    </>
  );
}

function PartView({
  part,
  lang,
  mapping,
  onMapping,
  onReread,
}: { part: ImportedPart } & Pick<Props, 'lang' | 'mapping' | 'onMapping' | 'onReread'>) {
  const t = translator(lang);
  const counts = partCounts(part);
  const sites = part.kind === 'sites' ? part.result.report : null;
  const speeds = part.kind === 'speeds' ? part.result.report : null;
  const format = sites?.format ?? speeds?.format ?? null;
  const encoding = sites?.encoding ?? speeds?.encoding ?? null;
  const delimiter = sites?.delimiter ?? speeds?.delimiter ?? null;
  const decimal = sites?.decimalSeparator ?? speeds?.decimalSeparator ?? null;
  const missing = sites?.mapping ? REQUIRED_SITE_FIELDS.filter((f) => sites.mapping!.columns[f] === null) : [];
  return (
    <div className="import-part" data-testid={`import-part-${part.kind}`}>
      <dl>
        <div className="row">
          <dt>{t('import.kind')}</dt>
          <dd>{t(`import.kind.${part.kind}` as MessageKey)}</dd>
        </div>
        {format && (
          <div className="row">
            <dt>{t('import.format')}</dt>
            <dd data-testid="import-format">
              {t(`import.format.${format}` as MessageKey)}
              {delimiter ? ` · ${t('import.delimiter')} "${delimiter === '\t' ? 'TAB' : delimiter}"` : ''}
              {decimal ? ` · ${t('import.decimal')} "${decimal}"` : ''}
            </dd>
          </div>
        )}
        {encoding && <EncodingRow encoding={encoding} lang={lang} onReread={onReread} />}
        {sites && <CoordinatesRow report={sites.coordinates} lang={lang} onReread={onReread} />}
        {speeds?.window && (
          <div className="row">
            <dt>{t('import.window')}</dt>
            <dd data-testid="import-window">
              {speeds.window.from ?? '—'} – {speeds.window.to ?? '—'}
            </dd>
          </div>
        )}
        <div className="row">
          <dt>{t('import.rowsTitle')}</dt>
          <dd data-testid="import-counts">
            {t('import.accepted')} {formatNumber(lang, counts.accepted)} · {t('import.rejectedRows')}{' '}
            {formatNumber(lang, counts.rejectedRows)}
            {counts.errors.length > counts.rejectedRows
              ? ` (${formatNumber(lang, counts.errors.length)} ${t('import.problems')})`
              : ''}
          </dd>
        </div>
      </dl>
      {part.kind === 'sites' && part.result.sites.length > 0 && <SitePreview sites={part.result.sites} lang={lang} />}
      {sites?.mapping && (missing.length > 0 || sites.mapping.unknownHeaders.length > 0) && (
        <fieldset className="mapping" data-testid="import-mapping">
          <legend>{t('import.mapping')}</legend>
          {SITE_FIELDS.filter((f) => f !== 'sample').map((f: SiteField) => (
            <label key={f} className="field">
              <span>
                {f}
                {REQUIRED_SITE_FIELDS.includes(f) ? ' *' : ''}
              </span>
              <select
                value={String(mapping[f] ?? sites.mapping!.columns[f] ?? '')}
                onChange={(e) => onMapping({ ...mapping, [f]: e.target.value === '' ? null : Number(e.target.value) })}
                data-testid={`import-map-${f}`}
              >
                <option value="">—</option>
                {sites.mapping!.header.map((h, i) => (
                  <option key={i} value={i}>
                    {h || `#${i + 1}`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="button" onClick={() => onReread({ mapping })} data-testid="import-remap">
            {t('import.readAgain')}
          </button>
        </fieldset>
      )}
      {counts.errors.length > 0 && (
        <details open={counts.errors.length <= 20}>
          <summary>
            {t('import.rejectedRows')} ({formatNumber(lang, counts.rejectedRows)})
          </summary>
          <IssueList issues={counts.errors} lang={lang} testId="import-rejected" />
        </details>
      )}
      {counts.notes.length > 0 && (
        <details open={counts.notes.length <= 10}>
          <summary>
            {t('import.warnings')} ({formatNumber(lang, counts.notes.length)})
          </summary>
          <IssueList issues={counts.notes} lang={lang} testId="import-file-issues" />
        </details>
      )}
    </div>
  );
}

function EncodingRow({ encoding, lang, onReread }: { encoding: EncodingReport } & Pick<Props, 'lang' | 'onReread'>) {
  const t = translator(lang);
  const mojibake = encoding.mojibake;
  return (
    <div className="row">
      <dt>{t('import.encoding')}</dt>
      <dd data-testid="import-encoding">
        {encoding.encoding.toUpperCase()}
        {encoding.bom ? ` · ${t('import.encoding.bom')}` : ''}
        <small className="note">{encoding.reason[lang]}</small>
        {mojibake && encoding.repaired === 0 && (
          <button type="button" onClick={() => onReread({ repairMojibake: true })} data-testid="import-repair-mojibake">
            {t('import.mojibake.repair')}
          </button>
        )}
        {encoding.repaired > 0 && (
          <small className="note">
            {t('import.mojibake.repaired')}: {formatNumber(lang, encoding.repaired)}
          </small>
        )}
      </dd>
    </div>
  );
}

function CoordinatesRow({ report, lang, onReread }: { report: CoordinateReport } & Pick<Props, 'lang' | 'onReread'>) {
  const t = translator(lang);
  const rows = report.heldSample.join(', ') + (report.heldRows > report.heldSample.length ? ', …' : '');
  return (
    <div className="row">
      <dt>{t('import.coordinates')}</dt>
      <dd>
        <span data-testid="import-crs">
          {t(
            report.heldRows > 0 && report.vn2000Rows === 0
              ? 'import.system.held'
              : (`import.system.${report.system}` as MessageKey),
          )}
          {report.declared ? ` · ${t('import.crs.declared')}: ${report.declared}` : ''}
        </span>
        <small className="note">{lang === 'vi' ? report.reasonVi : report.reason}</small>
        {report.heldRows > 0 && (
          <div
            className="question"
            role="alertdialog"
            aria-label={t('import.coordinates')}
            data-testid="import-crs-question"
          >
            <p>
              {t('import.crs.question').replace('{n}', formatNumber(lang, report.heldRows)).replace('{rows}', rows)}
            </p>
            <button type="button" onClick={() => onReread({ coordinates: 'vn2000' })} data-testid="import-crs-vn2000">
              {t('import.crs.readVn2000')}
            </button>
          </div>
        )}
      </dd>
    </div>
  );
}

/** The first sites kept, as read: a person sees at once whether names, numbers and positions came through right. */
function SitePreview({ sites, lang }: { sites: readonly Site[]; lang: Lang }) {
  const t = translator(lang);
  return (
    <div className="import-preview-scroll">
      <table className="import-preview" data-testid="import-preview">
        <caption>{t('import.preview')}</caption>
        <thead>
          <tr>
            {(['id', 'operator', 'lng', 'lat', 'technologies', 'bands', 'range'] as const).map((c) => (
              <th key={c} scope="col">
                {t(`import.col.${c}` as MessageKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sites.slice(0, PREVIEW_ROWS).map((s) => (
            <tr key={s.id}>
              <td>{clip(s.id, 40)}</td>
              <td>{OPERATOR_NAMES[s.operator]}</td>
              <td className="num">{formatNumber(lang, s.lng, 5)}</td>
              <td className="num">{formatNumber(lang, s.lat, 5)}</td>
              <td>{s.technologies.join(', ')}</td>
              <td>{s.bands.join(', ') || '—'}</td>
              <td className="num">
                {s.rangeM === null ? t('import.rangeModel') : `${formatNumber(lang, s.rangeM)} m`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IssueList({ issues, lang, testId }: { issues: readonly DataIssue[]; lang: Lang; testId: string }) {
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
