/**
 * Site footprints in the plane: centre, range and sector outline per technology, built on demand per
 * tile so that 100,000 sites need no stored polygons.
 */
import type { Paths64 } from 'clipper2-ts';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Operator, Site, Technology } from '../../domain/telecom.js';
import { HANOI_LAEA } from '../projection.js';
import { PLANE_UNITS_PER_M, projectPolygon, type PlaneBox } from '../planar.js';
import { siteFootprintShape, type CoverageParams, type FootprintShape } from '../coverage/model.js';
import type { Environment } from '../coverage/environment.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../domain/coverage-level.js';
import { lobeDisks } from './footprint-disks.js';

export type Footprint = {
  siteId: string;
  operator: Operator;
  tech: Technology;
  level: CoverageLevel;
  /** Site position in plane units. */
  x: number;
  y: number;
  rangeM: number;
  /** The farthest outline point from (x, y) and the radius of a circle around it inside the outline, plane units. */
  reach: number;
  inner: number;
  /** Outline offsets in plane units, relative to (x, y). */
  outline: readonly [number, number][];
  box: PlaneBox;
  /** True when the outline is a full circle (omni or 360° of sectors). */
  omni: boolean;
  /** An imported coverage polygon's own paths, plane units (then `outline` is empty). */
  fixed: Paths64 | null;
  /** Disks inside a sectored outline's lobes, (x, y, radius) triplets in plane units (footprint-disks.ts). */
  lobes?: Float64Array;
};

/** A footprint from an imported coverage polygon (an operator's own prediction). */
export function importedFootprint(
  id: string,
  operator: Operator,
  tech: Technology,
  geometry: Polygon | MultiPolygon,
  level: CoverageLevel = 'outdoor',
): Footprint | null {
  const shape = projectPolygon(geometry);
  if (shape.paths.length === 0) return null;
  return {
    siteId: id,
    operator,
    tech,
    level,
    x: 0,
    y: 0,
    rangeM: 0,
    reach: Number.POSITIVE_INFINITY,
    inner: 0,
    outline: [],
    box: shape.box,
    omni: false,
    fixed: shape.paths,
  };
}

/** Builds the footprints of one site: one per technology and coverage level it reaches. */
export function siteFootprints(site: Site, env: Environment, params: CoverageParams): Footprint[] {
  const [px, py] = HANOI_LAEA.forward([site.lng, site.lat]);
  const x = Math.round(px * PLANE_UNITS_PER_M);
  const y = Math.round(py * PLANE_UNITS_PER_M);
  const out: Footprint[] = [];
  for (const tech of site.technologies)
    for (const level of COVERAGE_LEVELS) {
      const shape = siteFootprintShape(site, tech, level, env, params);
      if (shape === null) continue;
      out.push(planeFootprint(site, tech, level, x, y, shape, params));
    }
  return out;
}

function planeFootprint(
  site: Site,
  tech: Technology,
  level: CoverageLevel,
  x: number,
  y: number,
  shape: FootprintShape,
  params: CoverageParams,
): Footprint {
  const outline = outlineOf(shape, params);
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
  return {
    siteId: site.id,
    operator: site.operator,
    tech,
    level,
    x,
    y,
    rangeM: shape.rangeM,
    // One unit of slack each way for the rounding of the outline to whole plane units.
    reach: shape.reachM * PLANE_UNITS_PER_M + 1,
    inner: Math.max(0, (shape.omni ? shape.innerM * PLANE_UNITS_PER_M : innerRadius(outline)) - 1),
    outline,
    box: [x + minX, y + minY, x + maxX, y + maxY],
    omni: shape.omni,
    fixed: null,
    ...(shape.omni ? {} : { lobes: lobeDisks(x, y, outline) }),
  };
}

const circles = new WeakMap<CoverageParams, Map<number, readonly [number, number][]>>();

/** Outline offsets in plane units; full circles are shared between sites of the same range. */
function outlineOf(shape: FootprintShape, params: CoverageParams): readonly [number, number][] {
  const make = () =>
    shape.outline.map(
      ([dx, dy]) => [Math.round(dx * PLANE_UNITS_PER_M), Math.round(dy * PLANE_UNITS_PER_M)] as [number, number],
    );
  if (!shape.omni) return make();
  const memo =
    circles.get(params) ?? (circles.set(params, new Map()).get(params) as Map<number, readonly [number, number][]>);
  const shared = memo.get(shape.rangeM);
  if (shared) return shared;
  const outline = make();
  memo.set(shape.rangeM, outline);
  return outline;
}

/** True when two modelled footprints have the same operator, technology and outline at the same place. */
export function sameFootprint(a: Footprint, b: Footprint): boolean {
  if (a.fixed !== null || b.fixed !== null) return false;
  if (
    a.operator !== b.operator ||
    a.tech !== b.tech ||
    a.level !== b.level ||
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
 * The radius of the largest circle around the site inside an outline traced around it (offsets in angular order,
 * as the model traces sector patterns): the least distance from the site to an edge. 0 when the outline passes
 * through the site (a wedge) or is not traced around it.
 */
export function innerRadius(outline: readonly (readonly [number, number])[]): number {
  let least = Number.POSITIVE_INFINITY;
  let turn = 0;
  let sign = 0;
  for (let i = 0; i < outline.length; i++) {
    const [ax, ay] = outline[i]!;
    const [bx, by] = outline[(i + 1) % outline.length]!;
    const cross = ax * by - ay * bx;
    // Every edge must turn the same way around the site (either way), or the outline is not a star around it.
    if (cross === 0 || (sign !== 0 && Math.sign(cross) !== sign)) return 0;
    sign = Math.sign(cross);
    turn += Math.atan2(Math.abs(cross), ax * bx + ay * by);
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    least = Math.min(least, Math.hypot(ax + t * dx, ay + t * dy));
  }
  // Once around the site, not more.
  return Math.abs(turn - 2 * Math.PI) < 1e-6 ? least : 0;
}

/** True when the footprint covers the whole box: the circle around the site inside it contains its four corners. */
export function coversBox(f: Footprint, box: PlaneBox): boolean {
  if (f.inner <= 0) return false;
  const r2 = f.inner * f.inner;
  for (const cx of [box[0], box[2]])
    for (const cy of [box[1], box[3]]) if ((cx - f.x) ** 2 + (cy - f.y) ** 2 > r2) return false;
  return true;
}

/** False when the footprint certainly misses the box: farther from it than its farthest outline point. */
export function reachesBox(f: Footprint, box: PlaneBox): boolean {
  if (f.fixed !== null) return true;
  const dx = Math.max(box[0] - f.x, 0, f.x - box[2]);
  const dy = Math.max(box[1] - f.y, 0, f.y - box[3]);
  return dx * dx + dy * dy <= f.reach * f.reach;
}
