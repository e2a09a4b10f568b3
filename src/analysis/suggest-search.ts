/**
 * Helpers of the site suggestion search (suggest.ts): candidate grid points and their density ceilings, the
 * exact gain read back from the engine, free site ids, and the max-heap that orders candidates. Split out of
 * suggest.ts, which keeps the search itself; positions are plane metres unless named otherwise.
 */
import { Clipper, EndType, JoinType, type Paths64 } from 'clipper2-ts';
import type { CoverageEngine } from './engine/engine.js';
import { pointInPaths } from './engine/line-geometry.js';
import { PLANE_UNITS_PER_M, boxesOverlap, pathsBox, type PlaneBox } from './planar.js';
import { HANOI_LAEA } from './projection.js';
import type { Operator } from '../domain/telecom.js';
import { DENSITY_MARGIN, type Candidate, type Exact, type Zone, type ZoneChange } from './suggest-types.js';
import { BinaryHeap } from './binary-heap.js';

/**
 * Each candidate's density ceiling for the population bound: DENSITY_MARGIN times the highest mean density
 * (residents per m²) of the areas containing any candidate within reach (widest range plus one spacing). The
 * candidates sample every gap at the grid spacing, so a denser place within reach is missed only if it is
 * narrower than a grid step.
 */
export function setCeilings(cands: Candidate[], spacingM: number, reachM: number): void {
  // The highest density per grid cell: a tower candidate may share a cell with a grid point.
  const at = new Map<string, number>();
  const cell = (c: Candidate) => [Math.round(c.x / spacingM), Math.round(c.y / spacingM)] as const;
  for (const c of cands) {
    const key = cell(c).join(',');
    at.set(key, Math.max(at.get(key) ?? 0, c.density));
  }
  const n = Math.ceil(reachM / spacingM) + 1;
  for (const c of cands) {
    const [i, j] = cell(c);
    let most = 0;
    for (let di = -n; di <= n; di++)
      for (let dj = -n; dj <= n; dj++) most = Math.max(most, at.get(`${i + di},${j + dj}`) ?? 0);
    c.ceiling = DENSITY_MARGIN * most;
  }
}

/** The operator's 5G gain over the zones against their recorded figures, with the zones that change. */
export function readGain(engine: CoverageEngine, zones: readonly Zone[], op: Operator): Exact {
  const now = new Map(engine.results('zone').map((r) => [r.id, r]));
  let km2 = 0,
    people = 0;
  const changes: ZoneChange[] = [];
  for (const z of zones) {
    const r = now.get(z.id)!;
    const f = r.coverage['5G'][op];
    const dk = f.coveredKm2 - z.km2;
    const dp = f.popCovered - z.pop;
    if (dk === 0 && dp === 0) continue;
    km2 += dk;
    people += dp;
    const pct = (v: number) => (r.areaKm2 > 0 ? (100 * v) / r.areaKm2 : 0);
    changes.push({ id: z.id, beforePercent: pct(z.km2), afterPercent: f.percent, gainKm2: dk, gainPeople: dp });
  }
  return { km2, people, zones: changes };
}

/** Each zone's gap grown by `marginM` (plane units), for the zones with a gap. */
function grownGaps(zones: readonly Zone[], marginM: number): Paths64[] {
  return zones
    .filter((z) => z.gap.areaM2 > 0)
    .map((z) => Clipper.inflatePaths(z.gap.paths, marginM * PLANE_UNITS_PER_M, JoinType.Round, EndType.Polygon));
}

/** Grid points `[x, y]` plane metres, multiples of `spacingM`, within `marginM` of some zone's gap. */
export function gridPoints(zones: readonly Zone[], spacingM: number, marginM: number): [number, number][] {
  const step = spacingM * PLANE_UNITS_PER_M;
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const grown of grownGaps(zones, marginM)) {
    const box: PlaneBox = pathsBox(grown);
    for (let i = Math.ceil(box[0] / step); i * step <= box[2]; i++)
      for (let j = Math.ceil(box[1] / step); j * step <= box[3]; j++) {
        const key = `${i},${j}`;
        if (seen.has(key) || !pointInPaths({ x: i * step, y: j * step }, grown)) continue;
        seen.add(key);
        out.push([i * spacingM, j * spacingM]);
      }
  }
  return out;
}

/** The towers (`[lng, lat]` positions) within `marginM` of some zone's gap, in their order. */
export function towersNear<T extends { lng: number; lat: number }>(
  zones: readonly Zone[],
  towers: readonly T[],
  marginM: number,
): T[] {
  if (towers.length === 0) return [];
  const gaps = grownGaps(zones, marginM).map((paths) => ({ paths, box: pathsBox(paths) }));
  return towers.filter((t) => {
    const [x, y] = HANOI_LAEA.forward([t.lng, t.lat]).map((v) => v * PLANE_UNITS_PER_M) as [number, number];
    return gaps.some((g) => boxesOverlap(g.box, [x, y, x, y]) && pointInPaths({ x, y }, g.paths));
  });
}

/** `id`, or `id-2`, `id-3`, … : the first not in `taken`. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  return out;
}

/** The first n ≥ `n` whose proposal id `suggest-<op>-<n>` is not in `taken`. */
export function skipTaken(op: Operator, n: number, taken: ReadonlySet<string>): number {
  while (taken.has(`suggest-${op}-${n}`)) n++;
  return n;
}

/**
 * A heap entry: candidate `c`'s gain `value` (km² or residents; a bound unless `exact`) and its ranking `key`
 * (the gain, weighted for co-location, in steps of TIE_STEP), with the round and group version it was made in
 * and the candidate's token at the time (a newer token makes it stale).
 */
export type Entry = {
  value: number;
  key: number;
  inZone: boolean;
  /** At another operator's tower, with co-location first (see `SuggestOptions.coLocation`). */
  atTower: boolean;
  c: number;
  token: number;
  exact: boolean;
  round: number;
  ver: number;
};

/**
 * The lazy-greedy queue: entries by key, then standing at another operator's tower (co-location first), then
 * standing in a zone, then lower candidate index (runs are repeatable).
 */
export class MaxHeap extends BinaryHeap<Entry> {
  constructor() {
    super((a, b) => {
      if (a.key !== b.key) return a.key > b.key;
      if (a.atTower !== b.atTower) return a.atTower;
      return a.inZone !== b.inZone ? a.inZone : a.c < b.c;
    });
  }
}
