/**
 * The rows of the import report that say how a file was read and ask what the importer cannot decide alone: the
 * text encoding (with a repair for names that look double-encoded) and the coordinate system (with the question
 * about undeclared VN-2000 metres).
 */
import type { CoordinateReport, MappingOverride } from '../data/import/types.js';
import type { EncodingReport } from '../data/import/encoding.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import type { Lang } from '../domain/lang.js';

/** What the report asks the reader to choose again: the file is read anew with these options changed. */
export type RereadPatch = { coordinates?: 'vn2000'; repairMojibake?: true; mapping?: MappingOverride };

type RowProps = { lang: Lang; onReread: (patch: RereadPatch) => void };

/** The encoding read (and why), a byte-order mark, and the offer to repair mojibake or the count repaired. */
export function EncodingRow({ encoding, lang, onReread }: { encoding: EncodingReport } & RowProps) {
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

/** The coordinate system found (and why), and the question to read held rows as VN-2000 metres. */
export function CoordinatesRow({ report, lang, onReread }: { report: CoordinateReport } & RowProps) {
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
