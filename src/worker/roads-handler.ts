/**
 * The worker's answer to "how much of the roads is covered here?" (issue #17, coverage along roads) for the area
 * panel: per OSM road class (motorway to tertiary), the km of road in an area and in the whole city, and the km and
 * share of it inside the covered part for one technology, operator set and coverage level. The figures come from
 * `roadCoverageSteps` (analysis/roads.ts), the function `npm run analyse` writes roads.csv with, on the same
 * staged roads and the engine's covered shapes per tile, so the panel and roads.csv agree.
 *
 * Measuring every road against the 20 technology × operator set × level combinations takes about 5 s at 12,500
 * sites: it is done once, for every area and combination, and kept until the coverage changes: another engine, or
 * other city figures (a plan edit, a date, an import, parameters). The figures are compared, not the city result
 * object, because the worker's idle steps move the engine to other dates and back (time-control warming), which
 * builds a new result for the same coverage. It runs in small steps (one combination's shapes, or 100 roads, about 50 ms each) between which the
 * worker answers other requests; it waits while a drag or a suggestion holds the engine (`busy`), and starts again
 * when the coverage changed under it. Nothing measures until the panel asks.
 */
import type { FeatureCollection } from 'geojson';
import type { OpSet } from '../analysis/engine/types.js';
import type { PlanarShape } from '../analysis/planar.js';
import { ROAD_CLASSES, roadCoverageSteps, type RoadClass, type RoadCoverage, type RoadKm } from '../analysis/roads.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { PlaceLevel } from '../domain/places.js';
import type { Site, Technology } from '../domain/telecom.js';

/** The area levels roads are measured in for the panel (grid cells are not). */
export const PANEL_ROAD_LEVELS = ['unit2025', 'district2019', 'ward2019', 'zone'] as const;
type PanelRoadLevel = (typeof PANEL_ROAD_LEVELS)[number];

/** @default how long a measure waits before looking again while the engine is held (a drag, a suggestion), ms */
export const ROADS_PAUSE_MS = 200;

/** One road class in an area: its km (geodesic), the covered km and the covered share, percent 0–100. */
export type RoadClassFigures = { roadClass: RoadClass; km: number; coveredKm: number; percent: number };

/** What the panel is answered for one area and choice. */
export type AreaRoads = {
  level: PlaceLevel;
  id: string;
  tech: Technology;
  op: OpSet;
  coverageLevel: CoverageLevel;
  /** Per class (`ROAD_CLASSES` order); null for an area roads are not measured in (a grid cell, an unknown id). */
  area: RoadClassFigures[] | null;
  /** The city (the sum of its 2025 units), per class. */
  city: RoadClassFigures[];
  /** Whether any site in use is sample data. */
  sample: boolean;
  /** Time this question waited for the roads to be measured (0 when the figures were kept), ms. */
  buildMs: number;
};

/** The worker method of road figures (joined to the coverage API, protocol.ts). */
export type RoadsApi = {
  /** Road km and covered share per class for an area and the city, for a technology, operator set and level. */
  areaRoads: {
    args: [level: PlaceLevel, id: string, tech: Technology, op: OpSet, coverageLevel: CoverageLevel];
    result: AreaRoads;
  };
};

/** What the handler reads of the engine (a `CoverageEngine` is one). */
export interface RoadsEngine {
  coveredShapesByTile(tech: Technology, op: OpSet, level: CoverageLevel): PlanarShape[];
  readonly areaIndex: { readonly areas: readonly { level: string; id: string; shape: PlanarShape }[] };
  results(level: 'city'): readonly unknown[];
}

/** What the handler reads of the coverage service (a `CoverageService` is one). */
export interface RoadsService {
  readonly sites: readonly Site[];
  requireEngine(): RoadsEngine;
}

/** The `areaRoads` handler, with whether a measure is under way (the worker's idle warm-up waits for it). */
export type RoadsHandler = ((ctx: unknown, ...args: RoadsApi['areaRoads']['args']) => Promise<AreaRoads>) & {
  measuring(): boolean;
};

/** Runs `f` after `ms` (a timer in the worker; a fake in tests). */
export type Schedule = (f: () => void, ms: number) => void;

