/**
 * The pipeline's environment layer: every 1 km cell of the equal-area plane that a census ward reaches, with its
 * ground (environment-cells.ts), the indicators the rule reads and its propagation environment class
 * (src/analysis/coverage/environment.ts). Written as `environment.fgb`; the app and the command line build the
 * engine's lookup grid from it (src/data/load-environment.ts) and the map draws it.
 */
import type { Feature, LineString, Polygon } from 'geojson';
import type { AreaFeature } from './admin.js';
import type { ZoneFeature } from './zones.js';
import {
  classifyEnvironment,
  ENVIRONMENT_RULE,
  ENVIRONMENTS,
  type Environment,
  type EnvironmentRule,
} from '../../src/analysis/coverage/environment.js';
import { ENV_GRID_CELL_M, environmentCellPolygon } from '../../src/analysis/coverage/environment-grid.js';
import { cellKey, measureCells, type CensusWard, type MajorRoad, type ZoneCircle } from './environment-cells.js';

/** The properties of a cell of `environment.fgb`. */
export type EnvironmentCellProps = {
  /** The cell's id, `E<i>_<j>` (the map's feature id). */
  code: string;
  /** Column and row of the cell in the plane (see environment-grid.ts). */
  i: number;
  j: number;
  env: Environment;
  /** Residents per km² of land, 2019 census (rounded to 1). */
  density: number;
  /** Major roads (trunk to tertiary) per km² of land over the 3 × 3 cells around, km/km² (rounded to 0.01). */
  roadKmPerKm2: number;
  industrial: boolean;
  /** Census-ward land in the cell, km² (rounded to 0.0001), and its residents (rounded to 1). */
  landKm2: number;
  population: number;
};

/** Per class: cells, land (km²) and residents. */
export type EnvironmentSummary = Record<Environment, { cells: number; landKm2: number; residents: number }>;

/** Classifies every cell the wards reach; cells sorted by row, then column. */
export function buildEnvironmentCells(
  wards: readonly CensusWard[],
  roads: readonly MajorRoad[],
  zones: readonly ZoneCircle[],
  rule: EnvironmentRule = ENVIRONMENT_RULE,
  cellM: number = ENV_GRID_CELL_M,
): { features: Feature<Polygon, EnvironmentCellProps>[]; summary: EnvironmentSummary } {
  const cells = measureCells(wards, roads, zones, cellM);
  const byKey = new Map(cells.map((c) => [cellKey(c.i, c.j), c]));
  const summary = Object.fromEntries(
    ENVIRONMENTS.map((e) => [e, { cells: 0, landKm2: 0, residents: 0 }]),
  ) as EnvironmentSummary;
  const features = cells.map((c): Feature<Polygon, EnvironmentCellProps> => {
    // The surroundings of a site in the cell: the major roads of the 3 × 3 cells around it.
    let km = 0;
    let land = 0;
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++) {
        const n = byKey.get(cellKey(c.i + di, c.j + dj));
        if (n) [km, land] = [km + n.roadKm, land + n.landKm2];
      }
    const densityPerKm2 = c.landKm2 > 0 ? c.residents / c.landKm2 : 0;
    const roadKmPerKm2 = land > 0 ? km / land : 0;
    const env = classifyEnvironment({ densityPerKm2, roadKmPerKm2, industrial: c.industrial }, rule);
    const s = summary[env];
    s.cells++;
    s.landKm2 += c.landKm2;
    s.residents += c.residents;
    return {
      type: 'Feature',
      geometry: environmentCellPolygon(c.i, c.j, cellM),
      properties: {
        code: `E${c.i}_${c.j}`,
        i: c.i,
        j: c.j,
        env,
        density: Math.round(densityPerKm2),
        roadKmPerKm2: Math.round(roadKmPerKm2 * 100) / 100,
        industrial: c.industrial,
        landKm2: Math.round(c.landKm2 * 1e4) / 1e4,
        population: Math.round(c.residents),
      },
    };
  });
  return { features, summary };
}

/** {@link buildEnvironmentCells} on the pipeline's own layers: the 2019 wards, the raw major roads, the built zones. */
export function buildEnvironmentLayer(
  wards: readonly AreaFeature[],
  roads: readonly Feature<LineString, Record<string, unknown>>[],
  zones: readonly ZoneFeature[],
): ReturnType<typeof buildEnvironmentCells> {
  return buildEnvironmentCells(
    wards.map((w) => ({ population: w.properties.population, geometry: w.geometry })),
    roads.map((r) => ({ highway: String(r.properties?.highway ?? ''), geometry: r.geometry })),
    zones.map((z) => z.properties),
  );
}

/** The summary as log lines: per class, cells and the shares of the city's land and residents (percent). */
export function environmentSummaryLines(summary: EnvironmentSummary): string[] {
  const land = ENVIRONMENTS.reduce((s, e) => s + summary[e].landKm2, 0);
  const people = ENVIRONMENTS.reduce((s, e) => s + summary[e].residents, 0);
  const pct = (a: number, b: number) => (b > 0 ? ((100 * a) / b).toFixed(1) : '0.0');
  return ENVIRONMENTS.map((e) => {
    const s = summary[e];
    return `environment ${e}: ${s.cells} cells, ${s.landKm2.toFixed(0)} km² (${pct(s.landKm2, land)} % of the land), ${Math.round(s.residents)} residents (${pct(s.residents, people)} %)`;
  });
}
