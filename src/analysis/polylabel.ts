/**
 * The pole of inaccessibility of a polygon: the point inside it farthest from its edges, where one label reads
 * best. The algorithm is Mapbox's polylabel (V. Agafonkin, 2016, ISC licence, github.com/mapbox/polylabel): cover
 * the bounding box with square cells, and refine the cells whose best possible distance can still beat the best
 * point found, best-first, until no cell can improve on it by more than `precision`.
 *
 * Pure: coordinates in, coordinates out. Distances are planar in the coordinates given; for `[lng, lat]` degrees
 * {@link poleOfInaccessibility} stretches longitudes by cos(latitude) first, so that "far from the edges" means
 * the same north–south as east–west (an equirectangular projection about the polygon's mid-latitude).
 */
import type { Position } from 'geojson';
import { BinaryHeap } from './binary-heap.js';

/**
 * Precision of {@link poleOfInaccessibility} by default, degrees of latitude (about 55 m): a label's point needs
 * no finer (55 m are 2 pixels at zoom 12), and the 126 units' 132,000 vertices take about 0.1 s at this precision
 * against 0.3–0.9 s at 0.0001° on a busy 2-core machine.
 */
export const DEFAULT_POLE_PRECISION_DEG = 0.0005;

/**
 * Vertices closer than this many times the precision are thinned out before the search: the pole moves by less
 * than the precision would allow for an outline that wiggles by a few tens of metres, and a district's 2,000
 * vertices become about 150.
 */
export const THIN_PER_PRECISION = 2;

/** Most cells refined for one polygon: a cap so that a degenerate ring cannot run long (a few ms at most). */
export const MAX_POLE_CELLS = 20_000;

/** A found pole: `[x, y]` in the polygon's coordinates and its distance to the nearest edge, same units. */
export type Pole = { point: [number, number]; distance: number };

type Cell = { x: number; y: number; h: number; d: number; max: number };

/** Squared distance from point (px, py) to segment a–b. */
function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
  let [x, y] = [a[0]!, a[1]!];
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [b[0]!, b[1]!];
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Signed distance from a point to the polygon's outline: positive inside (even–odd over all rings), negative outside. */
export function signedDistance(x: number, y: number, rings: readonly (readonly Position[])[]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
    }
  }
  return minSq === Infinity ? -Infinity : (inside ? 1 : -1) * Math.sqrt(minSq);
}

function cell(x: number, y: number, h: number, rings: readonly (readonly Position[])[]): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** The area-weighted centroid of the outer ring (a good first guess for convex shapes), or its first vertex. */
function centroidCell(rings: readonly (readonly Position[])[]): Cell {
  const ring = rings[0]!;
  let [area, x, y] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const f = a[0]! * b[1]! - b[0]! * a[1]!;
    x += (a[0]! + b[0]!) * f;
    y += (a[1]! + b[1]!) * f;
    area += f * 3;
  }
  const c = area === 0 ? ring[0]! : [x / area, y / area];
  return cell(c[0]!, c[1]!, 0, rings);
}

/**
 * The pole of inaccessibility of planar `rings` (outer ring first, then holes; closed or not), to `precision` in
 * the rings' units. Null for a polygon without a ring of three vertices or without area.
 */
export function planarPole(rings: readonly (readonly Position[])[], precision: number): Pole | null {
  const outer = rings[0];
  if (!outer || outer.length < 3) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of outer) {
    minX = Math.min(minX, p[0]!);
    minY = Math.min(minY, p[1]!);
    maxX = Math.max(maxX, p[0]!);
    maxY = Math.max(maxY, p[1]!);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  if (!(size > 0)) return null;
  const queue = new BinaryHeap<Cell>((a, b) => a.max > b.max);
  const h0 = size / 2;
  for (let x = minX; x < maxX; x += size)
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + h0, y + h0, h0, rings));
  let best = centroidCell(rings);
  const boxCentre = cell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0, rings);
  if (boxCentre.d > best.d) best = boxCentre;
  for (let n = 0; queue.size > 0 && n < MAX_POLE_CELLS; n++) {
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    // Skip a cell that cannot hold a point better than the best by more than the precision.
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h, rings));
    queue.push(cell(c.x + h, c.y - h, h, rings));
    queue.push(cell(c.x - h, c.y + h, h, rings));
    queue.push(cell(c.x + h, c.y + h, h, rings));
  }
  return best.d > 0 ? { point: [best.x, best.y], distance: best.d } : null;
}

/**
 * `ring` without the vertices closer than `tolerance` to the last one kept (radial-distance simplification, as in
 * simplify-js by V. Agafonkin); the first and last vertices stay. Labels need no detail finer than their
 * precision, and the search costs time in proportion to the vertices.
 */
export function thinRing(ring: readonly Position[], tolerance: number): Position[] {
  if (ring.length <= 4 || !(tolerance > 0)) return [...ring];
  const sq = tolerance * tolerance;
  const out: Position[] = [ring[0]!];
  let last = ring[0]!;
  for (let i = 1; i < ring.length - 1; i++) {
    const p = ring[i]!;
    const dx = p[0]! - last[0]!;
    const dy = p[1]! - last[1]!;
    if (dx * dx + dy * dy >= sq) {
      out.push(p);
      last = p;
    }
  }
  out.push(ring[ring.length - 1]!);
  return out.length >= 4 ? out : [...ring];
}

/**
 * The pole of inaccessibility of a polygon in `[lng, lat]` degrees, as `[lng, lat]` degrees, to `precision`
 * degrees of latitude; `distance` is in degrees of latitude too (× 110.7 km at 21° N for kilometres). Longitudes
 * are scaled by cos(mid-latitude) for the search, and vertices closer than `precision` thinned out, so the answer is the pole on an equirectangular projection, close
 * to the true one for a city-sized polygon. Null for a polygon without area.
 */
export function poleOfInaccessibility(
  rings: readonly (readonly Position[])[],
  precision = DEFAULT_POLE_PRECISION_DEG,
): Pole | null {
  const outer = rings[0];
  if (!outer || outer.length === 0) return null;
  let [minLat, maxLat] = [Infinity, -Infinity];
  for (const p of outer) [minLat, maxLat] = [Math.min(minLat, p[1]!), Math.max(maxLat, p[1]!)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scaled = rings.map((ring) =>
    thinRing(
      ring.map((p): Position => [p[0]! * k, p[1]!]),
      precision * THIN_PER_PRECISION,
    ),
  );
  const pole = planarPole(scaled, precision);
  return pole && { point: [pole.point[0] / k, pole.point[1]], distance: pole.distance };
}