/** The figures of one coverage: the engine and city figures they were measured on, and the measure. */
type Kept = {
  engine: RoadsEngine;
  city: string;
  coverage: RoadCoverage<PanelRoadLevel>;
  byArea: Map<string, RoadKm[]>;
};

/** A coverage's city figures as text, to the 1e-6 (km², residents, percent): equal figures, equal coverage. */
export const cityFiguresKey = (engine: RoadsEngine): string =>
  JSON.stringify(engine.results('city')[0], (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) : v));

/** Per class, the figures for one technology, operator set and level. */
export function roadClassFigures(
  rows: readonly RoadKm[],
  tech: Technology,
  op: OpSet,
  level: CoverageLevel,
): RoadClassFigures[] {
  return ROAD_CLASSES.map((roadClass, k) => {
    const r = rows[k]!;
    const covered = r.byLevel[level][tech][op];
    return { roadClass, km: r.km, coveredKm: covered.km, percent: covered.percent };
  });
}

/**
 * The `areaRoads` handler: `ready` waits for the first analysis (and a running suggestion), `loadRoads` gives the
 * staged roads (read once, shared with the road layer), `busy` tells a drag or a suggestion holds the engine.
 */
export function roadsHandler(
  service: RoadsService,
  ready: () => Promise<unknown>,
  loadRoads: () => Promise<FeatureCollection>,
  busy: () => boolean,
  schedule: Schedule = (f, ms) => void setTimeout(f, ms),
): RoadsHandler {
  let kept: Kept | null = null;
  let job: Promise<Kept> | null = null;
  const now = () => {
    const engine = service.requireEngine();
    return { engine, city: cityFiguresKey(engine) };
  };
  const fresh = (k: { engine: RoadsEngine; city: string }) => {
    const c = now();
    return c.engine === k.engine && c.city === k.city;
  };

  const measure = (roads: FeatureCollection['features']): Promise<Kept> =>
    new Promise((resolve, reject) => {
      const start = () => {
        const { engine, city } = now();
        const areas = engine.areaIndex.areas
          .filter((a) => (PANEL_ROAD_LEVELS as readonly string[]).includes(a.level))
          .map((a) => ({ level: a.level as PanelRoadLevel, code: a.id, shape: a.shape }));
        const steps = roadCoverageSteps(roads, areas, (t, o, l) => engine.coveredShapesByTile(t, o, l));
        return { engine, city, steps };
      };
      let run = start();
      const tick = () => {
        try {
          if (busy()) return schedule(tick, ROADS_PAUSE_MS);
          // The coverage changed between two steps: what was measured mixes two coverages, so start again.
          if (!fresh(run)) run = start();
          const step = run.steps.next();
          if (!step.done) return schedule(tick, 0);
          const byArea = new Map<string, RoadKm[]>();
          for (const row of step.value.areas) {
            const key = `${row.level}|${row.code}`;
            (byArea.get(key) ?? (byArea.set(key, []).get(key) as RoadKm[])).push(row);
          }
          resolve({ engine: run.engine, city: run.city, coverage: step.value, byArea });
        } catch (err) {
          reject(err);
        }
      };
      schedule(tick, 0);
    });

  const handler = async (
    _ctx: unknown,
    ...[level, id, tech, op, coverageLevel]: RoadsApi['areaRoads']['args']
  ): Promise<AreaRoads> => {
    await ready();
    const t0 = performance.now();
    while (!kept || !fresh(kept)) {
      job ??= loadRoads()
        .then((fc) => measure(fc.features))
        .finally(() => {
          job = null;
        });
      kept = await job;
    }
    const rows = kept.byArea.get(`${level}|${id}`) ?? null;
    const city = ROAD_CLASSES.map((c) => kept!.coverage.city[c]);
    return {
      level,
      id,
      tech,
      op,
      coverageLevel,
      area: rows === null ? null : roadClassFigures(rows, tech, op, coverageLevel),
      city: roadClassFigures(city, tech, op, coverageLevel),
      sample: service.sites.some((s) => s.sample),
      buildMs: performance.now() - t0,
    };
  };
  return Object.assign(handler, { measuring: () => job !== null });
}
