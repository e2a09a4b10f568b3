/**
 * Site footprints in the plane: centre, range and sector outline per technology, built on demand per
 * tile so that 100,000 sites need no stored polygons.
 */
import type { Paths64 } from 'clipper2-ts';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Operator, Site, Technology } from '../../domain/telecom.js';
import { HANOI_LAEA } from '../projection.js';
import { PLANE_UNITS_PER_M, projectPolygon, type PlaneBox } from '../planar.js';
import { circleVertexScale, footprintOutline, siteRangeM, type CoverageParams } from '../coverage/model.js';

/** An upper bound of `circleVertexScale(n)` for n ≥ 12 (1.0115 at 12 vertices). */
const OMNI_REACH_FACTOR = 1.015;
import type { Environment } from '../coverage/environment.js';

export type Footprint = {
  siteId: string;
  operator: Operator;
  tech: Technology;
  /** Site position in plane units. */
  x: number;
  y: number;
  rangeM: number;
  /** Outline offsets in plane units, relative to (x, y). */
  outline: readonly [number, number][];
  box: PlaneBox;
  /** True when the outline is a full circle (omni or 360° of sectors). */
  omni: boolean;
  /** An imported coverage polygon's own paths, plane units (then `outline` is empty). */
  fixed: Paths64 | null;
};

/** A footprint from an imported coverage polygon (an operator's own prediction). */
export function importedFootprint(
  id: string,
  operator: Operator,
  tech: Technology,
  geometry: Polygon | MultiPolygon,
): Footprint | null {
  const shape = projectPolygon(geometry);
  if (shape.paths.length === 0) return null;
  return {
    siteId: id,
    operator,
    tech,
    x: 0,
    y: 0,
    rangeM: 0,
    outline: [],
    box: shape.box,
    omni: false,
    fixed: shape.paths,
  };
}

/** Builds the footprints of one site (0, 1 or 2: 4G and 5G). */
export function siteFootprints(site: Site, env: Environment, params: CoverageParams): Footprint[] {
  const [px, py] = HANOI_LAEA.forward([site.lng, site.lat]);
  const x = Math.round(px * PLANE_UNITS_PER_M);
  const y = Math.round(py * PLANE_UNITS_PER_M);
  const out: Footprint[] = [];
  for (const tech of site.technologies) {
    const rangeM = siteRangeM(site, tech, env, params);
    if (!(rangeM > 0)) continue;
    const outline = outlineOf(site.azimuthsDeg, rangeM, params);
    let minX = 0,
      minY = 0,
      maxX = 0,
      maxY = 0;
    for (const [dx, dy] of outline) {
      if (dx < minX) minX = dx;
      if (dy < minY) minY = dy;
      if (dx > maxX) maxX = dx;
      if (dy > maxY) maxY = dy;
    }
    out.push({
      siteId: site.id,
      operator: site.operator,
      tech,
      x,
      y,
      rangeM,
      outline,
      box: [x + minX, y + minY, x + maxX, y + maxY],
      omni: outline.length === params.circleVertices && !outline.some(([dx, dy]) => dx === 0 && dy === 0),
      fixed: null,
    });
  }
  return out;
}

const circles = new WeakMap<CoverageParams, Map<number, readonly [number, number][]>>();

/** Outline offsets in plane units; full circles are shared between sites of the same range. */
function outlineOf(
  azimuthsDeg: readonly number[],
  rangeM: number,
  params: CoverageParams,
): readonly [number, number][] {
  const make = () =>
    footprintOutline(azimuthsDeg, rangeM, params).map(
      ([dx, dy]) => [Math.round(dx * PLANE_UNITS_PER_M), Math.round(dy * PLANE_UNITS_PER_M)] as [number, number],
    );
  const outline = make();
  if (outline.length !== params.circleVertices || outline.some(([dx, dy]) => dx === 0 && dy === 0)) return outline;
  const memo =
    circles.get(params) ?? (circles.set(params, new Map()).get(params) as Map<number, readonly [number, number][]>);
  const shared = memo.get(rangeM);
  if (shared) return shared;
  memo.set(rangeM, outline);
  return outline;
}

/** True when two modelled footprints have the same operator, technology and outline at the same place. */
export function sameFootprint(a: Footprint, b: Footprint): boolean {
  if (a.fixed !== null || b.fixed !== null) return false;
  if (
    a.operator !== b.operator ||
    a.tech !== b.tech ||
    a.x !== b.x ||
    a.y !== b.y ||
    a.rangeM !== b.rangeM ||
    a.omni !== b.omni
  )
    return false;
  if (a.outline === b.outline) return true;
  return (
    a.outline.length === b.outline.length &&
    a.outline.every(([dx, dy], i) => dx === b.outline[i]![0] && dy === b.outline[i]![1])
  );
}

/** The footprint's polygon(s) in plane units. */
export function footprintPaths(f: Footprint): Paths64 {
  return f.fixed ?? [f.outline.map(([dx, dy]) => ({ x: f.x + dx, y: f.y + dy }))];
}

/**
 * True when the footprint covers the whole box: an omni footprint whose inscribed circle (the polygon's
 * inner radius, R·cos(π/n), R its vertices' radius) contains the box's four corners.
 */
export function coversBox(f: Footprint, box: PlaneBox, circleVertices: number): boolean {
  if (!f.omni) return false;
  const inner =
    f.rangeM * circleVertexScale(circleVertices) * PLANE_UNITS_PER_M * Math.cos(Math.PI / circleVertices) - 1;
  const r2 = inner * inner;
  for (const cx of [box[0], box[2]])
    for (const cy of [box[1], box[3]]) if ((cx - f.x) ** 2 + (cy - f.y) ** 2 > r2) return false;
  return true;
}

/**
 * False when the footprint certainly misses the box: an omni footprint farther from it than its vertices' radius
 * (the range scaled by at most 1.5 % for an exact-area polygon of 12 or more vertices, see `footprintOutline`).
 */
export function reachesBox(f: Footprint, box: PlaneBox): boolean {
  if (!f.omni) return true;
  const dx = Math.max(box[0] - f.x, 0, f.x - box[2]);
  const dy = Math.max(box[1] - f.y, 0, f.y - box[3]);
  const r = f.rangeM * OMNI_REACH_FACTOR * PLANE_UNITS_PER_M + 1;
  return dx * dx + dy * dy <= r * r;
}
