/**
 * The choropleth of the public map: its legend (the classes of the covered share, percent 0–100, for the chosen
 * technology, operator set, basis and coverage level, and "no data") and the controls that choose the level,
 * technology, operator set, basis, coverage level (outdoor / indoor) and the coverage overlays.
 */
import { OPERATOR_NAMES } from '../domain/telecom.js';
import type { OpSet } from '../analysis/engine/types.js';
import { coverageKeyItems } from '../ui/choropleth-key.js';
import { translator, type MessageKey } from '../ui/i18n.js';
import type { Lang } from '../domain/lang.js';
import type { PublicLevel, PublicOverlay } from './public-map.js';
import { LEVEL_OF } from './public-view.js';
import { OperatorOptions } from '../ui/OperatorOptions.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import { levelsText } from '../ui/messages/levels-public.js';

/** What the choropleth shows: technology, operator set (`any` or an operator id) and basis. */
type Choice = { tech: '4G' | '5G'; op: OpSet; basis: 'area' | 'population' };

/**
 * The legend under the map (shown in the embed too, and rendered at build time into the first view, which pictures
 * outdoor coverage: `coverageLevel` defaults to outdoor, and the title says which level it is).
 */
export function PublicLegend({
  lang,
  tech,
  op,
  basis,
  coverageLevel = 'outdoor',
}: { lang: Lang; coverageLevel?: CoverageLevel } & Choice) {
  const t = translator(lang);
  return (
    <section className="pub-legend" aria-label={t('legend')} data-testid="pub-legend">
      <h2>
        {t('choroplethLegend')} ({tech}, {op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op]}, {t(`basis.${basis}`)},{' '}
        <span data-testid="pub-legend-level">{t(`coverageLevel.${coverageLevel}`).toLowerCase()}</span>){' '}
        <span className="sample-tag">{t('sampleData')}</span>
      </h2>
      <ul>
        {coverageKeyItems(lang).map(({ color, label }) => (
          <li key={label}>
            {/* An SVG swatch, not a CSS background: it prints, and the build-time first view has no inline style
                (the CSP allows none). */}
            <svg className="key" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">
              <rect width="1" height="1" fill={color} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <p className="note">{t('pub.zonesLegend')}</p>
    </section>
  );
}

type ControlsProps = Choice & {
  lang: Lang;
  level: PublicLevel;
  coverageLevel: CoverageLevel;
  onCoverageLevel: (level: CoverageLevel) => void;
  /** Whether each coverage overlay is shown. */
  overlays: Record<PublicOverlay, boolean>;
  onLevel: (level: PublicLevel) => void;
  onTech: (tech: '4G' | '5G') => void;
  onOp: (op: OpSet) => void;
  onBasis: (basis: 'area' | 'population') => void;
  onOverlays: (overlays: Record<PublicOverlay, boolean>) => void;
};

/** The choropleth's controls in the side panel; each select and checkbox carries the `data-testid` the e2e tests use. */
export function PublicControls(p: ControlsProps) {
  const { lang, level, tech, op, basis, overlays } = p;
  const t = translator(lang);
  return (
    <fieldset className="pub-controls">
      <legend>{t('choropleth')}</legend>
      <label className="field">
        <span>{t('level')}</span>
        <select value={level} onChange={(e) => p.onLevel(e.target.value as PublicLevel)} data-testid="level-select">
          {(['units', 'districts', 'wards'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`level.${LEVEL_OF[l]}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('technology')}</span>
        <select value={tech} onChange={(e) => p.onTech(e.target.value as '4G' | '5G')} data-testid="choro-tech">
          <option>5G</option>
          <option>4G</option>
        </select>
      </label>
      <label className="field">
        <span>{t('operator')}</span>
        <select value={op} onChange={(e) => p.onOp(e.target.value as OpSet)} data-testid="choro-op">
          <option value="any">{t('anyOperator')}</option>
          <OperatorOptions />
        </select>
      </label>
      <label className="field">
        <span>{t('basis')}</span>
        <select
          value={basis}
          onChange={(e) => p.onBasis(e.target.value as 'area' | 'population')}
          data-testid="choro-basis"
        >
          <option value="area">{t('basis.area')}</option>
          <option value="population">{t('basis.population')}</option>
        </select>
      </label>
      <div
        className="field"
        role="radiogroup"
        aria-label={t('coverageLevel.label')}
        title={levelsText(lang, 'pubLevel.hint')}
        data-testid="pub-coverage-level"
      >
        <span>{t('coverageLevel.label')}</span>
        {/* One grid cell for both choices, so they sit side by side in the controls' two-column grid. */}
        <span className="radios">
          {COVERAGE_LEVELS.map((l) => (
            <label key={l} className="radio">
              <input
                type="radio"
                name="pub-coverage-level"
                value={l}
                checked={p.coverageLevel === l}
                onChange={() => p.onCoverageLevel(l)}
                data-testid={`pub-coverage-level-${l}`}
              />{' '}
              {t(`coverageLevel.${l}`)}{' '}
            </label>
          ))}
        </span>
      </div>
      {(['coverage-5g', 'coverage-4g'] as const).map((o) => (
        <label key={o} className="toggle">
          <input
            type="checkbox"
            checked={overlays[o]}
            onChange={() => p.onOverlays({ ...overlays, [o]: !overlays[o] })}
            data-testid={`overlay-${o}`}
          />
          {t(o === 'coverage-5g' ? 'layer.coverage5g' : 'layer.coverage4g')} ({t('anyOperator')}){' '}
          <span className="sample-tag">{t('sampleData')}</span>
        </label>
      ))}
    </fieldset>
  );
}
