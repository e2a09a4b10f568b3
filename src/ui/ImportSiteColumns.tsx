/**
 * The columns of a site file as the importer read them: a preview of the first sites kept, and the mapping form
 * (field → column) offered when a required field found no column or some headers fed no field.
 */
import {
  REQUIRED_SITE_FIELDS,
  SITE_FIELDS,
  type ColumnMapping,
  type MappingOverride,
  type SiteField,
} from '../data/import/types.js';
import { OPERATOR_NAMES, type Site } from '../domain/telecom.js';
import { clip } from '../data/import/issue.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import type { Lang } from '../domain/lang.js';
import type { RereadPatch } from './ImportReadRows.js';
import { towerIdText } from './messages/tower-id.js';

/** Sites shown in the preview. */
const PREVIEW_ROWS = 5;

/** The first sites kept, as read: a person sees at once whether names, numbers and positions came through right. */
export function SitePreview({ sites, lang }: { sites: readonly Site[]; lang: Lang }) {
  const t = translator(lang);
  const shown = sites.slice(0, PREVIEW_ROWS);
  // The tower id column only when a shown site has one: most files name no towers.
  const towers = shown.some((s) => s.towerId !== undefined);
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
            {towers && <th scope="col">{towerIdText(lang)('import.col.towerId')}</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
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
              {towers && <td>{s.towerId ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type MappingProps = {
  /** The mapping the importer used: the file's header and the column index (0-based) of each field. */
  used: ColumnMapping;
  lang: Lang;
  /** The user's choices so far, over `used`. */
  mapping: MappingOverride;
  onMapping: (m: MappingOverride) => void;
  onReread: (patch: RereadPatch) => void;
};

/** One select per site field (required ones starred) over the file's header, and a button to read it again. */
export function ColumnMappingForm({ used, lang, mapping, onMapping, onReread }: MappingProps) {
  const t = translator(lang);
  return (
    <fieldset className="mapping" data-testid="import-mapping">
      <legend>{t('import.mapping')}</legend>
      {SITE_FIELDS.filter((f) => f !== 'sample').map((f: SiteField) => (
        <label key={f} className="field">
          <span>
            {f === 'towerId' ? towerIdText(lang)('import.field.towerId') : f}
            {REQUIRED_SITE_FIELDS.includes(f) ? ' *' : ''}
          </span>
          <select
            value={String(mapping[f] ?? used.columns[f] ?? '')}
            onChange={(e) => onMapping({ ...mapping, [f]: e.target.value === '' ? null : Number(e.target.value) })}
            data-testid={`import-map-${f}`}
          >
            <option value="">—</option>
            {used.header.map((h, i) => (
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
  );
}
