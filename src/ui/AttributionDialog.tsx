/**
 * The sources and licences dialog, wholly in the interface language: the sources every build ships, the
 * licences of imported files, and the manifest's layers with their source, licence and vintage (dates as
 * 01/07/2025 in Vietnamese). Licence names (ODbL 1.0, GPL-3.0, MIT…) are shown as written.
 */
import { useEffect, useRef } from 'react';
import { DATA_ATTRIBUTIONS, layerLicence, layerName, layerSource, vintageText } from './attributions.js';
import type { Bilingual } from './attributions.js';
import { useAppStore } from '../state/use-app-store.js';
import { translator } from './i18n.js';
import './AttributionDialog.css';

/** The layer column's header (the i18n table has only the plural "Map layers"). */
const LAYER_HEADER: Bilingual = { vi: 'Lớp dữ liệu', en: 'Layer' };

/** The modal list of data sources and licences; `onClose` runs when it is closed (button, Escape). */
export function AttributionDialog({ onClose }: { onClose: () => void }) {
  const lang = useAppStore((s) => s.lang);
  const manifest = useAppStore((s) => s.manifest);
  const imports = useAppStore((s) => s.imports);
  const t = translator(lang);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    // The list is long: focus its title, as the WAI-ARIA dialog pattern asks, so that it opens at its top and not
    // scrolled to the Close button at its end (the first control, which the browser would focus).
    d?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="attribution-dialog"
      onClose={onClose}
      onCancel={onClose}
      data-testid="attribution-dialog"
      aria-label={t('attribution')}
      lang={lang}
    >
      <h2 tabIndex={-1}>{t('attribution')}</h2>
      <ul>
        {DATA_ATTRIBUTIONS.map((a) => (
          <li key={a.name.en}>
            {a.name[lang]} — <strong>{a.licence}</strong>
          </li>
        ))}
        {imports
          .filter((i) => i.attribution !== undefined)
          .map((i) => (
            <li key={i.id} data-testid="import-attribution">
              {i.attribution} ({t('importedFile')}: {i.fileName})
            </li>
          ))}
      </ul>
      {manifest && (
        <table>
          <thead>
            <tr>
              <th>{LAYER_HEADER[lang]}</th>
              <th>{t('source')}</th>
              <th>{t('licence')}</th>
              <th>{t('date')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.layers.map((l) => (
              <tr key={l.id} data-testid={`attribution-layer-${l.id}`}>
                <td>
                  {layerName(l.id, lang)}
                  {l.sample && <span className="sample-tag">{t('sampleData')}</span>}
                </td>
                <td>{layerSource(l, lang)}</td>
                <td>{layerLicence(l, lang)}</td>
                <td className="vintage">{vintageText(l.vintage, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  );
}
