/**
 * Sample speed measurements, per 2019 ward: 4G tests anywhere in the ward, 5G tests where a 5G site is
 * within reach. Download speeds are lognormal (the usual fit for throughput samples, e.g. Ookla's and
 * M-Lab's published distributions are right-skewed with a long tail):
 * - 4G: median from 36 Mbit/s (rural) to 58 Mbit/s (dense core) by the ward's urbanity, an operator factor
 *   and a per-ward effect, so some rural wards miss the plan's 40 Mbit/s;
 * - 5G: falls off with distance from the serving site, then each operator's sample mean is scaled to the
 *   VNNIC April 2025 figure (Viettel 364, MobiFone 170, VNPT 159 Mbit/s), so some wards at the edge of
 *   5G coverage miss the plan's 100 Mbit/s.
 * Test dates fall within the 365 days up to `asOf`, and never before the serving 5G site went on air.
 */
import type { Feature, Point } from 'geojson';
import { OPERATORS, type Operator, type Site } from '../../src/domain/telecom.js';
import { localDistanceM, round1 } from './context.js';
import { FIVE_G_DOWNLOAD_MBPS_2025_04 } from './figures.js';
import { samplePointInside, type PolygonIndex } from './polygon-index.js';
import type { Rng } from './random.js';
import { isoToDay, uniformDate } from './timeline.js';
import type { PreparedWard, SampleOptions, SampleSpeedTestProps } from './types.js';

/** 4G median download in the most rural and the densest wards, Mbit/s. */
const FOUR_G_RURAL_MEDIAN_MBPS = 36;
const FOUR_G_CORE_MEDIAN_MBPS = 58;
/** 4G operator factors (assumption; no per-operator 4G figure is public for Hà Nội). */
const FOUR_G_OPERATOR_FACTOR: Readonly<Record<Operator, number>> = {
  viettel: 1.1,
  vnpt: 1,
  mobifone: 0.95,
  vietnamobile: 0.75,
};
/** Log-sd of one 4G test around its ward's median, and of the ward's median around the model. */
const FOUR_G_TEST_SIGMA = 0.5;
const WARD_EFFECT_SIGMA = 0.15;
/** A 5G test needs a 5G site within this distance, metres (n78 macro cell edge in a city). */
const FIVE_G_REACH_M = 1000;
/** 5G throughput falls by e^-k from the site to the edge of reach. */
const FIVE_G_DISTANCE_DECAY = 1.6;
const FIVE_G_TEST_SIGMA = 0.45;
/** 5G tries this many points per wanted test before giving up on a ward with little 5G. */
const FIVE_G_TRIES_PER_TEST = 4;
/** Grid cell of the 5G site index, degrees (≥ 1 km in both axes at 21° N). */
const GRID_DEG = 0.01;
/** Tests fall within this many days up to `asOf` (12 months). */
const WINDOW_DAYS = 364;

/** What `generateSpeedTests` needs. */
export type SpeedTestContext = {
  wards: readonly PreparedWard[];
  city: PolygonIndex;
  sites: readonly Site[];
  options: SampleOptions;
  rng: Rng;
};

type Draft = {
  ward: PreparedWard;
  lng: number;
  lat: number;
  tech: '4G' | '5G';
  operator: Operator;
  mbps: number;
  date: string;
};

/** A lookup of the nearest 5G site within `FIVE_G_REACH_M`. */
function create5gLookup(sites: readonly Site[]): (lng: number, lat: number) => { site: Site; distM: number } | null {
  const cells = new Map<string, Site[]>();
  for (const s of sites) {
    if (!s.onAir5g) continue;
    const key = `${Math.floor(s.lng / GRID_DEG)}:${Math.floor(s.lat / GRID_DEG)}`;
    const list = cells.get(key);
    if (list) list.push(s);
    else cells.set(key, [s]);
  }
  return (lng, lat) => {
    const cx = Math.floor(lng / GRID_DEG);
    const cy = Math.floor(lat / GRID_DEG);
    let best: { site: Site; distM: number } | null = null;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const site of cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const distM = localDistanceM(lng, lat, site.lng, site.lat);
          if (distM <= FIVE_G_REACH_M && (!best || distM < best.distM)) best = { site, distM };
        }
      }
    }
    return best;
  };
}

