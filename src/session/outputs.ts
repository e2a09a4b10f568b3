/**
 * Plain data out of the session: the chosen level's areas with their results as GeoJSON (export), and the annual
 * report with what its files need (area geometry, whether the figures are sample data, indicator provenance).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AppState } from '../state/store.js';
import { cellNames, isGridLevel, type GridLevel } from '../domain/grid.js';
import type { LayerKey } from '../domain/layers.js';
import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import type { AnnualReport } from '../analysis/report.js';
import type { Manifest } from '../domain/report.js';
import type { ParamOverrides } from '../analysis/params-overrides.js';
import type { Calibration, CalibrationProvenance } from '../analysis/calibration/types.js';

/**
 * The chosen level's areas with their analysis results, as GeoJSON text (`[lng, lat]` degrees): the
 * properties carry the layout, covered % of area and population per technology and operator set outdoors
 * (`cov_5G_any_pct`) and at the other levels (`cov_5G_any_indoor_pct`), and the sample-data flag; the collection
 * carries the model's parameters (`coverageParams`, see {@link coverageParamsMember}). `features` are the level's
 * features as loaded.
 */
export function areasGeoJson(features: readonly Feature[], s: AppState): string {
  const results = s.analysis.results;
  const out = features.map((f) => {
    const p = f.properties ?? {};
    const r = results?.areas[`${s.level}|${p.code}`];
    const coverage = r
      ? Object.fromEntries(
          COVERAGE_LEVELS.flatMap((level) => {
            const at = level === 'outdoor' ? '' : `_${level}`;
            return (['4G', '5G'] as const).flatMap((tech) =>
              Object.entries(r.byLevel[level][tech]).flatMap(([op, c]) => [
                [`cov_${tech}_${op}${at}_pct`, Math.round(c.percent * 100) / 100],
                [`cov_${tech}_${op}${at}_pop_pct`, Math.round(c.popPercent * 100) / 100],
              ]),
            );
          }),
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
  return JSON.stringify({ type: 'FeatureCollection', coverageParams: coverageParamsMember(s), features: out });
}

/**
 * The model's parameters the figures were computed with, as an export carries them (a GeoJSON foreign member,
 * RFC 7946 §6.1): `overrides` of the defaults (`{}`: the defaults; units as in CoverageParams) and the calibration
 * applied, its offsets (dB per environment) and provenance (file, measurements, days, fit date), or null.
 */
export function coverageParamsMember(s: Pick<AppState, 'coverageParams' | 'calibration'>): {
  overrides: ParamOverrides;
  calibration: (CalibrationProvenance & { envOffsetDb: Calibration['envOffsetDb'] }) | null;
} {
  const c = s.calibration;
  return { overrides: s.coverageParams, calibration: c ? { ...c.provenance, envOffsetDb: c.envOffsetDb } : null };
}

/** The annual report and what its page, CSV and GeoJSON need. */
export type AnnualReportBundle = {
  report: AnnualReport;
  /** Area geometry by `level|code` (the report's levels of its layout). */
  geometry: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
  /** True when the sites in use are (partly) the generated sample. */
  sample: boolean;
  manifest: Manifest;
  /** The indicator files in use and the sources they cite. */
  indicators: { files: string[]; sources: string[] };
};

export function annualReportOf(
  report: AnnualReport,
  layout: '2025' | '2019',
  s: AppState,
  layer: (key: LayerKey) => FeatureCollection | undefined,
  manifest: Manifest,
): AnnualReportBundle {
  const geometry = new Map<string, Feature<Polygon | MultiPolygon>>();
  const levels: [LayerKey, string][] =
    layout === '2025'
      ? [['units2025', 'unit2025']]
      : [
          ['districts2019', 'district2019'],
          ['wards2019', 'ward2019'],
        ];
  for (const [key, level] of levels)
    for (const f of layer(key)?.features ?? [])
      geometry.set(`${level}|${String(f.properties?.code)}`, f as Feature<Polygon | MultiPolygon>);
  const files = s.indicatorFiles;
  const indicators = {
    files: files.map((f) => f.fileName),
    sources: [...new Set(files.flatMap((f) => f.values.map((v) => v.source)).filter((x) => x !== ''))].sort(),
  };
  return { report, geometry, sample: s.provenance.sites !== 'imported', manifest, indicators };
}
