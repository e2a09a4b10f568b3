/**
 * Comparing two dates, or two data sources: the map shows the change in percentage points between an earlier
 * date (the end of a year) and the date the map stands on, or between the sample sites (or the imported sites
 * alone) and the sites in use, for the choropleth's level, technology, operator set, basis and coverage level; the
 * areas that changed most and least are listed. While figures are computed under new model parameters the lists say
 * they were computed with the earlier ones (the session then asks for the comparison again: params-refresh.ts).
 */
import { coverageValue } from '../analysis/coverage-value.js';
import type { AreaResult } from '../analysis/engine/types.js';
import { useMemo } from 'react';
import { useActions, useAppStore, useChoroplethChoice, useComparison } from '../state/use-app-store.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { levelsText } from './messages/levels-public.js';
import { formatDate } from './locale-format.js';
import type { Lang } from '../domain/lang.js';
import { PARAMS_STAGE } from '../session/params-sync.js';
import {
  COMPARE_SOURCES,
  parseTargetKey,
  sourceAvailable,
  targetKey,
  yearEnd,
  type CompareTarget,
} from '../state/compare.js';

/**
 * What the map compares with, for the legend: a date in the language's format (`31/12/2025` in Vietnamese,
 * `2025-12-31` in English, see `formatDate`), or the data source's name. `lang` defaults to Vietnamese.
 */
export function compareLabel(target: CompareTarget, t: (k: MessageKey) => string, lang: Lang = 'vi'): string {
  return target.kind === 'source' ? t(`compare.${targetKey(target)}` as MessageKey) : formatDate(target.date, lang);
}

/** How many areas each list shows. */
const LISTED = 5;

export function CompareDates({
  firstYear = 2013,
  thisYear = new Date().getFullYear(),
}: {
  firstYear?: number;
  thisYear?: number;
}) {
  const lang = useAppStore((s) => s.lang);
  const { compareWith, compareResults: compare } = useComparison();
  const results = useAppStore((s) => s.analysis.results);
  const { level, choroTech: tech, choroOp: op, basis, coverageLevel } = useChoroplethChoice();
  const places = useAppStore((s) => s.places);
  const { comparisonStarted, comparisonStopped } = useActions();
  const provenance = useAppStore((s) => s.provenance);
  const paramsComputing = useAppStore((s) => s.analysis.status === 'computing' && s.analysis.stage === PARAMS_STAGE);
  const t = translator(lang);
  const sources = COMPARE_SOURCES.filter((c) => sourceAvailable(c, provenance.sites));
  const changes = useMemo(() => {
    if (!results || !compare) return null;
    const names = new Map(places.filter((p) => p.level === level).map((p) => [p.id, p.fullName]));
    const value = (r: AreaResult) => coverageValue(r, tech, op, basis, coverageLevel);
    const rows = Object.values(results.areas)
      .filter((r) => r.level === level)
      .flatMap((r) => {
        const before = compare.areas[`${level}|${r.id}`];
        return before
          ? [
              {
                id: r.id,
                name: names.get(r.id) ?? r.id,
                delta: value(r) - value(before),
              },
            ]
          : [];
      });
    rows.sort((a, b) => b.delta - a.delta || a.name.localeCompare(b.name, 'vi'));
    return { most: rows.slice(0, LISTED), least: rows.slice(-LISTED).reverse() };
  }, [results, compare, places, level, tech, op, basis, coverageLevel]);
  const pp = (v: number) => `${v >= 0 ? '+' : ''}${formatNumber(lang, v, 1)} ${t('plan.pp')}`;
  return (
    <div className="compare-dates" data-testid="compare-dates">
      <label className="field">
        <span>{t('compare.with')}</span>
        <select
          value={compareWith ? targetKey(compareWith) : ''}
          onChange={(e) => {
            const target = parseTargetKey(e.target.value);
            if (target) comparisonStarted(target);
            else comparisonStopped();
          }}
          data-testid="compare-with"
        >
          <option value="">{t('compare.none')}</option>
          {sources.map((source) => {
            const key = targetKey({ kind: 'source', source });
            return (
              <option key={key} value={key}>
                {t(`compare.${key}` as MessageKey)}
              </option>
            );
          })}
          {Array.from({ length: thisYear - firstYear }, (_, i) => thisYear - 1 - i).map((y) => (
            <option key={y} value={targetKey(yearEnd(y))}>
              {compareLabel(yearEnd(y), t, lang)}
            </option>
          ))}
        </select>
      </label>
      {compareWith && !changes && (
        <p className="note" role="status">
          {t('analysisComputing')}
        </p>
      )}
      {changes && paramsComputing && (
        <p className="note" role="status" data-testid="compare-stale">
          {levelsText(lang, 'paramsStale.compare')}
        </p>
      )}
      {changes && (
        <div className={`compare-lists${paramsComputing ? ' stale' : ''}`} data-testid="compare-lists">
          <h3>{t('compare.most')}</h3>
          <ol data-testid="compare-most">
            {changes.most.map((r) => (
              <li key={r.id}>
                {r.name}: {pp(r.delta)}
              </li>
            ))}
          </ol>
          <h3>{t('compare.least')}</h3>
          <ol data-testid="compare-least">
            {changes.least.map((r) => (
              <li key={r.id}>
                {r.name}: {pp(r.delta)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
