import { useActions, useAppStore, useLayerFilters } from '../state/use-app-store.js';
import { isSampleLayer } from '../map/layer-meta.js';
import { OPERATORS, OPERATOR_NAMES, TECHNOLOGIES } from '../domain/telecom.js';
import { OPERATOR_COLORS } from '../map/palette.js';
import { translator } from './i18n.js';
import { layerName } from './measure-text.js';
import { Legend } from './Legend.js';
import { ChoroplethControls } from './ChoroplethControls.js';
import { TimeControl } from './TimeControl.js';
import { LAYER_KEYS, type LayerKey } from '../domain/layers.js';

/** Top of the panel first: the reverse of drawing order. */
const PANEL_ORDER: readonly LayerKey[] = [...LAYER_KEYS].reverse();

export function LayerPanel() {
  const lang = useAppStore((s) => s.lang);
  const { visible, operators, technologies, sources } = useLayerFilters();
  const provenance = useAppStore((s) => s.provenance);
  const { layerToggled, sourceToggled, operatorToggled, technologyToggled } = useActions();
  const t = translator(lang);
  return (
    <div className="layer-panel">
      <TimeControl />
      <ChoroplethControls />
      <fieldset>
        <legend>{t('layers')}</legend>
        {PANEL_ORDER.map((key) => (
          <label key={key} className="toggle">
            <input
              type="checkbox"
              checked={visible[key]}
              onChange={() => layerToggled(key)}
              data-testid={`layer-toggle-${key}`}
            />
            <span>
              <span className="layer-name">{layerName(key, lang)}</span>
              {isSampleLayer(key, provenance) && (
                <span className="sample-tag">
                  {t(
                    (key === 'sites' && provenance.sites === 'mixed') ||
                      (key === 'cables' && provenance.cables === 'mixed')
                      ? 'sampleMixed'
                      : 'sampleData',
                  )}
                </span>
              )}
              {key === 'wards2019' && <span className="note-tag"> {t('lowRes')}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t('operators')} <span className="sample-tag">{t('sampleData')}</span>
        </legend>
        {OPERATORS.map((op) => (
          <label key={op} className="toggle">
            <input
              type="checkbox"
              checked={operators[op]}
              onChange={() => operatorToggled(op)}
              data-testid={`operator-toggle-${op}`}
            />
            <span className="swatch" style={{ background: OPERATOR_COLORS[op] }} aria-hidden="true" />
            <span>{OPERATOR_NAMES[op]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('dataSource')}</legend>
        {(['sample', 'imported'] as const).map((k) => (
          <label key={k} className="toggle">
            <input
              type="checkbox"
              checked={sources[k]}
              onChange={() => sourceToggled(k)}
              data-testid={`source-toggle-${k}`}
            />
            <span>{t(`source.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('technology')}</legend>
        {TECHNOLOGIES.map((tech) => (
          <label key={tech} className="toggle">
            <input
              type="checkbox"
              checked={technologies[tech]}
              onChange={() => technologyToggled(tech)}
              data-testid={`tech-toggle-${tech}`}
            />
            <span>{tech}</span>
          </label>
        ))}
      </fieldset>
      <Legend />
    </div>
  );
}
