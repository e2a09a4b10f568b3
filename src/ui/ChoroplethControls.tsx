import { useActions, useAppStore, useChoroplethChoice } from '../state/use-app-store.js';
import { CHOROPLETH_LEVELS, type ChoroplethLevel } from '../state/slices/choropleth.js';
import { TECHNOLOGIES, type Technology } from '../domain/telecom.js';
import type { OpSet } from '../analysis/engine/types.js';
import { changeKeyItems, coverageKeyItems, indicatorKeyItems } from './choropleth-key.js';
import { formatNumber, translator } from './i18n.js';
import { indicatorBreaks, indicatorLabels } from '../map/indicator-classes.js';
import { indicatorName } from './indicator-format.js';
import { compareLabel } from './CompareDates.js';
import { PLACE_LAYER } from '../domain/layers.js';
import { OperatorOptions } from './OperatorOptions.js';
import { CoverageLevelChoice } from './CoverageLevelChoice.js';

import { levelHasResults } from '../state/results-shown.js';

/** Level, technology, operator and basis of the coverage choropleth, with its legend. */
export function ChoroplethControls() {
  const lang = useAppStore((s) => s.lang);
  const { level, choroTech: tech, choroOp: op, basis } = useChoroplethChoice();
  const { levelChosen, layerShown, techChosen, opSetChosen, basisChosen, indicatorShown } = useActions();
  const hasResults = useAppStore((s) => levelHasResults(s.analysis.results, s.level));
  const compareWith = useAppStore((s) => s.compareWith);
  const table = useAppStore((s) => s.indicatorTable);
  const indicator = useAppStore((s) => s.choroIndicator);
  const t = translator(lang);
  const summary = table?.summaries.find((x) => x.id === indicator) ?? null;
  const indLabels = summary
    ? indicatorLabels(
        indicatorBreaks(summary, table!.figures[summary.id] ?? {}, level),
        summary.unit === '%' ? '%' : '',
        (n) => formatNumber(lang, n, Math.abs(n) < 10 && !Number.isInteger(n) ? 2 : 0),
      )
    : [];
  const pickLevel = (l: ChoroplethLevel) => {
    levelChosen(l);
    layerShown(PLACE_LAYER[l]);
  };
  return (
    <fieldset className="choropleth-controls" data-testid="choropleth-controls">
      <legend>
        {t('choropleth')} {!summary && <span className="sample-tag">{t('sampleData')}</span>}
      </legend>
      {table && table.summaries.length > 0 && (
        <label className="field stacked">
          <span>{t('indicators.choose')}</span>
          <select
            value={indicator ?? ''}
            onChange={(e) => indicatorShown(e.target.value || null)}
            data-testid="choro-indicator"
          >
            <option value="">{t('indicators.coverage')}</option>
            {table.summaries.map((x) => (
              <option key={x.id} value={x.id}>
                {indicatorName(x.id, lang)} ({x.unit})
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field stacked">
        <span>{t('level')}</span>
        <select value={level} onChange={(e) => pickLevel(e.target.value as ChoroplethLevel)} data-testid="level-select">
          {CHOROPLETH_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`layout.level.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {!summary && (
        <>
          <label className="field">
            <span>{t('technology')}</span>
            <select value={tech} onChange={(e) => techChosen(e.target.value as Technology)} data-testid="choro-tech">
              {TECHNOLOGIES.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('operator')}</span>
            <select value={op} onChange={(e) => opSetChosen(e.target.value as OpSet)} data-testid="choro-op">
              <option value="any">{t('anyOperator')}</option>
              <OperatorOptions />
            </select>
          </label>
          <div className="field" role="radiogroup" aria-label={t('basis')}>
            <span>{t('basis')}</span>
            {(['area', 'population'] as const).map((b) => (
              <label key={b} className="radio">
                <input
                  type="radio"
                  name="basis"
                  value={b}
                  checked={basis === b}
                  onChange={() => basisChosen(b)}
                  data-testid={`basis-${b}`}
                />
                {t(`basis.${b}`)}
              </label>
            ))}
          </div>
          <CoverageLevelChoice />
        </>
      )}
      <div className="choropleth-legend" data-testid="choropleth-legend">
        {summary ? (
          <>
            <span className="legend-title" data-testid="indicator-legend">
              {indicatorName(summary.id, lang)} ({summary.unit})
            </span>
            <ul>
              {indicatorKeyItems(indLabels, lang).map(({ color, label }) => (
                <li key={label}>
                  <span className="key key-area" style={{ ['--c' as string]: color }} aria-hidden="true" />
                  {label}
                </li>
              ))}
            </ul>
            <small className="note">{t('indicators.legendNote')}</small>
          </>
        ) : (
          <>
            <span className="legend-title">
              {t('choroplethLegend')} ({tech}, {t(`basis.${basis}`)})
            </span>
            <ul>
              {coverageKeyItems(lang).map(({ color, label }) => (
                <li key={label}>
                  <span className="key key-area" style={{ ['--c' as string]: color }} aria-hidden="true" />
                  {label}
                </li>
              ))}
            </ul>
          </>
        )}
        {compareWith && (
          <>
            <span className="legend-title" data-testid="change-legend">
              {t('compare.legend')} {compareLabel(compareWith, t, lang)} ({t('plan.pp')})
            </span>
            <ul>
              {changeKeyItems(lang, t('plan.pp')).map(({ color, label }) => (
                <li key={label}>
                  <span className="key key-area" style={{ ['--c' as string]: color }} aria-hidden="true" />
                  {label}
                </li>
              ))}
            </ul>
          </>
        )}
        {!hasResults && <small className="note">{t('noResult')}</small>}
      </div>
    </fieldset>
  );
}
