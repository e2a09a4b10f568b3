/**
 * A path clipped to an axis-aligned box of the equal-area plane (integer plane units): the tile cut used both by
 * the static area index (areas into tile pieces) and by the per-tile footprint unions. A module of its own so
 * that neither of those imports the other for it.
 */
import type { Path64 } from 'clipper2-ts';
import type { PlaneBox } from '../planar.js';

type Pt = { x: number; y: number };

/** Sutherland & Hodgman (1974), "Reentrant polygon clipping": a path clipped to a box, in plane units. */
export function clipToBox(path: Path64, box: PlaneBox): Path64 {
  let pts = path;
  for (let edge = 0; edge < 4 && pts.length > 0; edge++) {
    const out: Path64 = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!;
      const prev = pts[(i + pts.length - 1) % pts.length]!;
      const cin = insideEdge(edge, box, cur);
      const pin = insideEdge(edge, box, prev);
      if (cin) {
        if (!pin) out.push(cutAt(edge, box, prev, cur));
        out.push(cur);
      } else if (pin) out.push(cutAt(edge, box, prev, cur));
    }
    pts = out;
  }
  return pts;
}

/** Inside the half-plane of one box side: 0 west, 1 east, 2 south, 3 north. */
function insideEdge(edge: number, box: PlaneBox, p: Pt): boolean {
  return edge === 0 ? p.x >= box[0] : edge === 1 ? p.x <= box[2] : edge === 2 ? p.y >= box[1] : p.y <= box[3];
}

/** Where segment a–b crosses a box side, rounded to the integer grid. */
function cutAt(edge: number, box: PlaneBox, a: Pt, b: Pt): Pt {
  if (edge < 2) {
    const x = edge === 0 ? box[0] : box[2];
    return { x, y: Math.round(a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y)) };
  }
  const y = edge === 2 ? box[1] : box[3];
  return { x: Math.round(a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x)), y };
}

// Two buffers of x, y pairs that `clipOutlineToBox` alternates between, grown as needed.
let bufA = new Float64Array(512);
let bufB = new Float64Array(512);

/**
 * `clipToBox` of the path (x + dx, y + dy) for each outline offset, point for point the same (the same cuts,
 * rounded the same way), without building the uncut path or the three paths between the four cuts.
 */
export function clipOutlineToBox(
  x: number,
  y: number,
  outline: readonly (readonly [number, number])[],
  box: PlaneBox,
): Path64 {
  const n0 = outline.length;
  // Each cut at most doubles the points.
  if (bufA.length < 32 * (n0 + 1)) {
    bufA = new Float64Array(32 * (n0 + 1));
    bufB = new Float64Array(32 * (n0 + 1));
  }
  let src = bufA;
  let dst = bufB;
  let inside = true;
  for (let i = 0; i < n0; i++) {
    const px = x + outline[i]![0];
    const py = y + outline[i]![1];
    src[2 * i] = px;
    src[2 * i + 1] = py;
    if (px < box[0] || px > box[2] || py < box[1] || py > box[3]) inside = false;
  }
  let n = n0;
  if (!inside)
    for (let edge = 0; edge < 4 && n > 0; edge++) {
      let m = 0;
      for (let i = 0; i < n; i++) {
        const j = (i + n - 1) % n;
        const cx = src[2 * i]!,
          cy = src[2 * i + 1]!,
          px = src[2 * j]!,
          py = src[2 * j + 1]!;
        const cin = insideAt(edge, box, cx, cy);
        const pin = insideAt(edge, box, px, py);
        if (cin !== pin) {
          if (edge < 2) {
            const bx = edge === 0 ? box[0] : box[2];
            dst[2 * m] = bx;
            dst[2 * m + 1] = Math.round(py + ((bx - px) / (cx - px)) * (cy - py));
          } else {
            const by = edge === 2 ? box[1] : box[3];
            dst[2 * m] = Math.round(px + ((by - py) / (cy - py)) * (cx - px));
            dst[2 * m + 1] = by;
          }
          m++;
        }
        if (cin) {
          dst[2 * m] = cx;
          dst[2 * m + 1] = cy;
          m++;
        }
      }
      const t = src;
      src = dst;
      dst = t;
      n = m;
    }
  const out: Path64 = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { x: src[2 * i]!, y: src[2 * i + 1]! };
  return out;
}

function insideAt(edge: number, box: PlaneBox, x: number, y: number): boolean {
  return edge === 0 ? x >= box[0] : edge === 1 ? x <= box[2] : edge === 2 ? y >= box[1] : y <= box[3];
}
