/**
 * "Có 5G ở đây không?" on the public map, beyond any operator's coverage: each operator's coverage per technology
 * and level, the nearest sites (any operator; each operator's nearest 5G site) with their distances on the WGS84
 * ellipsoid, and the speeds measured within the radius over the twelve months of the files, from the files the
 * public build writes (domain/public-point.ts), read only when a point is asked and only in a box around it (the
 * files' spatial index, HTTP range requests). The same answers as the planner's `lookupPoint` on the same data
 * (public-point-details.test.ts), but for coverage at the edges of a footprint, simplified by about 9 m.
 */
import type { Feature, Point } from 'geojson';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import type { LngLat } from '../domain/geo.js';
import { OPERATORS, TECHNOLOGIES, type Operator, type Technology } from '../domain/telecom.js';
import {
  operatorCoverageFile,
  POINT_META_FILE,
  POINT_SITES_FILE,
  POINT_SPEEDS_FILE,
  type PointMeta,
} from '../domain/public-point.js';
import { polygonHolds, type BoxReader } from './public-point.js';
import { ellipsoidDistanceM } from './vincenty.js';

/** A site near the point: its operator, technologies and distance, metres. */
export type PublicNearSite = { id: string; operator: Operator; technologies: Technology[]; distanceM: number };

/** The speeds measured around the point per technology: the tests counted and the mean download (Mbit/s) or null. */
export type PublicSpeed = { count: number; meanMbps: number | null };

/** The point's answer beyond any operator's coverage. */
export type PublicPointDetails = {
  /** Whether each operator covers the point, per technology and level. */
  covered: Record<Technology, Record<CoverageLevel, Record<Operator, boolean>>>;
  /** The three nearest sites, nearest first (ties by id). */
  nearest: PublicNearSite[];
  /** Each operator's nearest 5G site; null when it has none. */
  nearest5g: Record<Operator, PublicNearSite | null>;
  speeds: Record<Technology, PublicSpeed>;
  meta: PointMeta;
};

/** Half the side of the box read around the point for coverage, degrees (about 10 m). */
const PICK_DEG = 0.0001;
/** Metres per degree, at most (latitude; longitude times cos φ): a box of r metres this way holds the r circle. */
const MIN_M_PER_DEG = 110_000;
/** The first box's half side for the nearest sites, metres, its growth, and the last one (the whole city). */
const FIRST_REACH_M = 2000;
const REACH_GROWTH = 4;
const LAST_REACH_M = 128_000;

/** The box `[w, s, e, n]` degrees holding the circle of `m` metres around `[lng, lat]`. */
export function boxAround([lng, lat]: Readonly<LngLat>, m: number): [number, number, number, number] {
  const dy = m / MIN_M_PER_DEG;
  const dx = m / (MIN_M_PER_DEG * Math.cos((lat * Math.PI) / 180));
  return [lng - dx, lat - dy, lng + dx, lat + dy];
}

const pointOf = (f: Feature): [number, number] => (f.geometry as Point).coordinates as [number, number];

/** Whether each operator covers the point at `level`, per technology (the level's operator file). */
async function operatorsAt(url: string, lngLat: Readonly<LngLat>, read: BoxReader) {
  const [lng, lat] = lngLat;
  const fc = await read(url, [lng - PICK_DEG, lat - PICK_DEG, lng + PICK_DEG, lat + PICK_DEG]);
  const out = Object.fromEntries(
    TECHNOLOGIES.map((t) => [t, Object.fromEntries(OPERATORS.map((op) => [op, false]))]),
  ) as Record<Technology, Record<Operator, boolean>>;
  for (const f of fc.features as Feature[]) {
    const g = f.geometry;
    const { op, tech } = (f.properties ?? {}) as { op: Operator; tech: Technology };
    if ((g?.type === 'Polygon' || g?.type === 'MultiPolygon') && out[tech]?.[op] === false && polygonHolds(g, lngLat))
      out[tech][op] = true;
  }
  return out;
}

