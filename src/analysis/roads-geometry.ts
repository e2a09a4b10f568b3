/**
 * Lines against sets of non-overlapping shapes in the Hà Nội equal-area plane (see planar.ts), for the road
 * measures (roads.ts): which shapes a line may enter (boxes bucketed in 500 m cells), and the parts of a line
 * inside a shape. The parts are found as the underground-cable lengths are (engine/line-geometry.ts): a line
 * that crosses none of a shape's edges lies wholly inside it or wholly outside, and one vertex tells which; only
 * a crossing line is clipped exactly, by Clipper2 (clipper2-ts) on centimetre integers.
 *
 * A stretch of line running exactly along an edge shared by two shapes goes to one of them only (Clipper's
 * rule for open paths on a clip edge), so the lengths of a line in a partition of the plane add up to its length.
 */
import { ClipType, Clipper64, FillRule, type Path64, type Paths64 } from 'clipper2-ts';
import type { Position } from 'geojson';
import { PLANE_UNITS_PER_M, boxesOverlap, pathsBox, ringBoxesOf, type PlanarShape, type PlaneBox } from './planar.js';
import { HANOI_LAEA } from './projection.js';
import { clipToBox } from './engine/box-clip.js';
import {
  bucketSegment,
  cellsOf,
  lineCrossesEdges,
  pathLength,
  pointInPaths,
  type Edge,
} from './engine/line-geometry.js';

/** A line in the plane: centimetre integers east/north of the projection centre (see planar.ts). */
export type PlaneLine = Path64;

/**
 * A line of `[lng, lat]` positions in the plane, rounded to the centimetre, with repeated points dropped;
 * null when fewer than two distinct points are left.
 */
export function projectLine(coords: readonly Position[]): PlaneLine | null {
  const path: PlaneLine = [];
  for (const c of coords) {
    const [x, y] = HANOI_LAEA.forward(c);
    const p = { x: Math.round(x * PLANE_UNITS_PER_M), y: Math.round(y * PLANE_UNITS_PER_M) };
    const last = path[path.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) path.push(p);
  }
  return path.length >= 2 ? path : null;
}

/** Length of lines in the plane, metres (plane metres: see `geodesicRatio` for true metres). */
export function planeLengthM(lines: readonly PlaneLine[]): number {
  let sum = 0;
  for (const l of lines) sum += pathLength(l);
  return sum / PLANE_UNITS_PER_M;
}

/** Edges of a shape bucketed in the cells of `cellsOf`, built on first use and kept as long as the shape. */
const edgeGrids = new WeakMap<PlanarShape, Map<number, Edge[]>>();

/** The parts of a line in a shape, by line and shape, while the line lives (shapes shared by sets hit here). */
const partsMemo = new WeakMap<PlaneLine, Map<PlanarShape, Paths64>>();

/**
 * The same shapes with equal geometry made one object (through `pool`, keyed by the vertices), so that sets
 * holding the same shape (a tile covered by every operator) cut a line by it once.
 */
export function sharedShapes(shapes: readonly PlanarShape[], pool: Map<string, PlanarShape>): PlanarShape[] {
  const seen = pooled.get(pool) ?? new Map<PlanarShape, PlanarShape>();
  pooled.set(pool, seen);
  return shapes.map((s) => {
    // The same object again (a tile covered whole, for every combination) needs no key.
    const same = seen.get(s);
    if (same) return same;
    const shared = sharedShape(s, pool);
    seen.set(s, shared);
    return shared;
  });
}

/** Per pool, the shapes met and the pooled shape each stands for. */
const pooled = new WeakMap<Map<string, PlanarShape>, Map<PlanarShape, PlanarShape>>();

function sharedShape(s: PlanarShape, pool: Map<string, PlanarShape>): PlanarShape {
  const key = s.paths.map((p) => p.map((q) => `${q.x} ${q.y}`).join(',')).join(';');
  const known = pool.get(key);
  if (known) return known;
  pool.set(key, s);
  return s;
}

/**
 * Shapes that do not overlap (the areas of one level, or coverage cut per tile), indexed for lines: each
 * shape's box in the 500 m cells of its bounds, and its edges bucketed in the same cells once a line needs them.
 */
export class ShapeSet {
  private readonly cells = new Map<number, number[]>();

