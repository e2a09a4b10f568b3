/**
 * The targets of Hà Nội's digital-infrastructure plan (2025, horizon 2030) as results:
 * - 5G in 100 % of the priority zones (2025);
 * - 5G for 99 % of the population (2030);
 * - average measured download ≥ 40 Mbit/s on 4G and ≥ 100 Mbit/s on 5G, per district and ward (2025);
 * - street cables moved underground, km done and planned, per area.
 */
import type { Feature, LineString, Point, Position } from 'geojson';
import type { CableStatus, SpeedTestProps, Technology } from '../domain/telecom.js';
import type { ZoneCategory, ZoneConfidence } from '../domain/zones.js';
import type { AreaResult, EngineLevel, OpSet } from './engine/types.js';
import { OP_SETS } from './engine/types.js';

export const PLAN_TARGETS = {
  zone5gPercent: { value: 100, year: 2025 },
  population5gPercent: { value: 99, year: 2030 },
  downloadMbps: { '4G': { value: 40, year: 2025 }, '5G': { value: 100, year: 2025 } },
} as const;

/** A priority zone's 5G coverage against the 100 % target. Percent 0–100. */
export type ZoneTarget = {
  id: string;
  name: string;
  category: ZoneCategory;
  confidence: ZoneConfidence;
  /** 5G covered share of the zone per operator set, percent. */
  percent5g: Record<OpSet, number>;
  target: number;
  /** Any operator reaches the target. A 0.01 pp tolerance absorbs centimetre rounding at zone edges. */
  pass: boolean;
};

export type ZoneMeta = { id: string; name: string; category: ZoneCategory; confidence: ZoneConfidence };

/** Zone targets, failing zones first (lowest 5G share first). */
export function zoneTargets(results: readonly AreaResult[], zones: readonly ZoneMeta[]): ZoneTarget[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return zones
    .map((z) => {
      const r = byId.get(z.id);
      const percent5g = Object.fromEntries(OP_SETS.map((op) => [op, r ? r.coverage['5G'][op].percent : 0])) as Record<OpSet, number>;
      const target = PLAN_TARGETS.zone5gPercent.value;
      return { ...z, percent5g, target, pass: percent5g.any >= target - 0.01 };
    })
    .sort((a, b) => Number(a.pass) - Number(b.pass) || a.percent5g.any - b.percent5g.any || a.id.localeCompare(b.id));
}

/** The city's 5G population share against 99 % (2030). */
export function populationTarget(city: AreaResult): { value: number; target: number; year: number; pass: boolean } {
  const value = city.coverage['5G'].any.popPercent;
  return { value, target: PLAN_TARGETS.population5gPercent.value, year: PLAN_TARGETS.population5gPercent.year, pass: value >= PLAN_TARGETS.population5gPercent.value };
}

/** Mean measured download of one technology in one area, Mbit/s, against its target. */
export type SpeedFigure = { meanMbps: number | null; count: number; target: number; pass: boolean | null };
export type AreaKey = `${Exclude<EngineLevel, 'city'>}|${string}`;
export type Locate = (lng: number, lat: number) => { level: Exclude<EngineLevel, 'city'>; id: string }[];

/** Average download per area and technology (arithmetic mean of the tests inside the area). */
export function speedByArea(tests: readonly Feature<Point, SpeedTestProps>[], locate: Locate): Map<AreaKey, Record<Technology, SpeedFigure>> {
  return speedByAreaKeys(tests, (t) => {
    const [lng, lat] = t.geometry.coordinates as Position;
    return locate(lng!, lat!).map((a): AreaKey => `${a.level}|${a.id}`);
  });
}

/**
 * `speedByArea` with each test's areas given as keys (`${level}|${id}`, in `locate` order), for callers that
 * keep them between calls; the sums run in the same order, so the figures are the same to the last bit.
 */
export function speedByAreaKeys(tests: readonly Feature<Point, SpeedTestProps>[], areasOf: (test: Feature<Point, SpeedTestProps>) => readonly AreaKey[]): Map<AreaKey, Record<Technology, SpeedFigure>> {
  const sums = new Map<AreaKey, Record<Technology, { sum: number; n: number }>>();
  for (const t of tests) {
    for (const key of areasOf(t)) {
      const s = sums.get(key) ?? (sums.set(key, { '4G': { sum: 0, n: 0 }, '5G': { sum: 0, n: 0 } }).get(key)!);
      s[t.properties.tech].sum += t.properties.downMbps;
      s[t.properties.tech].n += 1;
    }
  }
  const out = new Map<AreaKey, Record<Technology, SpeedFigure>>();
  for (const [key, s] of sums) {
    const fig = (tech: Technology): SpeedFigure => {
      const target = PLAN_TARGETS.downloadMbps[tech].value;
      const mean = s[tech].n > 0 ? s[tech].sum / s[tech].n : null;
      return { meanMbps: mean, count: s[tech].n, target, pass: mean === null ? null : mean >= target };
    };
    out.set(key, { '4G': fig('4G'), '5G': fig('5G') });
  }
  return out;
}

export type CableFigure = Record<CableStatus, number>;
export type LineLengths = (coords: readonly Position[]) => { level: Exclude<EngineLevel, 'city'>; id: string; lengthM: number }[];

/** Underground-cable length per area and status, km. */
export function cableByArea(cables: readonly Feature<LineString, { status: CableStatus }>[], lengths: LineLengths): Map<AreaKey, CableFigure> {
  return cableByAreaKeys(cables, (c) => lengths(c.geometry.coordinates).map((p) => ({ key: `${p.level}|${p.id}` as const, lengthM: p.lengthM })));
}

/** `cableByArea` with each segment's pieces given keyed (`${level}|${id}`, metres), summed in the same order. */
export function cableByAreaKeys(cables: readonly Feature<LineString, { status: CableStatus }>[], piecesOf: (cable: Feature<LineString, { status: CableStatus }>) => readonly { key: AreaKey; lengthM: number }[]): Map<AreaKey, CableFigure> {
  const out = new Map<AreaKey, CableFigure>();
  for (const c of cables) {
    for (const piece of piecesOf(c)) {
      const f = out.get(piece.key) ?? (out.set(piece.key, { done: 0, 'planned-2025': 0, 'planned-2026-2030': 0 }).get(piece.key)!);
      f[c.properties.status] += piece.lengthM / 1000;
    }
  }
  return out;
}
