/** Pure builders of the MapLibre filters that follow the operator and technology toggles. */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { OPERATORS, type Operator, type Technology } from '../domain/telecom.js';
import type { DataSourceKind } from '../state/slices/layers.js';

const enabledOps = (ops: Readonly<Record<Operator, boolean>>) => OPERATORS.filter((o) => ops[o]);

/**
 * Records of the enabled data sources: `sample: true` is generated sample data, anything else (false or
 * missing) was imported.
 */
export function sourceFilter(sources: Readonly<Record<DataSourceKind, boolean>>): ExpressionSpecification {
  const wanted = [...(sources.sample ? [true] : []), ...(sources.imported ? [false] : [])];
  return ['in', ['==', ['get', 'sample'], true], ['literal', wanted]];
}

/** Sites: an enabled operator, and 4G enabled (every site has 4G) or 5G enabled and the site has 5G. */
export function sitesFilter(
  ops: Readonly<Record<Operator, boolean>>,
  tech: Readonly<Record<Technology, boolean>>,
): FilterSpecification {
  const byOperator: ExpressionSpecification = ['in', ['get', 'operator'], ['literal', enabledOps(ops)]];
  if (tech['4G']) return ['all', byOperator];
  if (tech['5G']) return ['all', byOperator, ['==', ['get', 'has5g'], true]];
  return ['all', byOperator, false];
}

/** Coverage of one technology: an enabled operator, and only while that technology is enabled. */
export function coverageFilter(
  ops: Readonly<Record<Operator, boolean>>,
  tech: Readonly<Record<Technology, boolean>>,
  layerTech: Technology,
): FilterSpecification {
  return ['all', ['in', ['get', 'operator'], ['literal', tech[layerTech] ? enabledOps(ops) : []]]];
}

/** Speed tests: an enabled operator and an enabled technology. */
export function speedFilter(
  ops: Readonly<Record<Operator, boolean>>,
  tech: Readonly<Record<Technology, boolean>>,
): FilterSpecification {
  const techs = (['4G', '5G'] as const).filter((t) => tech[t]);
  // Ookla tiles (and test files without an operator column) have no operator: the operator filter cannot hide them.
  const operator: FilterSpecification = [
    'any',
    ['==', ['get', 'operator'], null],
    ['in', ['get', 'operator'], ['literal', enabledOps(ops)]],
  ];
  return ['all', operator, ['in', ['get', 'tech'], ['literal', techs]]];
}

/**
 * Applies the toggles' filters to the data layers: sites, coverage, speed tests and cables follow the operator,
 * technology and data-source toggles; sites not yet on air on the chosen date are hidden (an unknown date counts
 * as on air).
 */
export function applyFilters(
  map: MapLibreMap,
  s: {
    operators: Readonly<Record<Operator, boolean>>;
    technologies: Readonly<Record<Technology, boolean>>;
    sources: Readonly<Record<DataSourceKind, boolean>>;
    asOf: string | null;
  },
): void {
  const source: FilterSpecification =
    s.asOf === null
      ? sourceFilter(s.sources)
      : ['all', sourceFilter(s.sources), ['<=', ['coalesce', ['get', 'onAir'], ''], s.asOf]];
  const and = (f: FilterSpecification) => ['all', f, source] as FilterSpecification;
  map.setFilter('sites-circle', and(sitesFilter(s.operators, s.technologies)));
  for (const tech of ['4G', '5G'] as const) {
    const f = and(coverageFilter(s.operators, s.technologies, tech));
    map.setFilter(`coverage${tech.toLowerCase()}-fill`, f);
    map.setFilter(`coverage${tech.toLowerCase()}-line`, f);
  }
  map.setFilter('speedTests-circle', and(speedFilter(s.operators, s.technologies)));
  map.setFilter('cables-line', source);
}