/** Nearest first, ties by id (code-point order), as the planner's lookup. */
const byDistance = (a: PublicNearSite, b: PublicNearSite) =>
  a.distanceM - b.distanceM || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The nearest sites, reading growing boxes until every answer lies within the box's circle. */
async function nearestAt(url: string, lngLat: Readonly<LngLat>, read: BoxReader) {
  for (let reach = FIRST_REACH_M; ; reach *= REACH_GROWTH) {
    const fc = await read(url, boxAround(lngLat, reach));
    const sites = (fc.features as Feature[])
      .map((f): PublicNearSite => {
        const p = f.properties ?? {};
        return {
          id: String(p.id),
          operator: p.op as Operator,
          technologies: String(p.tech).split(',') as Technology[],
          distanceM: ellipsoidDistanceM(lngLat as [number, number], pointOf(f)),
        };
      })
      .sort(byDistance);
    const nearest = sites.slice(0, 3);
    const nearest5g = Object.fromEntries(
      OPERATORS.map((op) => [op, sites.find((s) => s.operator === op && s.technologies.includes('5G')) ?? null]),
    ) as Record<Operator, PublicNearSite | null>;
    const within = (s: PublicNearSite | null) => s !== null && s.distanceM <= reach;
    if (reach >= LAST_REACH_M || (nearest.length === 3 && [...nearest, ...Object.values(nearest5g)].every(within)))
      return { nearest, nearest5g };
  }
}

/** The speed records within the radius, per technology: tests counted and mean download from `minTests` tests. */
async function speedsAt(url: string, lngLat: Readonly<LngLat>, meta: PointMeta, read: BoxReader) {
  const fc = await read(url, boxAround(lngLat, meta.radiusM * 1.01));
  const sums = { '4G': { tests: 0, down: 0 }, '5G': { tests: 0, down: 0 } };
  for (const f of fc.features as Feature[]) {
    const p = (f.properties ?? {}) as { tech: Technology; down: number; tests: number };
    const s = sums[p.tech];
    if (!s || ellipsoidDistanceM(lngLat as [number, number], pointOf(f)) > meta.radiusM) continue;
    s.tests += p.tests;
    s.down += p.tests * p.down;
  }
  const speed = ({ tests, down }: { tests: number; down: number }): PublicSpeed => ({
    count: tests,
    meanMbps: tests >= meta.minTests ? down / tests : null,
  });
  return { '4G': speed(sums['4G']), '5G': speed(sums['5G']) };
}

/** Reads the point files' meta (`point-meta.json`); rejects naming the file. */
export async function readPointMeta(dataUrl: string, fetchFn: typeof fetch = fetch): Promise<PointMeta> {
  const r = await fetchFn(new URL(POINT_META_FILE, dataUrl).href);
  if (!r.ok) throw new Error(`${POINT_META_FILE}: HTTP ${r.status}`);
  return (await r.json()) as PointMeta;
}

/**
 * The answer at `lngLat` (`[lng, lat]` degrees) from the data folder `dataUrl` (ends with `/`), with the meta
 * already read; rejects when a file cannot be read.
 */
export async function publicPointDetails(
  dataUrl: string,
  lngLat: Readonly<LngLat>,
  meta: PointMeta,
  read: BoxReader,
): Promise<PublicPointDetails> {
  const url = (file: string) => new URL(file, dataUrl).href;
  const [levels, near, speeds] = await Promise.all([
    Promise.all(COVERAGE_LEVELS.map((l) => operatorsAt(url(operatorCoverageFile(l)), lngLat, read))),
    nearestAt(url(POINT_SITES_FILE), lngLat, read),
    speedsAt(url(POINT_SPEEDS_FILE), lngLat, meta, read),
  ]);
  const covered = Object.fromEntries(
    TECHNOLOGIES.map((t) => [t, Object.fromEntries(COVERAGE_LEVELS.map((l, i) => [l, levels[i]![t]]))]),
  ) as PublicPointDetails['covered'];
  return { covered, ...near, speeds, meta };
}
