/**
 * Whether an engine footprint (engine/footprints.ts) holds a point of the equal-area plane, by the non-zero
 * winding rule the engine's unions use (clipper2's `FillRule.NonZero`), for the point lookup (point-lookup.ts).
 * Integer plane units (`PLANE_UNITS_PER_M` per metre) throughout.
 */
import type { Footprint } from './engine/footprints.js';

/** Whether a footprint holds plane point (x, y) (plane units) by the non-zero winding rule. */
export function footprintContains(f: Footprint, x: number, y: number): boolean {
  if (x < f.box[0] || x > f.box[2] || y < f.box[1] || y > f.box[3]) return false;
  if (f.fixed !== null) {
    let winding = 0;
    for (const path of f.fixed) winding += windingNumber(path, x, y, 0, 0);
    return winding !== 0;
  }
  return windingNumber(f.outline, x, y, f.x, f.y) !== 0;
}

type Vertex = { x: number; y: number } | readonly [number, number];
const vx = (v: Vertex): number => ('x' in v ? v.x : v[0]);
const vy = (v: Vertex): number => ('y' in v ? v.y : v[1]);

/**
 * The winding number of a closed path (vertices offset by (ox, oy)) around (x, y): D. Sunday's crossing test,
 * "Inclusion of a Point in a Polygon" (2001). Integer plane units: every product stays below 2^53, so it is exact.
 */
function windingNumber(path: readonly Vertex[], x: number, y: number, ox: number, oy: number): number {
  let w = 0;
  const n = path.length;
  for (let i = 0; i < n; i++) {
    const a = path[i]!;
    const b = path[(i + 1) % n]!;
    const ax = vx(a) + ox,
      ay = vy(a) + oy,
      bx = vx(b) + ox,
      by = vy(b) + oy;
    const side = (bx - ax) * (y - ay) - (x - ax) * (by - ay);
    if (ay <= y) {
      if (by > y && side > 0) w++;
    } else if (by <= y && side < 0) w--;
  }
  return w;
}