  constructor(readonly shapes: readonly PlanarShape[]) {
    shapes.forEach((s, i) => {
      if (s.paths.length === 0) return;
      for (const k of cellsOf(s.box[0], s.box[1], s.box[2], s.box[3])) {
        const list = this.cells.get(k);
        if (list) list.push(i);
        else this.cells.set(k, [i]);
      }
    });
  }

  /** Indices of the shapes whose box overlaps `box` (plane units), ascending. */
  candidates(box: PlaneBox): number[] {
    const found: number[] = [];
    for (const k of cellsOf(box[0], box[1], box[2], box[3]))
      for (const i of this.cells.get(k) ?? [])
        if (!found.includes(i) && boxesOverlap(this.shapes[i]!.box, box)) found.push(i);
    return found.sort((a, b) => a - b);
  }

  /**
   * The parts of `line` inside shape `i`: `[line]` itself when it lies wholly inside, `[]` when wholly outside,
   * else the pieces Clipper cuts. `box` is the line's box (`pathsBox([line])`).
   */
  partsIn(i: number, line: PlaneLine, box: PlaneBox = pathsBox([line])): Paths64 {
    const shape = this.shapes[i]!;
    if (!boxesOverlap(shape.box, box)) return [];
    let memo = partsMemo.get(line);
    const known = memo?.get(shape);
    if (known) return known;
    const parts = cut(shape, line, box);
    if (!memo) partsMemo.set(line, (memo = new Map()));
    memo.set(shape, parts);
    return parts;
  }

  /** The parts of `lines` inside any of the shapes (the shapes do not overlap, so no part is found twice). */
  partsInAny(lines: readonly PlaneLine[]): Paths64 {
    const out: Paths64 = [];
    for (const line of lines) {
      const box = pathsBox([line]);
      for (const i of this.candidates(box)) out.push(...this.partsIn(i, line, box));
    }
    return out;
  }
}

/** The parts of `line` (box `box`) inside `shape`; see `ShapeSet.partsIn`. */
function cut(shape: PlanarShape, line: PlaneLine, box: PlaneBox): Paths64 {
  const boxes = ringBoxesOf(shape);
  if (!lineCrossesEdges(line, box, edgeGrid(shape))) return pointInShape(line[0]!, shape, boxes) ? [line] : [];
  // Only the shape near the line matters: cut to a box just around the line (Sutherland–Hodgman, linear), an
  // area of thousands of vertices becomes a few, and Clipper's sweep is that much shorter. A ring away from the
  // box is left out, a ring inside it taken as it is.
  const near: Paths64 = [];
  const around: PlaneBox = [box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1];
  shape.paths.forEach((p, i) => {
    const b = boxes[i]!;
    if (!boxesOverlap(b, around)) return;
    const q =
      b[0] >= around[0] && b[1] >= around[1] && b[2] <= around[2] && b[3] <= around[3] ? p : clipToBox(p, around);
    if (q.length >= 3) near.push(q);
  });
  if (near.length === 0) return [];
  const c = new Clipper64();
  c.addOpenSubject([line]);
  c.addClip(near);
  const closed: Paths64 = [];
  const open: Paths64 = [];
  c.execute(ClipType.Intersection, FillRule.NonZero, closed, open);
  return open;
}

/** True when `pt` lies inside the shape (even-odd over its rings; a ring whose box misses the point is skipped). */
function pointInShape(pt: { x: number; y: number }, shape: PlanarShape, boxes: readonly PlaneBox[]): boolean {
  let inside = false;
  shape.paths.forEach((p, i) => {
    const b = boxes[i]!;
    if (pt.x < b[0] || pt.x > b[2] || pt.y < b[1] || pt.y > b[3]) return;
    if (pointInPaths(pt, [p])) inside = !inside;
  });
  return inside;
}

/** A shape's edges bucketed in the cells of `cellsOf` (see line-geometry.ts), built on first use. */
function edgeGrid(shape: PlanarShape): Map<number, Edge[]> {
  let grid = edgeGrids.get(shape);
  if (grid) return grid;
  grid = new Map();
  for (const p of shape.paths)
    for (let j = 0; j < p.length; j++) {
      const e: Edge = [p[j]!, p[(j + 1) % p.length]!];
      bucketSegment(grid, e[0], e[1], e);
    }
  edgeGrids.set(shape, grid);
  return grid;
}
