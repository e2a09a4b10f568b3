/**
 * Sample base-station positions: sites allocated to the 2019 wards by population and area, placed
 * uniformly inside each ward (and the city), a share co-located with another operator's site, and a share
 * near the priority zones. Attributes (5G, bands, heights, dates, ids) are in `site-attributes.ts`.
 */
import type { Site } from '../../src/domain/telecom.js';
import { OPERATORS, type Operator } from '../../src/domain/telecom.js';
import { destination } from '../../src/analysis/geodesy.js';
import { isNearZone, round6, wardAt } from './context.js';
import type { PreparedWard, SampleOptions, SampleZone, SiteDraft } from './types.js';
import { createPolygonIndex, samplePointInside, type PolygonIndex } from './polygon-index.js';
import type { Rng } from './random.js';
import { finishSites } from './site-attributes.js';

/** What `generateSites` needs. */
export type SiteContext = {
  wards: readonly PreparedWard[];
  city: PolygonIndex;
  zones: readonly SampleZone[];
  options: SampleOptions;
  rng: Rng;
};

/**
 * Rate at which a site joins an existing position, per unit of the target shared share. A join makes one or
 * two sites "shared", and wards with few sites cannot always join; 0.6 gives the target within a point
 * (measured at 2,000–100,000 sites).
 */
const JOIN_RATE_PER_SHARED_SHARE = 0.6;
/** How many positions in a ward a site tries before it gives up joining one and gets its own. */
const JOIN_TRIES = 4;
/** Margin around a ward's bbox for the fallback draw when the ward does not overlap the city, degrees. */
const FALLBACK_MARGIN_DEG = 0.02;

/**
 * Splits `total` into whole counts ∝ `weights` with at least `floor` each (Hamilton's largest-remainder
 * method; ties go to the lower index). The counts sum to `total` exactly.
 */
export function allocate(weights: readonly number[], total: number, floor: number): number[] {
  const n = weights.length;
  const base = n * floor <= total ? floor : 0;
  const rest = total - n * base;
  const sum = weights.reduce((s, w) => s + w, 0);
  const quotas = weights.map((w) => (sum > 0 ? (rest * w) / sum : rest / Math.max(1, n)));
  const counts = quotas.map((q) => base + Math.floor(q));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && n > 0; k = (k + 1) % n, left--) counts[order[k]!.i]! += 1;
  return counts;
}

/** A rectangle as a `PolygonIndex`. */
function boxIndex(x0: number, y0: number, x1: number, y1: number): PolygonIndex {
  return createPolygonIndex({
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  });
}

type Position = { lng: number; lat: number; operators: Operator[] };

/** Places `count` sites in one ward; a share joins an existing position of another operator. */
function placeInWard(ward: PreparedWard, count: number, ctx: SiteContext, out: SiteDraft[]): void {
  const { rng, city, options } = ctx;
  const joinRate = options.sharedSiteShare * JOIN_RATE_PER_SHARED_SHARE;
  const positions: Position[] = [];
  let fallback: PolygonIndex | null = null;
  for (let k = 0; k < count; k++) {
    const operator = rng.weighted(
      OPERATORS,
      OPERATORS.map((op) => options.operatorShares[op]),
    );
    let pos: Position | null = null;
    if (positions.length > 0 && rng.chance(joinRate)) {
      for (let t = 0; t < JOIN_TRIES && !pos; t++) {
        const cand = positions[rng.int(0, positions.length)]!;
        if (!cand.operators.includes(operator)) pos = cand;
      }
    }
    if (!pos) {
      let p = samplePointInside(rng, [ward.index, city]);
      if (!p) {
        const [x0, y0, x1, y1] = ward.index.bbox;
        const m = FALLBACK_MARGIN_DEG;
        fallback ??= boxIndex(x0 - m, y0 - m, x1 + m, y1 + m);
        p = samplePointInside(rng, [fallback, city]) ?? samplePointInside(rng, [city]);
      }
      if (!p) continue;
      pos = { lng: p[0], lat: p[1], operators: [] };
      positions.push(pos);
    }
    pos.operators.push(operator);
    const nearZone = isNearZone(ctx.zones, pos.lng, pos.lat, options.zoneNearM);
    out.push({ operator, lng: pos.lng, lat: pos.lat, ward, nearZone });
  }
}

/** Places `count` sites within `zoneNearM` of the zones' centres, zone by zone in turn. */
function placeNearZones(count: number, ctx: SiteContext, out: SiteDraft[]): void {
  const { rng, city, zones, options, wards } = ctx;
  for (let k = 0; k < count; k++) {
    const zone = zones[k % zones.length]!;
    const operator = rng.weighted(
      OPERATORS,
      OPERATORS.map((op) => options.operatorShares[op]),
    );
    let lng = zone.lng;
    let lat = zone.lat;
    for (let t = 0; t < 50; t++) {
      const [x, y] = destination([zone.lng, zone.lat], rng.uniform(0, 360), options.zoneNearM * Math.sqrt(rng.next()));
      if (city.contains(round6(x), round6(y))) {
        lng = round6(x);
        lat = round6(y);
        break;
      }
    }
    out.push({ operator, lng, lat, ward: wardAt(wards, lng, lat), nearZone: true });
  }
}

/**
 * Generates `options.sites` sample sites: `zoneSiteShare` of them near the priority zones, the rest in the
 * wards ∝ population^α · area^β with at least one per ward (when there are enough sites).
 */
export function generateSites(ctx: SiteContext): Site[] {
  const { options, wards, zones } = ctx;
  const total = options.sites;
  const nZone = zones.length > 0 ? Math.round(total * options.zoneSiteShare) : 0;
  const populated = wards.filter((w) => w.population > 0 && w.areaKm2 > 0);
  const weights = populated.map((w) => w.population ** options.populationExponent * w.areaKm2 ** options.areaExponent);
  const counts = allocate(weights, total - nZone, 1);
  const drafts: SiteDraft[] = [];
  populated.forEach((w, i) => placeInWard(w, counts[i]!, ctx, drafts));
  placeNearZones(nZone, ctx, drafts);
  return finishSites(drafts, options, ctx.rng.fork('attributes'));
}
