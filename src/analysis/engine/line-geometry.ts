/**
 * Lines against areas in the plane: lengths, even-odd point location and fast crossing tests against an
 * area's boundary edges bucketed in 500 m cells.
 */
import type { Position } from 'geojson';
import { ClipType, Clipper, Clipper64, FillRule, PointInPolygonResult, type Paths64 } from 'clipper2-ts';
import { PLANE_UNITS_PER_M, boxesOverlap, pathsBox, type PlaneBox } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import { isGridLevel } from '../../domain/grid.js';
import type { IndexedArea } from './area-index.js';
import type { EngineLevel } from './types.js';

/** Length, metres, of a line (`[lng, lat]` positions) inside each area it crosses (grid cells left out). */
export function lineLengthsInAreas(
  areas: readonly IndexedArea[],
  coords: readonly Position[],
): { level: Exclude<EngineLevel, 'city'>; id: string; lengthM: number }[] {
  const path = coords.map((c) => {
    const [x, y] = HANOI_LAEA.forward(c);
    return { x: Math.round(x * PLANE_UNITS_PER_M), y: Math.round(y * PLANE_UNITS_PER_M) };
  });
  const box = pathsBox([path]);
  const out: { level: Exclude<EngineLevel, 'city'>; id: string; lengthM: number }[] = [];
  const total = pathLength(path);
  for (const a of areas) {
    if (isGridLevel(a.level) || !boxesOverlap(a.shape.box, box)) continue;
    // Most street segments lie wholly inside or outside an area: no area edge crosses them, and one
    // vertex tells which. Only crossing segments need the exact clipping.
    if (!lineCrossesEdges(path, box, edgeGrid(a))) {
      if (pointInPaths(path[0]!, a.shape.paths))
        out.push({ level: a.level, id: a.id, lengthM: total / PLANE_UNITS_PER_M });
      continue;
    }
    const c = new Clipper64();
    c.addOpenSubject([path]);
    c.addClip(a.shape.paths);
    const closed: Paths64 = [];
    const open: Paths64 = [];
    c.execute(ClipType.Intersection, FillRule.NonZero, closed, open);
    let len = 0;
    for (const p of open) len += pathLength(p);
    if (len > 0) out.push({ level: a.level, id: a.id, lengthM: len / PLANE_UNITS_PER_M });
  }
  return out;
}

const edgeGrids = new WeakMap<object, Map<number, Edge[]>>();

/** An area's boundary edges bucketed in 500 m cells (built on first use), for fast crossing tests. */
function edgeGrid(a: { shape: { paths: Paths64 } }): Map<number, Edge[]> {
  let grid = edgeGrids.get(a);
  if (grid) return grid;
  grid = new Map();
  for (const p of a.shape.paths)
    for (let i = 0; i < p.length; i++) {
      const e: Edge = [p[i]!, p[(i + 1) % p.length]!];
      bucketSegment(grid, e[0], e[1], e);
    }
  edgeGrids.set(a, grid);
  return grid;
}

export function pathLength(p: readonly { x: number; y: number }[]): number {
  let len = 0;
  for (let i = 1; i < p.length; i++) len += Math.hypot(p[i]!.x - p[i - 1]!.x, p[i]!.y - p[i - 1]!.y);
  return len;
}

/** Even-odd point in oriented paths (holes count), plane units. */
export function pointInPaths(pt: { x: number; y: number }, paths: Paths64): boolean {
  let inside = false;
  for (const p of paths) if (Clipper.pointInPolygon(pt, p) !== PointInPolygonResult.IsOutside) inside = !inside;
  return inside;
}

export type Pt = { x: number; y: number };
export type Edge = [Pt, Pt];
const EDGE_CELL = 50_000;

/** Puts `item` in the list of every cell (see `cellsOf`) of the box of segment a–b. */
export function bucketSegment<T>(cells: Map<number, T[]>, a: Pt, b: Pt, item: T): void {
  for (const k of cellsOf(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y))) {
    const list = cells.get(k);
    if (list) list.push(item);
    else cells.set(k, [item]);
  }
}

export function cellsOf(x0: number, y0: number, x1: number, y1: number): number[] {
  const out: number[] = [];
  for (let i = Math.floor(x0 / EDGE_CELL); i <= Math.floor(x1 / EDGE_CELL); i++)
    for (let j = Math.floor(y0 / EDGE_CELL); j <= Math.floor(y1 / EDGE_CELL); j++)
      out.push((i + 32768) * 65536 + (j + 32768));
  return out;
}

/**
 * True when an open line touches or crosses any bucketed edge near it. Only an edge and a segment of the line
 * that share a cell are tested: two segments that touch do so at a point, in a cell both are bucketed in.
 */
export function lineCrossesEdges(line: readonly Pt[], box: PlaneBox, grid: Map<number, Edge[]>): boolean {
  for (const [k, segments] of segmentCells(line)) {
    const edges = grid.get(k);
    if (!edges) continue;
    for (const [a, b] of edges) {
      if (
        Math.max(a.x, b.x) < box[0] ||
        Math.min(a.x, b.x) > box[2] ||
        Math.max(a.y, b.y) < box[1] ||
        Math.min(a.y, b.y) > box[3]
      )
        continue;
      for (const j of segments) if (segmentsTouch(a, b, line[j - 1]!, line[j]!)) return true;
    }
  }
  return false;
}

/** A line's segments (by end index j: from j − 1 to j) bucketed in the cells of `cellsOf`, kept with the line. */
const lineCells = new WeakMap<readonly Pt[], Map<number, number[]>>();

function segmentCells(line: readonly Pt[]): Map<number, number[]> {
  let cells = lineCells.get(line);
  if (cells) return cells;
  cells = new Map();
  for (let j = 1; j < line.length; j++) bucketSegment(cells, line[j - 1]!, line[j]!, j);
  lineCells.set(line, cells);
  return cells;
}

const orient = (p: Pt, q: Pt, r: Pt) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
const within = (p: Pt, q: Pt, r: Pt) =>
  Math.min(p.x, q.x) <= r.x && r.x <= Math.max(p.x, q.x) && Math.min(p.y, q.y) <= r.y && r.y <= Math.max(p.y, q.y);

/** True when segments a–b and c–d share a point (exact on integers). */
export function segmentsTouch(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(a, b, c)) ||
    (o2 === 0 && within(a, b, d)) ||
    (o3 === 0 && within(c, d, a)) ||
    (o4 === 0 && within(c, d, b))
  );
}
