/**
 * Planar ring and line geometry for the GeoJSON layer checks (`./geojson-input.ts`): duplicate removal, closing,
 * orientation, point in ring, hole position and self-intersection. Positions are `[lng, lat]` degrees, treated as
 * plane coordinates.
 */
import type { Position } from 'geojson';

/** A line without consecutive duplicate positions, and how many positions were removed. */
export function dedupeLine(line: readonly Position[]): { line: Position[]; removed: number } {
  const out: Position[] = [];
  for (const p of line) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  return { line: out, removed: line.length - out.length };
}

/** A ring without consecutive duplicates, closed; how many positions were removed; whether it was closed here. */
export function repairRing(ring: readonly Position[]): { ring: Position[]; removed: number; closed: boolean } {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const wasClosed = ring.length >= 2 && first !== undefined && last !== undefined && samePosition(first, last);
  const open = dedupeLine(wasClosed ? ring.slice(0, -1) : ring).line;
  while (open.length > 1 && samePosition(open[0]!, open[open.length - 1]!)) open.pop();
  const removed = (wasClosed ? ring.length - 1 : ring.length) - open.length;
  return { ring: open.length > 0 ? [...open, open[0]!] : [], removed, closed: !wasClosed };
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Signed shoelace area of a closed ring in degrees²: positive when counter-clockwise (lng east, lat north). */
export function ringSignedArea(ring: readonly Position[]): number {
  // Relative to the first vertex, so that large absolute coordinates do not cost precision.
  const x0 = ring[0]![0]!;
  const y0 = ring[0]![1]!;
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum / 2;
}

type Intersection = { kind: 'cross' | 'overlap' | 'spike'; at: Position; edge: number };
/** Self-intersections (sorted by the first edge involved) and self-touch points of one ring. */
export type RingCheck = { intersections: Intersection[]; touches: Position[] };
/** One pass of the ring through a point: the positions before and after it. */
type Pass = { from: Position; to: Position };

/** `(b − a) × (c − a)`: positive when `c` is left of `a → b`, zero when collinear. */
function orient(a: Position, b: Position, c: Position): number {
  return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}

/** Whether `p`, collinear with `a → b`, lies strictly between them. */
function strictlyBetween(p: Position, a: Position, b: Position): boolean {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  return (p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy > 0 && (b[0]! - p[0]!) * dx + (b[1]! - p[1]!) * dy > 0;
}

/**
 * Finds where a closed ring (no consecutive duplicates) crosses, overlaps or touches itself.
 *
 * Edges are swept in order of their west end and only pairs whose bounding boxes overlap are compared, so a
 * ring of n vertices costs O(n log n) plus the pairs whose boxes overlap (a few per edge for boundary data).
 * Proper crossings and collinear overlaps are found directly. Points where the ring passes twice (a vertex
 * repeated, or a vertex on another edge) are classified by angle: the passes cross if one enters from one side
 * of the other and leaves to the other side, otherwise they only touch. Plain floating-point predicates:
 * near-degenerate configurations at the 1e-15 level may go either way.
 */
export function checkRingSimple(ring: readonly Position[]): RingCheck {
  const v = ring.slice(0, -1);
  const n = v.length;
  const at = (k: number): Position => v[((k % n) + n) % n]!;
  const intersections: Intersection[] = [];
  for (let k = 0; k < n; k++) {
    const a = at(k - 1);
    const b = at(k);
    const c = at(k + 1);
    const reverses = (a[0]! - b[0]!) * (c[0]! - b[0]!) + (a[1]! - b[1]!) * (c[1]! - b[1]!) > 0;
    if (orient(a, b, c) === 0 && reverses) intersections.push({ kind: 'spike', at: b, edge: k });
  }

  const passesAt = new Map<string, { point: Position; passes: Map<string, Pass> }>();
  const addPass = (point: Position, id: string, pass: Pass): void => {
    const key = `${point[0]},${point[1]}`;
    let entry = passesAt.get(key);
    if (entry === undefined) passesAt.set(key, (entry = { point, passes: new Map() }));
    entry.passes.set(id, pass);
  };
  const vertexPass = (k: number): Pass => ({ from: at(k - 1), to: at(k + 1) });
  const edgePass = (e: number): Pass => ({ from: at(e), to: at(e + 1) });

  const compare = (i: number, j: number): void => {
    const p1 = at(i);
    const p2 = at(i + 1);
    const q1 = at(j);
    const q2 = at(j + 1);
    const d1 = orient(q1, q2, p1);
    const d2 = orient(q1, q2, p2);
    const d3 = orient(p1, p2, q1);
    const d4 = orient(p1, p2, q2);
    if (d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) {
      if (d1 > 0 !== d2 > 0 && d3 > 0 !== d4 > 0) {
        const t = d1 / (d1 - d2);
        const point = [p1[0]! + t * (p2[0]! - p1[0]!), p1[1]! + t * (p2[1]! - p1[1]!)];
        intersections.push({ kind: 'cross', at: point, edge: i });
      }
      return;
    }
    if (d1 === 0 && d2 === 0) {
      // Collinear: project on the longer axis and look for a shared stretch of positive length.
      const axis = Math.abs(p2[0]! - p1[0]!) >= Math.abs(p2[1]! - p1[1]!) ? 0 : 1;
      const lo = Math.max(Math.min(p1[axis]!, p2[axis]!), Math.min(q1[axis]!, q2[axis]!));
      const hi = Math.min(Math.max(p1[axis]!, p2[axis]!), Math.max(q1[axis]!, q2[axis]!));
      if (hi > lo) {
        const mid = (lo + hi) / 2;
        const t = (mid - p1[axis]!) / (p2[axis]! - p1[axis]!);
        const point = [p1[0]! + t * (p2[0]! - p1[0]!), p1[1]! + t * (p2[1]! - p1[1]!)];
        intersections.push({ kind: 'overlap', at: point, edge: i });
      }
      return;
    }
    // A vertex of one edge lying inside the other edge: a double pass, classified below.
    const ends: [Position, number, number, Position, Position, number][] = [
      [p1, i, d1, q1, q2, j],
      [p2, i + 1, d2, q1, q2, j],
      [q1, j, d3, p1, p2, i],
      [q2, j + 1, d4, p1, p2, i],
    ];
    for (const [point, vertex, d, a, b, edge] of ends) {
      if (d !== 0 || !strictlyBetween(point, a, b)) continue;
      addPass(point, `v${vertex % n}`, vertexPass(vertex));
      addPass(point, `e${edge}`, edgePass(edge));
    }
  };

  const minX = new Float64Array(n);
  const maxX = new Float64Array(n);
  const minY = new Float64Array(n);
  const maxY = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const a = at(e);
    const b = at(e + 1);
    minX[e] = Math.min(a[0]!, b[0]!);
    maxX[e] = Math.max(a[0]!, b[0]!);
    minY[e] = Math.min(a[1]!, b[1]!);
    maxY[e] = Math.max(a[1]!, b[1]!);
  }
  const order = Array.from({ length: n }, (_, e) => e).sort((a, b) => minX[a]! - minX[b]!);
  for (let a = 0; a < n; a++) {
    const i = order[a]!;
    for (let b = a + 1; b < n; b++) {
      const j = order[b]!;
      if (minX[j]! > maxX[i]!) break;
      if (minY[j]! > maxY[i]! || maxY[j]! < minY[i]!) continue;
      const adjacent = (i + 1) % n === j || (j + 1) % n === i;
      if (!adjacent) compare(Math.min(i, j), Math.max(i, j));
    }
  }

  const vertexAt = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    const key = `${at(k)[0]},${at(k)[1]}`;
    const list = vertexAt.get(key);
    if (list === undefined) vertexAt.set(key, [k]);
    else list.push(k);
  }
  for (const list of vertexAt.values()) {
    if (list.length < 2) continue;
    for (const k of list) addPass(at(k), `v${k}`, vertexPass(k));
  }

  const touches: Position[] = [];
  for (const [, { point, passes }] of passesAt) {
    const list = [...passes.entries()];
    const firstEdge = Math.min(...list.map(([id]) => Number(id.slice(1))));
    const crossing = list.some(([, a], x) => list.some(([, b], y) => y > x && passesCross(point, a, b)));
    if (crossing) intersections.push({ kind: 'cross', at: point, edge: firstEdge });
    else touches.push(point);
  }
  intersections.sort((a, b) => a.edge - b.edge || a.at[0]! - b.at[0]! || a.at[1]! - b.at[1]!);
  touches.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  return { intersections, touches };
}

