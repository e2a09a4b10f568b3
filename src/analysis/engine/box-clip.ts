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
