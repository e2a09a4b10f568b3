/**
 * The geometry of the public map's build-time first view: Web Mercator as MapLibre projects it, framed like the
 * map's first view (`HANOI_FIT_BOUNDS` fitted into the map's box), rings simplified to screen resolution and
 * written as compact SVG path data with integer coordinates. Pure: runs at build time in Node and in tests.
 */
import type { Geometry, Position } from 'geojson';

/**
 * Height of the first view's SVG `viewBox`, user units. The map's box on a 1280 × 800 page is about 720 px high,
 * so one user unit is about half a pixel there: integer coordinates stay within 0.25 px of the true position.
 */
export const FIRST_VIEW_HEIGHT = 1440;

/**
 * Douglas–Peucker tolerance, user units (1 unit ≈ 0.5 px at the default size): no vertex dropped lies more than
 * half a pixel from the drawn line there.
 */
export const FIRST_VIEW_TOLERANCE = 1;

/** A frame: the `viewBox` size (user units) and the projection of `[lng, lat]` degrees into it (y down). */
export type FirstViewFrame = { width: number; height: number; project: (p: Position) => [number, number] };

/** Web Mercator of `[lng, lat]` degrees as MapLibre's `MercatorCoordinate`: x, y in 0–1 from the north-west. */
export function mercator(p: Position): [number, number] {
  const lng = p[0]!;
  const lat = Math.max(-85.051129, Math.min(85.051129, p[1]!));
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  return [(lng + 180) / 360, y];
}

/**
 * The frame whose `viewBox` is exactly `bounds` (`[[west, south], [east, north]]` degrees) in Web Mercator,
 * `height` user units high. Drawn with `preserveAspectRatio="xMidYMid meet"` in the map's box less the
 * `fitBounds` padding, it matches MapLibre's `bounds` start view: same centre, same scale.
 */
export function frameOf(bounds: [[number, number], [number, number]], height = FIRST_VIEW_HEIGHT): FirstViewFrame {
  const [x0, y0] = mercator([bounds[0][0], bounds[1][1]]);
  const [x1, y1] = mercator([bounds[1][0], bounds[0][1]]);
  const k = height / (y1 - y0);
  return { width: (x1 - x0) * k, height, project: (p) => mercatorIn(p, x0, y0, k) };
}

function mercatorIn(p: Position, x0: number, y0: number, k: number): [number, number] {
  const [x, y] = mercator(p);
  return [(x - x0) * k, (y - y0) * k];
}

/** Squared distance of `p` from the segment `a`–`b` (a point when `a` = `b`), user units². */
function segmentDistance2(p: number[], a: number[], b: number[]): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2));
  const ex = p[0]! - (a[0]! + t * dx);
  const ey = p[1]! - (a[1]! + t * dy);
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker (Douglas & Peucker 1973) on projected points: keeps the first and last point and every point
 * farther than `tolerance` from the simplified line. Iterative, so a long ring cannot overflow the stack.
 */
export function simplifyLine(points: readonly number[][], tolerance: number): number[][] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstD = tol2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > worstD) [worst, worstD] = [i, d];
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([first, worst], [worst, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** `n` as the shortest path-data token after the previous one (a minus sign separates by itself). */
const token = (n: number, first: boolean): string => (first || n < 0 ? String(n) : ` ${n}`);

/**
 * One ring as path data: projected, simplified, rounded to integer user units, relative `l` steps, closed with
 * `z`; `''` for a ring that collapses below three distinct points at this scale.
 */
export function ringPath(ring: readonly Position[], frame: FirstViewFrame, tolerance = FIRST_VIEW_TOLERANCE): string {
  const simplified = simplifyLine(
    ring.map((p) => frame.project(p)),
    tolerance,
  );
  const pts: [number, number][] = [];
  for (const p of simplified) {
    const q: [number, number] = [Math.round(p[0]!), Math.round(p[1]!)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  // The closing point repeats the first: `z` draws that edge.
  if (pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) pts.pop();
  if (pts.length < 3) return '';
  let d = `M${pts[0]![0]}${token(pts[0]![1], false)}l`;
  for (let i = 1; i < pts.length; i++) {
    const dx = pts[i]![0] - pts[i - 1]![0];
    const dy = pts[i]![1] - pts[i - 1]![1];
    d += token(dx, i === 1) + token(dy, false);
  }
  return `${d}z`;
}

/** Path data of a Polygon or MultiPolygon (holes included, for `fill-rule="evenodd"`); `''` for anything else. */
export function geometryPath(
  geometry: Geometry | null,
  frame: FirstViewFrame,
  tolerance = FIRST_VIEW_TOLERANCE,
): string {
  if (!geometry) return '';
  const polygons =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons
    .flat()
    .map((ring) => ringPath(ring, frame, tolerance))
    .join('');
}
