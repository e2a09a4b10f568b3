/**
 * Comparing two dates: the map shows the change in percentage points between an earlier date (the end of a
 * year) and the date the map stands on, for the choropleth's level, technology, operator set and basis;
 * the areas that improved most and least are listed.
 */
import { useMemo } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { formatNumber, translator } from './i18n.js';

/** How many areas each list shows. */
const LISTED = 5;

export function CompareDates({ firstYear = 2013, thisYear = new Date().getFullYear() }: { firstYear?: number; thisYear?: number }) {
  const lang = useAppStore((s) => s.lang);
  const compareWith = useAppStore((s) => s.compareWith);
  const compare = useAppStore((s) => s.compareResults);
  const results = useAppStore((s) => s.analysis.results);
  const level = useAppStore((s) => s.level);
  const tech = useAppStore((s) => s.choroTech);
  const op = useAppStore((s) => s.choroOp);
  const basis = useAppStore((s) => s.basis);
  const places = useAppStore((s) => s.places);
  const setCompare = useAppStore((s) => s.setCompare);
  const t = translator(lang);
  const changes = useMemo(() => {
    if (!results || !compare) return null;
    const names = new Map(places.filter((p) => p.level === level).map((p) => [p.id, p.fullName]));
    const value = (c: { percent: number; popPercent: number }) => (basis === 'area' ? c.percent : c.popPercent);
    const rows = Object.values(results.areas).filter((r) => r.level === level).flatMap((r) => {
      const before = compare.areas[`${level}|${r.id}`];
      return before ? [{ id: r.id, name: names.get(r.id) ?? r.id, delta: value(r.coverage[tech][op]) - value(before.coverage[tech][op]) }] : [];
    });
    rows.sort((a, b) => b.delta - a.delta || a.name.localeCompare(b.name, 'vi'));
    return { most: rows.slice(0, LISTED), least: rows.slice(-LISTED).reverse() };
  }, [results, compare, places, level, tech, op, basis]);
  const pp = (v: number) => `${v >= 0 ? '+' : ''}${formatNumber(lang, v, 1)} ${t('plan.pp')}`;
  return (
    <div className="compare-dates" data-testid="compare-dates">
      <label className="field"><span>{t('compare.with')}</span>
        <select value={compareWith ?? ''} onChange={(e) => setCompare({ compareWith: e.target.value || null, compareResults: null })} data-testid="compare-with">
          <option value="">{t('compare.none')}</option>
          {Array.from({ length: thisYear - firstYear }, (_, i) => thisYear - 1 - i).map((y) => <option key={y} value={`${y}-12-31`}>31/12/{y}</option>)}
        </select>
      </label>
      {compareWith && !changes && <p className="note" role="status">{t('analysisComputing')}</p>}
      {changes && (
        <div className="compare-lists" data-testid="compare-lists">
          <h3>{t('compare.most')}</h3>
          <ol data-testid="compare-most">{changes.most.map((r) => <li key={r.id}>{r.name}: {pp(r.delta)}</li>)}</ol>
          <h3>{t('compare.least')}</h3>
          <ol data-testid="compare-least">{changes.least.map((r) => <li key={r.id}>{r.name}: {pp(r.delta)}</li>)}</ol>
        </div>
      )}
    </div>
  );
}
