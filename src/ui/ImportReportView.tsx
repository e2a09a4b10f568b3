/**
 * The report of a file read for import, before it is applied: how it was read (format, encoding, delimiter,
 * decimal mark, coordinate system and why), the questions the importer cannot answer alone (undeclared VN-2000
 * metres; names that look double-encoded), every message in the interface language, the column of tower ids
 * (sites sharing one are one tower), and the column mapping.
 */
import { useMemo } from 'react';
import { REQUIRED_SITE_FIELDS, type MappingOverride } from '../data/import/types.js';
import type { ImportedFile, ImportedPart } from '../data/import/import-file.js';
import { partCounts, partsOf } from '../data/import/import-parts.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import type { Lang } from '../domain/lang.js';
import { IssueList } from './ImportIssueList.js';
import { CoordinatesRow, EncodingRow, type RereadPatch } from './ImportReadRows.js';
import { ColumnMappingForm, SitePreview } from './ImportSiteColumns.js';
import { towerIdCounts } from '../data/import/tower-id.js';
import { towerIdText } from './messages/tower-id.js';

type Props = {
  fileName: string;
  imported: ImportedFile;
  lang: Lang;
  mapping: MappingOverride;
  onMapping: (m: MappingOverride) => void;
  onReread: (patch: RereadPatch) => void;
};

/** The whole report of one file read for import: its name, then each part (see {@link partsOf}). */
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
  const towerColumn = sites?.mapping?.columns.towerId ?? null;
  const siteList = part.kind === 'sites' ? part.result.sites : null;
  const towers = useMemo(() => (siteList === null ? null : towerIdCounts(siteList)), [siteList]);
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
        {towerColumn !== null && towers !== null && (
          <TowerIdRow name={sites!.mapping!.header[towerColumn] ?? ''} counts={towers} lang={lang} />
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
        <ColumnMappingForm
          used={sites.mapping}
          lang={lang}
          mapping={mapping}
          onMapping={onMapping}
          onReread={onReread}
        />
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

/** Which column gave the tower ids, and how many sites carry one: the sites that may share a tower by id. */
function TowerIdRow({ name, counts, lang }: { name: string; counts: { sites: number; distinct: number }; lang: Lang }) {
  const w = towerIdText(lang);
  return (
    <div className="row">
      <dt>{w('import.towerIds')}</dt>
      <dd data-testid="import-tower-ids" title={w('import.towerIds.note')}>
        "{name}": {formatNumber(lang, counts.sites)} {w('import.towerIds.sites')} ({formatNumber(lang, counts.distinct)}{' '}
        {w('import.towerIds.distinct')})
      </dd>
    </div>
  );
}
