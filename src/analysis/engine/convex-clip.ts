/**
 * Clipping against a convex polygon (Sutherland–Hodgman), for the grid cells' pieces: linear in the
 * subject's vertices, with no boolean operation, and exact in area.
 */
import { Clipper, type Path64, type Paths64 } from 'clipper2-ts';
import { boxesOverlap, pathsBox, type PlaneBox } from '../planar.js';

type Pt = { x: number; y: number };

/** Twice the signed area of a path (the sign of its winding), in plane units². */
function signedArea2(path: Path64): number {
  let s = 0;
  for (let i = 0, n = path.length; i < n; i++) {
    const a = path[i]!;
    const b = path[(i + 1) % n]!;
    s += a.x * b.y - b.x * a.y;
  }
  return s;
}

/**
 * Sutherland & Hodgman (1974): `path` clipped to the convex polygon `clip` (either winding). The result's
 * signed area is the signed area of their intersection (a concave path may keep zero-width seams along the
 * clip's edges, which have no area). Cut points round to the integer grid.
 */
export function clipToConvex(path: Path64, clip: Path64): Path64 {
  const sign = signedArea2(clip) >= 0 ? 1 : -1;
  let pts = path;
  for (let e = 0, n = clip.length; e < n && pts.length > 0; e++) {
    const a = clip[e]!;
    const b = clip[(e + 1) % n]!;
    const side = (p: Pt) => sign * ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
    const out: Path64 = [];
    for (let i = 0, m = pts.length; i < m; i++) {
      const cur = pts[i]!;
      const prev = pts[(i + m - 1) % m]!;
      const sc = side(cur);
      const sp = side(prev);
      if (sc >= 0) {
        if (sp < 0) out.push(cut(prev, cur, sp, sc));
        out.push(cur);
      } else if (sp >= 0) out.push(cut(prev, cur, sp, sc));
    }
    pts = out;
  }
  return pts;
}

function cut(p: Pt, q: Pt, sp: number, sq: number): Pt {
  const t = sp / (sp - sq);
  return { x: Math.round(p.x + t * (q.x - p.x)), y: Math.round(p.y + t * (q.y - p.y)) };
}

/** Area, m², of the part of `paths` (a union: outer rings and holes) inside the convex polygon `clip`. */
export function areaInConvex(paths: Paths64, clip: Path64, clipBox: PlaneBox): number {
  let a = 0;
  for (const p of paths) {
    if (!boxesOverlap(pathsBox([p]), clipBox)) continue;
    const c = clipToConvex(p, clip);
    if (c.length >= 3) a += Clipper.area(c);
  }
  return a / 1e4;
}
