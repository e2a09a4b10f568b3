/**
 * Plain data out of the map's layers: the chosen level's areas with their results as GeoJSON (export), and
 * the searchable places.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { AppState } from '../state/store.js';
import type { SearchEntry } from '../ui/search.js';
import { cellNames, isGridLevel, type GridLevel } from '../domain/grid.js';
import type { LayerKey } from './layers.js';

/**
 * The chosen level's areas with their analysis results, as GeoJSON text (`[lng, lat]` degrees): the
 * properties carry the layout, covered % of area and population per technology and operator set, and the
 * sample-data flag. `features` are the level's features as loaded.
 */
export function areasGeoJson(features: readonly Feature[], s: AppState): string {
  const results = s.analysis.results;
  const out = features.map((f) => {
    const p = f.properties ?? {};
    const r = results?.areas[`${s.level}|${p.code}`];
    const coverage = r
      ? Object.fromEntries(
          (['4G', '5G'] as const).flatMap((tech) =>
            Object.entries(r.coverage[tech]).flatMap(([op, c]) => [
              [`cov_${tech}_${op}_pct`, Math.round(c.percent * 100) / 100],
              [`cov_${tech}_${op}_pop_pct`, Math.round(c.popPercent * 100) / 100],
            ]),
          ),
        )
      : {};
    const grid = isGridLevel(s.level) ? cellNames(String(p.code), s.level as GridLevel) : null;
    const described = grid
      ? {
          name: grid.fullName,
          nameEn: grid.nameEn,
          layout: 'h3',
          areaKm2: r?.areaKm2 ?? null,
          population: r ? Math.round(r.population) : null,
          populationMethod: 'interpolated',
        }
      : {
          name: p.fullName,
          nameEn: p.nameEn,
          layout: p.layout,
          areaKm2: p.areaKm2,
          population: p.population,
          populationMethod: p.populationMethod,
        };
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        level: s.level,
        code: p.code,
        ...described,
        sites_5G_any: r?.sites['5G'].any ?? null,
        ...coverage,
        coverageIsSample: s.provenance.sites !== 'imported',
      },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features: out });
}

/** The searchable places: areas of both layouts and the priority zones. */
export function placesOf(collections: ReadonlyMap<LayerKey, FeatureCollection>): SearchEntry[] {
  const props = (key: LayerKey) =>
    (collections.get(key)?.features ?? []).map((f) => (f.properties ?? {}) as Record<string, string>);
  const districtName = new Map(props('districts2019').map((p) => [p.code, p.fullName]));
  const area = (key: LayerKey, level: SearchEntry['level']) =>
    props(key).map((p): SearchEntry => ({
      level,
      id: p.code!,
      name: p.name!,
      nameEn: p.nameEn!,
      fullName: p.fullName!,
      context: level === 'ward2019' ? (districtName.get(p.districtCode!) ?? null) : null,
    }));
  return [
    ...area('units2025', 'unit2025'),
    ...area('districts2019', 'district2019'),
    ...area('wards2019', 'ward2019'),
    ...props('zones').map((p): SearchEntry => ({
      level: 'zone',
      id: p.id!,
      name: p.name!,
      nameEn: p.nameEn!,
      fullName: p.name!,
      context: p.category ?? null,
    })),
  ];
}
