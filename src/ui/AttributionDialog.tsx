import { useEffect, useRef } from 'react';
import { DATA_ATTRIBUTIONS } from './attributions.js';
import { useAppStore } from '../state/use-app-store.js';
import { translator } from './i18n.js';

export function AttributionDialog({ onClose }: { onClose: () => void }) {
  const lang = useAppStore((s) => s.lang);
  const manifest = useAppStore((s) => s.manifest);
  const imports = useAppStore((s) => s.imports);
  const t = translator(lang);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="attribution-dialog"
      onClose={onClose}
      onCancel={onClose}
      data-testid="attribution-dialog"
      aria-label={t('attribution')}
    >
      <h2>{t('attribution')}</h2>
      <ul>
        {DATA_ATTRIBUTIONS.map((a) => (
          <li key={a.name}>
            {a.name} — <strong>{a.licence}</strong>
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
              <th>Layer</th>
              <th>{t('source')}</th>
              <th>{t('licence')}</th>
              <th>{t('date')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.layers.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.id}
                  {l.sample && <span className="sample-tag">{t('sampleData')}</span>}
                </td>
                <td>{l.source}</td>
                <td>{l.licence}</td>
                <td>{l.vintage}</td>
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
