import { useActions, useAppStore } from '../state/use-app-store.js';
import { translator } from './i18n.js';
import { featureView } from './feature-rows.js';
import { AreaAnalysis } from './AreaAnalysis.js';
import { AreaSharing } from './AreaSharing.js';
import { AreaRoads } from './AreaRoads.js';
import { Ops5gCell } from './Ops5gCell.js';

/** Details of the clicked feature. */
export function FeaturePanel({ onZoom }: { onZoom: () => void }) {
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const { selectionCleared } = useActions();
  const t = translator(lang);
  if (!selection)
    return (
      <div className="feature-panel hint" data-testid="feature-hint">
        {t('clickHint')}
      </div>
    );
  const view = featureView(selection.key, selection.props, lang);
  return (
    <section className="feature-panel" data-testid="feature-panel" aria-live="polite">
      <button type="button" className="close" onClick={selectionCleared} aria-label={t('close')}>
        ×
      </button>
      <h2>{view.title}</h2>
      {view.subtitle && <p className="subtitle">{view.subtitle}</p>}
      {view.layout && <p className="layout-tag">{view.layout}</p>}
      {view.sample && <p className="sample-tag">{t('sampleData')}</p>}
      <dl>
        {view.rows.map((r) => (
          <div key={r.label} className="row">
            <dt>{r.label}</dt>
            <dd>
              {r.value}
              {r.note && <small className="note">{r.note}</small>}
            </dd>
          </div>
        ))}
      </dl>
      <Ops5gCell selection={selection} />
      <AreaAnalysis selection={selection} />
      <AreaSharing selection={selection} />
      <AreaRoads selection={selection} />
      <button type="button" onClick={onZoom} data-testid="zoom-to">
        {t('zoomTo')}
      </button>
    </section>
  );
}
