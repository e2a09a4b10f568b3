/**
 * What the ground is made of in each square cell of the Hà Nội equal-area plane (see
 * src/analysis/coverage/environment-grid.ts): the land of the 2019 census wards in it, their residents
 * (uniform density within each ward), the length of the major roads crossing it, and whether a priority
 * industrial zone reaches it. The environment rule (src/analysis/coverage/environment.ts) classifies cells from
 * these figures; this module only measures.
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Path64 } from 'clipper2-ts';
import { clipToBox } from '../../src/analysis/engine/box-clip.js';
import { PLANE_UNITS_PER_M } from '../../src/analysis/planar.js';
import { HANOI_LAEA } from '../../src/analysis/projection.js';

/** A census ward: its residents and outline (`[lng, lat]` degrees, RFC 7946 winding). */
export type CensusWard = { population: number; geometry: Polygon | MultiPolygon };

/** A major road of OpenStreetMap: its `highway` class and line (`[lng, lat]` degrees). */
export type MajorRoad = { highway: string; geometry: LineString };

/** A priority zone drawn as a circle: its category, centre (`[lng, lat]` degrees) and radius, metres. */
export type ZoneCircle = { category: string; lng: number; lat: number; radiusM: number };

/** The measured ground of one cell. */
export type CellGround = {
  /** Column and row of the cell: its south-west corner is at (i, j) × the cell size, plane metres. */
  i: number;
  j: number;
  /** Census-ward land in the cell, km² (the wards overlap by 0.9 %: capped at the cell's area). */
  landKm2: number;
  /** Residents of the 2019 census in the cell (each ward's residents spread uniformly over it). */
  residents: number;
  /** Length of the counted major roads in the cell, km. */
  roadKm: number;
  /** Whether a priority industrial zone's circle covers the cell's centre. */
  industrial: boolean;
};

/**
 * Road classes counted as a sign of buildings along them. Motorways are left out: fenced, without access,
 * they cross rice fields (the Láng–Hòa Lạc and Pháp Vân–Cầu Giẽ expressways); national, provincial and
 * district roads (trunk to tertiary) are lined with houses in the Red River delta.
 */
export const BUILT_ROAD_CLASSES: ReadonlySet<string> = new Set(['trunk', 'primary', 'secondary', 'tertiary']);

/** Zone categories whose ground is factories (large low buildings) whatever its residents. */
export const INDUSTRIAL_ZONE_CATEGORIES: ReadonlySet<string> = new Set(['industrial_park', 'hi_tech_park']);

/** A cell's key in the maps below. */
export const cellKey = (i: number, j: number): string => `${i},${j}`;

/**
 * Measures every cell of `cellM` metres that some ward reaches. Cells are returned sorted by row, then column.
 */
