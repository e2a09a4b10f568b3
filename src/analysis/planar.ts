/**
 * Planar geometry in the Hà Nội equal-area plane (see projection.ts), on Clipper2's exact integer
 * arithmetic (Angus Johnson's Clipper2 through clipper2-ts). Coordinates are centimetres east/north of
 * the projection centre, so a ±100 km city stays far inside the integer range and a vertex moves at most
 * 0.5 cm when rounded. Because the plane is equal-area, planar areas are ellipsoidal areas.
 */
import { Clipper, ClipType, FillRule, PolyTree64, type Path64, type Paths64, type PolyPath64 } from 'clipper2-ts';
import * as polyclip from 'polyclip-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { HANOI_LAEA, type EqualAreaProjection } from './projection.js';

/** Plane units per metre (centimetres). */
export const PLANE_UNITS_PER_M = 100;
const M2_PER_UNIT2 = 1 / (PLANE_UNITS_PER_M * PLANE_UNITS_PER_M);

/** Bounds `[minX, minY, maxX, maxY]` in plane units. */
export type PlaneBox = [number, number, number, number];

/** A polygonal shape in the plane: non-overlapping oriented paths (outer positive, holes negative). */
export type PlanarShape = { paths: Paths64; box: PlaneBox; areaM2: number };

/** The empty shape. */
export const EMPTY_SHAPE: PlanarShape = { paths: [], box: [0, 0, 0, 0], areaM2: 0 };

function ringToPath(ring: readonly Position[], proj: EqualAreaProjection) {
  const n = ring.length;
  const closed = n > 1 && ring[0]![0] === ring[n - 1]![0] && ring[0]![1] === ring[n - 1]![1];
  const path = [];
  for (let i = 0; i < (closed ? n - 1 : n); i++) {
    const [x, y] = proj.forward(ring[i]!);
    path.push({ x: Math.round(x * PLANE_UNITS_PER_M), y: Math.round(y * PLANE_UNITS_PER_M) });
  }
  return path;
}

/** Bounds of paths in plane units; `[0,0,0,0]` for none. */
export function pathsBox(paths: Paths64): PlaneBox {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const p of paths)
    for (const pt of p) {
      if (pt.x < minX) minX = pt.x;
      if (pt.y < minY) minY = pt.y;
      if (pt.x > maxX) maxX = pt.x;
      if (pt.y > maxY) maxY = pt.y;
    }
  return minX === Infinity ? [0, 0, 0, 0] : [minX, minY, maxX, maxY];
}

/** The boxes of a shape's rings, by ring, built on first use and kept as long as the shape (see `ringBoxesOf`). */
const ringBoxes = new WeakMap<PlanarShape, PlaneBox[]>();

/** Bounds of each ring of a shape, plane units, in the order of its paths (kept: shapes are not changed). */
export function ringBoxesOf(shape: PlanarShape): PlaneBox[] {
  let boxes = ringBoxes.get(shape);
  if (!boxes) ringBoxes.set(shape, (boxes = shape.paths.map((p) => pathsBox([p]))));
  return boxes;
}

/** Builds a shape from already-normalised paths (the output of a Clipper operation). */
export function shapeOf(paths: Paths64): PlanarShape {
  return { paths, box: pathsBox(paths), areaM2: Clipper.areaPaths(paths) * M2_PER_UNIT2 };
}

/**
 * Projects a Polygon or MultiPolygon (`[lng, lat]` degrees) to a normalised planar shape. Rings are
 * combined with the even-odd rule, so holes count as holes whatever their winding.
 */
export function projectPolygon(geom: Polygon | MultiPolygon, proj: EqualAreaProjection = HANOI_LAEA): PlanarShape {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const unions: Paths64 = [];
  for (const rings of polys) {
    const paths = rings.map((r) => ringToPath(r, proj)).filter((p) => p.length >= 3);
    unions.push(...Clipper.union(paths, FillRule.EvenOdd));
  }
  // Parts of a MultiPolygon do not overlap in valid input; NonZero merges them safely if they do.
  return shapeOf(polys.length > 1 ? Clipper.union(unions, FillRule.NonZero) : unions);
}

