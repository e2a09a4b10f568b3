/**
 * The areas of the coverage service's input (coverage-service.ts) as other modules need them: the areas of a layout
 * for the annual report (report.ts), the codes and names for checking an indicator file, the residents and overlay
 * for the area indicators (indicators.ts), and a hexagon grid's cells as engine areas.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { GRID_LAYER_ID, type GridLevel } from '../domain/grid.js';
import type { IndicatorAreaCatalogue } from '../domain/indicators.js';
import type { CoverageEngine } from './engine/engine.js';
import type { EngineArea } from './engine/types.js';
import type { IndicatorGeography } from './indicators.js';
import type { ReportArea } from './report.js';
import type { ServiceInput } from './service-types.js';

type Poly = Polygon | MultiPolygon;

/** The report's areas of a layout: the 2025 units, or the 2019 districts then wards, each in feature order. */
export function reportAreas(input: ServiceInput, layout: '2025' | '2019'): ReportArea[] {
  const levels =
    layout === '2025'
      ? ([['units', 'unit2025']] as const)
      : ([
          ['districts', 'district2019'],
          ['wards', 'ward2019'],
        ] as const);
  return levels.flatMap(([key, level]) =>
    input[key].features.map((f) => ({
      level,
      id: String(f.properties?.code),
      name: String(f.properties?.fullName ?? f.properties?.name),
    })),
  );
}

/** The codes and names of the areas of both layouts, for checking an indicator file. */
export function areaCatalogueOf(input: ServiceInput): IndicatorAreaCatalogue {
  const names = (fc: FeatureCollection<Poly>) =>
    new Map(fc.features.map((f) => [String(f.properties?.code), String(f.properties?.name)]));
  return { unit2025: names(input.units), ward2019: names(input.wards), district2019: names(input.districts) };
}

/**
 * The areas of the three levels with their residents (as the engine counts them), and the 2025 units' overlay on
 * the 2019 wards (m², residents).
 */
export function indicatorGeographyOf(engine: CoverageEngine, input: ServiceInput): IndicatorGeography {
  // Residents as the engine counts them (census wards spread over the pieces), so weights and totals agree.
  const areas = (
    [
      ['units', 'unit2025'],
      ['districts', 'district2019'],
      ['wards', 'ward2019'],
    ] as const
  ).flatMap(([key, level]) =>
    input[key].features.map((f) => {
      const code = String(f.properties?.code);
      return {
        level,
        code,
        population: engine.result(level, code)?.population ?? 0,
        districtCode: (f.properties?.districtCode as string | null | undefined) ?? null,
      };
    }),
  );
  const overlaps = engine
    .wardOverlaps('unit2025')
    .map((o) => ({ unit: o.area, ward: o.ward, m2: o.m2, residents: o.residents }));
  return { areas, overlaps };
}

/**
 * A hexagon grid level's cells (Polygon features, `[lng, lat]`, with a string `code` property) as engine areas;
 * throws naming the layer's file and the feature when a cell has no code or another geometry.
 */
export function gridCellsOf(level: GridLevel, cells: FeatureCollection<Polygon>): EngineArea[] {
  return cells.features.map((f, i) => {
    const code = f.properties?.code;
    if (typeof code !== 'string' || f.geometry?.type !== 'Polygon')
      throw new Error(
        `${GRID_LAYER_ID[level]}.fgb: feature ${i}: a grid cell needs a string "code" and a Polygon geometry`,
      );
    return { id: code, level, geometry: f.geometry };
  });
}