/** Whether pass `b` through `point` goes from one side of pass `a` to the other (a crossing, not a touch). */
function passesCross(point: Position, a: Pass, b: Pass): boolean {
  const angle = (q: Position): number => Math.atan2(q[1]! - point[1]!, q[0]! - point[0]!);
  const turn = (x: number): number => ((x % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const start = angle(a.from);
  const span = turn(angle(a.to) - start);
  const side = (q: Position): number => {
    const d = turn(angle(q) - start);
    if (d === 0 || d === span) return 0;
    return d < span ? 1 : -1;
  };
  const s1 = side(b.from);
  const s2 = side(b.to);
  return s1 !== 0 && s2 !== 0 && s1 !== s2;
}

/** Where a hole lies against its exterior: no position strictly inside (`outside`), some on each side, or inside. */
export function holeSide(hole: readonly Position[], exterior: readonly Position[]): 'inside' | 'outside' | 'crosses' {
  let inside = 0;
  let outside = 0;
  for (let i = 0; i + 1 < hole.length; i++) {
    const side = pointInRing(hole[i]!, exterior);
    if (side > 0) inside++;
    else if (side < 0) outside++;
  }
  return inside === 0 ? 'outside' : outside > 0 ? 'crosses' : 'inside';
}

/**
 * Whether `p` lies inside (1), on the edge of (0) or outside (−1) a closed ring, by crossing number (ray cast to
 * +x, half-open edges; Haines, "Point in Polygon Strategies", Graphics Gems IV, 1994). Planar, lon/lat degrees.
 */
function pointInRing(p: Position, ring: readonly Position[]): number {
  const x = p[0]!;
  const y = p[1]!;
  let inside = false;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const ax = a[0]!,
      ay = a[1]!,
      bx = b[0]!,
      by = b[1]!;
    if (
      orient(a, b, p) === 0 &&
      x >= Math.min(ax, bx) &&
      x <= Math.max(ax, bx) &&
      y >= Math.min(ay, by) &&
      y <= Math.max(ay, by)
    )
      return 0;
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside ? 1 : -1;
}