export function measureCells(
  wards: readonly CensusWard[],
  roads: readonly MajorRoad[],
  zones: readonly ZoneCircle[],
  cellM: number,
): CellGround[] {
  const size = cellM * PLANE_UNITS_PER_M;
  const cellKm2 = (cellM / 1000) ** 2;
  const cells = new Map<string, CellGround>();
  const cellAt = (i: number, j: number): CellGround => {
    const k = cellKey(i, j);
    let c = cells.get(k);
    // `|| 0`: a ring on the axis floors to −0, which a file would keep.
    if (!c) cells.set(k, (c = { i: i || 0, j: j || 0, landKm2: 0, residents: 0, roadKm: 0, industrial: false }));
    return c;
  };
  for (const ward of wards) {
    const polygons = ward.geometry.type === 'Polygon' ? [ward.geometry.coordinates] : ward.geometry.coordinates;
    const paths = polygons.flatMap((rings) => rings.map(toPath));
    let wardM2 = 0;
    for (const p of paths) wardM2 += signedAreaM2(p);
    if (!(wardM2 > 0)) continue;
    const density = ward.population / wardM2;
    const box = boxOf(paths[0]!);
    for (const p of paths.slice(1)) {
      const b = boxOf(p);
      box[0] = Math.min(box[0], b[0]);
      box[1] = Math.min(box[1], b[1]);
      box[2] = Math.max(box[2], b[2]);
      box[3] = Math.max(box[3], b[3]);
    }
    for (let i = Math.floor(box[0] / size); i <= Math.floor(box[2] / size); i++)
      for (let j = Math.floor(box[1] / size); j <= Math.floor(box[3] / size); j++) {
        const cut: [number, number, number, number] = [i * size, j * size, (i + 1) * size, (j + 1) * size];
        let m2 = 0;
        for (const p of paths) m2 += signedAreaM2(clipToBox(p, cut));
        // Slivers under 1 m² are rounding at a ward's edge on the cell's side, not land.
        if (m2 < 1) continue;
        const c = cellAt(i, j);
        c.landKm2 += m2 / 1e6;
        c.residents += m2 * density;
      }
  }
  for (const c of cells.values()) c.landKm2 = Math.min(c.landKm2, cellKm2);
  for (const road of roads) {
    if (!BUILT_ROAD_CLASSES.has(road.highway)) continue;
    const pts = road.geometry.coordinates.map((p) => HANOI_LAEA.forward(p));
    for (let k = 1; k < pts.length; k++) addSegment(pts[k - 1]!, pts[k]!, cellM, cells);
  }
  for (const z of zones) {
    if (!INDUSTRIAL_ZONE_CATEGORIES.has(z.category)) continue;
    const [x, y] = HANOI_LAEA.forward([z.lng, z.lat]);
    for (const c of cells.values()) {
      if (Math.hypot((c.i + 0.5) * cellM - x, (c.j + 0.5) * cellM - y) <= z.radiusM) c.industrial = true;
    }
  }
  return [...cells.values()].sort((a, b) => a.j - b.j || a.i - b.i);
}

/** Adds a segment's length, km, to the cells it crosses, split exactly at the cell lines (none to cells no ward reaches). */
function addSegment(a: [number, number], b: [number, number], cellM: number, cells: Map<string, CellGround>): void {
  const ts = [0, 1];
  for (const axis of [0, 1] as const) {
    const lo = Math.min(a[axis], b[axis]);
    const hi = Math.max(a[axis], b[axis]);
    for (let g = Math.ceil(lo / cellM) * cellM; g < hi; g += cellM) ts.push((g - a[axis]) / (b[axis] - a[axis]));
  }
  ts.sort((p, q) => p - q);
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) / 1000;
  for (let k = 1; k < ts.length; k++) {
    const t = (ts[k - 1]! + ts[k]!) / 2;
    const cell = cells.get(
      cellKey(Math.floor((a[0] + t * (b[0] - a[0])) / cellM), Math.floor((a[1] + t * (b[1] - a[1])) / cellM)),
    );
    if (cell) cell.roadKm += (ts[k]! - ts[k - 1]!) * len;
  }
}

function toPath(ring: readonly Position[]): Path64 {
  return ring.slice(0, -1).map((p) => {
    const [x, y] = HANOI_LAEA.forward(p);
    return { x: Math.round(x * PLANE_UNITS_PER_M), y: Math.round(y * PLANE_UNITS_PER_M) };
  });
}

/** Shoelace area, m², positive counter-clockwise (an outer ring), negative clockwise (a hole). */
function signedAreaM2(path: Path64): number {
  let s = 0;
  for (let k = 0; k < path.length; k++) {
    const p = path[k]!;
    const q = path[(k + 1) % path.length]!;
    s += p.x * q.y - q.x * p.y;
  }
  return s / 2 / (PLANE_UNITS_PER_M * PLANE_UNITS_PER_M);
}

function boxOf(path: Path64): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of path) {
    box[0] = Math.min(box[0], p.x);
    box[1] = Math.min(box[1], p.y);
    box[2] = Math.max(box[2], p.x);
    box[3] = Math.max(box[3], p.y);
  }
  return box;
}
