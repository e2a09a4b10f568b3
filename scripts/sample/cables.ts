/**
 * Sample underground-cable programme on the real OSM road lines. No programme list is public, so the
 * membership and the order of works are modelled (documented in CALIBRATION.md):
 * - a road is in the programme with a probability by `highway` class, falling off beyond 8 km from the
 *   centre (the programme targets the inner districts' overhead cables; motorways carry few of them);
 * - roads in the programme are ranked by distance from the centre (Hoàn Kiếm lake) scaled by class, with
 *   a lognormal jitter, so trunk and primary roads near the centre come first;
 * - the first `cableDoneShare` of the programme's length is `done`, the next `cablePlanned2025Share` is
 *   `planned-2025`, the rest `planned-2026-2030`; done dates run from 2016 to `asOf` in rank order.
 */
import type { Feature, LineString, Position } from 'geojson';
import type { CableSegmentProps, CableStatus } from '../../src/domain/telecom.js';
import { HANOI_CENTER } from '../../src/domain/geo.js';
import { lineLengthM } from '../../src/analysis/geodesy.js';
import { localDistanceM, round1 } from './context.js';
import type { PolygonIndex } from './polygon-index.js';
import type { Rng } from './random.js';
import { dayToIso, isoToDay } from './timeline.js';
import type { SampleInput, SampleOptions } from './types.js';

/** Probability that a road of a class is in the programme within 8 km of the centre (fraction 0–1). */
const PROGRAMME_PROBABILITY: Readonly<Record<string, number>> = {
  trunk: 0.85,
  primary: 0.85,
  secondary: 0.75,
  tertiary: 0.6,
  motorway: 0.1,
};
/** For any other `highway` class. */
const OTHER_PROGRAMME_PROBABILITY = 0.4;
/** Distance from the centre within which membership does not fall off, km. */
const CORE_RADIUS_KM = 8;
/** Distance over which membership falls from full to its floor beyond the core, km. */
const FALLOFF_KM = 25;
const MIN_DISTANCE_FACTOR = 0.2;
/** Rank scale by class: < 1 comes earlier (fraction of the distance). */
const CLASS_RANK_FACTOR: Readonly<Record<string, number>> = {
  trunk: 0.7,
  primary: 0.75,
  secondary: 1,
  tertiary: 1.3,
  motorway: 1.5,
};
/** Log-sd of the rank jitter. */
const RANK_JITTER_SIGMA = 0.35;
/** The city's underground-cable works began in earnest in 2016. */
const DONE_FROM = '2016-01-01';

/** What `generateCables` needs. */
export type CableContext = {
  roads: SampleInput['roads'];
  city: PolygonIndex;
  options: SampleOptions;
  rng: Rng;
};

/** True when the first, middle and last vertices are inside the city (the city's programme only). */
function insideCity(coords: readonly Position[], city: PolygonIndex): boolean {
  const picks = [coords[0], coords[Math.floor(coords.length / 2)], coords[coords.length - 1]];
  return picks.every((p) => p !== undefined && city.contains(p[0]!, p[1]!));
}

type Candidate = { road: number; coords: Position[]; highway: string; lengthM: number; score: number };

/** Generates the programme's street segments, ids `C-000001` in road order, all `sample: true`. */
export function generateCables(ctx: CableContext): Feature<LineString, CableSegmentProps>[] {
  const { roads, city, options, rng } = ctx;
  const candidates: Candidate[] = [];
  roads.forEach((road, i) => {
    const coords = road.coordinates;
    // Draw for every road, even a skipped one, so that one road's fate never shifts the others' draws.
    const uIn = rng.next();
    const jitter = rng.lognormal(1, RANK_JITTER_SIGMA);
    if (coords.length < 2 || !insideCity(coords, city)) return;
    const mid = coords[Math.floor(coords.length / 2)]!;
    const dKm = localDistanceM(mid[0]!, mid[1]!, HANOI_CENTER[0], HANOI_CENTER[1]) / 1000;
    const falloff = Math.max(MIN_DISTANCE_FACTOR, 1 - Math.max(0, dKm - CORE_RADIUS_KM) / FALLOFF_KM);
    if (uIn >= (PROGRAMME_PROBABILITY[road.highway] ?? OTHER_PROGRAMME_PROBABILITY) * falloff) return;
    const score = dKm * (CLASS_RANK_FACTOR[road.highway] ?? 1) * jitter;
    candidates.push({ road: i, coords, highway: road.highway, lengthM: lineLengthM(coords), score });
  });

  const ranked = [...candidates].sort((a, b) => a.score - b.score || a.road - b.road);
  const totalM = ranked.reduce((s, c) => s + c.lengthM, 0);
  const status = new Map<number, CableStatus>();
  const doneRank = new Map<number, number>();
  let acc = 0;
  for (const c of ranked) {
    // A segment takes the status of the programme share its midpoint (by cumulative length) falls in.
    const at = (acc + c.lengthM / 2) / (totalM || 1);
    acc += c.lengthM;
    const s: CableStatus =
      at < options.cableDoneShare
        ? 'done'
        : at < options.cableDoneShare + options.cablePlanned2025Share
          ? 'planned-2025'
          : 'planned-2026-2030';
    status.set(c.road, s);
    if (s === 'done') doneRank.set(c.road, doneRank.size);
  }

  const from = isoToDay(DONE_FROM);
  const to = isoToDay(options.asOf);
  const nDone = doneRank.size;
  return candidates.map((c, k) => {
    const rank = doneRank.get(c.road);
    const u = rng.next();
    // Done dates run from DONE_FROM to asOf in rank order: the most central segments were done first.
    const day = to <= from ? to : Math.min(to, from + Math.floor((((rank ?? 0) + u) / nDone) * (to - from + 1)));
    const doneDate = rank === undefined ? null : dayToIso(day);
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: c.coords.map((p) => [...p]) },
      properties: {
        id: `C-${String(k + 1).padStart(6, '0')}`,
        status: status.get(c.road) ?? 'planned-2026-2030',
        highway: c.highway,
        lengthM: round1(c.lengthM),
        doneDate,
        sample: true,
      },
    };
  });
}