/** True when two plane boxes overlap (touching counts). */
export function boxesOverlap(a: PlaneBox, b: PlaneBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Intersection of two shapes. */
export function intersectShapes(a: PlanarShape, b: PlanarShape): PlanarShape {
  if (a.paths.length === 0 || b.paths.length === 0 || !boxesOverlap(a.box, b.box)) return EMPTY_SHAPE;
  return shapeOf(Clipper.intersect(a.paths, b.paths, FillRule.NonZero));
}

/** Union of many shapes. */
export function unionShapes(shapes: readonly PlanarShape[]): PlanarShape {
  const all: Paths64 = [];
  for (const s of shapes) all.push(...s.paths);
  return all.length === 0 ? EMPTY_SHAPE : shapeOf(Clipper.union(all, FillRule.NonZero));
}

/** `a` minus `b`. */
export function subtractShapes(a: PlanarShape, b: PlanarShape): PlanarShape {
  if (b.paths.length === 0 || !boxesOverlap(a.box, b.box)) return a;
  return shapeOf(Clipper.difference(a.paths, b.paths, FillRule.NonZero));
}

/**
 * Converts a shape back to a GeoJSON MultiPolygon (`[lng, lat]` degrees, RFC 7946 winding: outer rings
 * counter-clockwise, holes clockwise), nesting holes under their outer rings through Clipper's PolyTree.
 */
export function shapeToMultiPolygon(shape: PlanarShape, proj: EqualAreaProjection = HANOI_LAEA): MultiPolygon {
  const tree = new PolyTree64();
  if (shape.paths.length > 0) Clipper.booleanOpWithPolyTree(ClipType.Union, shape.paths, null, tree, FillRule.NonZero);
  const toRing = (path: Path64, wantCcw: boolean): Position[] => {
    const ring = path.map((pt) => {
      const [lng, lat] = proj.inverse([pt.x / PLANE_UNITS_PER_M, pt.y / PLANE_UNITS_PER_M]);
      return [round7(lng), round7(lat)];
    });
    if (Clipper.isPositive(path) !== wantCcw) ring.reverse();
    ring.push(ring[0]!);
    return ring;
  };
  const polygons: Position[][][] = [];
  const walkOuter = (node: PolyPath64) => {
    const rings = [toRing(node.poly!, true)];
    for (let i = 0; i < node.count; i++) {
      const hole = node.child(i);
      rings.push(toRing(hole.poly!, false));
      for (let j = 0; j < hole.count; j++) walkOuter(hole.child(j));
    }
    polygons.push(rings);
  };
  for (let i = 0; i < tree.count; i++) walkOuter(tree.child(i));
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Rounds degrees to 7 decimals (≈1 cm), the precision of the plane. */
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/**
 * `a` minus `b`, checked: clipper2-ts 2.0.1 sometimes returns a difference that loses or gains area (its
 * result cleanup misses some self-intersections: upstream clipper2-ts #29, Clipper2 #1067/#1083). The
 * identity |a| = |a ∩ b| + |a − b| catches it; the step is redone as an intersection with the complement, then with polyclip-ts (Martinez–Rueda,
 * slower but robust). Tolerance: 1e-5 relative + 10 m² (centimetre rounding).
 */
export function subtractShapesChecked(a: PlanarShape, b: PlanarShape): PlanarShape {
  if (b.paths.length === 0 || !boxesOverlap(a.box, b.box)) return a;
  const d = shapeOf(Clipper.difference(a.paths, b.paths, FillRule.NonZero));
  const i = shapeOf(Clipper.intersect(a.paths, b.paths, FillRule.NonZero));
  // Crossing points round to the centimetre grid: a few m² of slack on a long boundary.
  const ok = (x: PlanarShape) => Math.abs(a.areaM2 - i.areaM2 - x.areaM2) <= 1e-5 * a.areaM2 + 10;
  if (ok(d)) return d;
  // Second way: intersect with b's complement (a box around both, with b's paths reversed as holes).
  const [x0, y0, x1, y1] = [
    Math.min(a.box[0], b.box[0]) - 100,
    Math.min(a.box[1], b.box[1]) - 100,
    Math.max(a.box[2], b.box[2]) + 100,
    Math.max(a.box[3], b.box[3]) + 100,
  ];
  const frame: Path64 = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
  const viaComplement = shapeOf(
    Clipper.intersect(a.paths, [frame, ...b.paths.map((p) => [...p].reverse())], FillRule.NonZero),
  );
  if (ok(viaComplement)) return viaComplement;
  return shapeOf(fromPolyclip(polyclip.difference(toPolyclip(a.paths), toPolyclip(b.paths))));
}

/**
 * `a` minus `b` exactly as subtractShapesChecked returns it, given `aAndB`, their intersection as intersectShapes
 * returns it (or a shape of the same area, such as `b` itself when `b` lies inside `a`): saves computing the
 * intersection a second time for the check.
 */
export function subtractShapesCheckedWith(a: PlanarShape, b: PlanarShape, aAndB: PlanarShape): PlanarShape {
  if (b.paths.length === 0 || !boxesOverlap(a.box, b.box)) return a;
  const d = shapeOf(Clipper.difference(a.paths, b.paths, FillRule.NonZero));
  if (Math.abs(a.areaM2 - aAndB.areaM2 - d.areaM2) <= 1e-5 * a.areaM2 + 10) return d;
  // The rare wrong difference: the full check redoes it the other ways.
  return subtractShapesChecked(a, b);
}

type PcGeom = Parameters<typeof polyclip.difference>[0];

/** Oriented paths (outer positive, holes negative) as a polyclip geometry: outers minus holes. */
function toPolyclip(paths: Paths64): PcGeom {
  const ring = (p: Path64) => [...p.map((q) => [q.x, q.y] as [number, number]), [p[0]!.x, p[0]!.y] as [number, number]];
  const outers = paths.filter((p) => Clipper.area(p) > 0).map((p) => [ring(p)]);
  const holes = paths.filter((p) => Clipper.area(p) < 0).map((p) => [ring([...p].reverse())]);
  const filled = outers.length > 1 ? polyclip.union(outers[0]!, ...outers.slice(1)) : outers;
  return (holes.length > 0 ? polyclip.difference(filled, ...holes) : filled) as PcGeom;
}

/** polyclip's MultiPolygon back to oriented integer paths. */
function fromPolyclip(mp: ReturnType<typeof polyclip.difference>): Paths64 {
  const out: Paths64 = [];
  for (const poly of mp)
    poly.forEach((ring, k) => {
      const path = ring.slice(0, -1).map(([x, y]) => ({ x: Math.round(x!), y: Math.round(y!) }));
      if (path.length < 3) return;
      const positive = Clipper.area(path) > 0;
      out.push((k === 0) === positive ? path : path.reverse());
    });
  return out;
}