/** Generates the speed tests, ids `T-000001` in ward-code order, all `sample: true`. */
export function generateSpeedTests(ctx: SpeedTestContext): Feature<Point, SampleSpeedTestProps>[] {
  const { wards, city, sites, options, rng } = ctx;
  const nearest5g = create5gLookup(sites);
  const asOf = isoToDay(options.asOf);
  const from = asOf - WINDOW_DAYS;
  const shares = OPERATORS.map((op) => options.operatorShares[op]);
  // One stream per technology, so the number of 5G tests never changes the 4G ones.
  const rng4 = rng.fork('4g');
  const rng5 = rng.fork('5g');
  const drafts: Draft[] = [];
  for (const ward of wards) {
    const median4g =
      (FOUR_G_RURAL_MEDIAN_MBPS + (FOUR_G_CORE_MEDIAN_MBPS - FOUR_G_RURAL_MEDIAN_MBPS) * ward.urbanity) *
      rng4.lognormal(1, WARD_EFFECT_SIGMA);
    for (let k = 0; k < options.speedTestsPerWard; k++) {
      const p = samplePointInside(rng4, [ward.index, city]);
      if (!p) break;
      const operator = rng4.weighted(OPERATORS, shares);
      const mbps = rng4.lognormal(median4g * FOUR_G_OPERATOR_FACTOR[operator], FOUR_G_TEST_SIGMA);
      drafts.push({ ward, lng: p[0], lat: p[1], tech: '4G', operator, mbps, date: uniformDate(rng4, from, asOf) });
    }
    let made = 0;
    for (
      let t = 0;
      t < options.speedTests5gPerWard * FIVE_G_TRIES_PER_TEST && made < options.speedTests5gPerWard;
      t++
    ) {
      const p = samplePointInside(rng5, [ward.index, city]);
      if (!p) break;
      const hit = nearest5g(p[0], p[1]);
      if (!hit) continue;
      made++;
      const decay = Math.exp((-FIVE_G_DISTANCE_DECAY * hit.distM) / FIVE_G_REACH_M);
      const mbps = decay * rng5.lognormal(1, FIVE_G_TEST_SIGMA);
      const date = uniformDate(rng5, Math.max(from, isoToDay(hit.site.onAir5g ?? options.asOf)), asOf);
      drafts.push({ ward, lng: p[0], lat: p[1], tech: '5G', operator: hit.site.operator, mbps, date });
    }
  }

  // Scale each operator's 5G sample so that its mean is the VNNIC figure.
  const scale = new Map<Operator, number>();
  for (const op of OPERATORS) {
    const target = (FIVE_G_DOWNLOAD_MBPS_2025_04 as Partial<Record<Operator, number>>)[op];
    const own = drafts.filter((d) => d.tech === '5G' && d.operator === op);
    const mean = own.reduce((s, d) => s + d.mbps, 0) / (own.length || 1);
    scale.set(op, target !== undefined && mean > 0 ? target / mean : 1);
  }

  return drafts.map((d, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [d.lng, d.lat] },
    properties: {
      id: `T-${String(i + 1).padStart(6, '0')}`,
      tech: d.tech,
      operator: d.operator,
      downMbps: Math.max(0.1, round1(d.tech === '5G' ? d.mbps * (scale.get(d.operator) ?? 1) : d.mbps)),
      upMbps: null,
      latencyMs: null,
      date: d.date,
      tests: 1,
      kind: 'test',
      sample: true,
      wardCode: d.ward.code,
      districtCode: d.ward.districtCode,
    },
  }));
}
