/**
 * The engine's geometric outputs: the covered and uncovered parts of areas and of the city, a site's
 * footprints, and how areas overlap the census wards. Split out of engine.ts (which keeps the sites and the
 * incremental sums) because these only read the engine's tiles and pieces; each is computed on request.
 * Polygons come back as `[lng, lat]` degrees; areas in m² or km² as named.
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { MultiPolygon, Position } from 'geojson';
import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import type { Technology } from '../../domain/telecom.js';
import { PLANE_UNITS_PER_M, shapeOf, shapeToMultiPolygon, type PlanarShape } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import type { AreaIndex } from './area-index.js';
import { footprintPaths, type Footprint } from './footprints.js';
import type { TileState } from './tile-compute.js';
import { uncoveredPaths } from './tile-union.js';
import type { EngineLevel } from './types.js';

/** The tiles of an engine (by tile key) and the index of its areas and pieces. */
export type EngineTiles = { index: AreaIndex; tiles: ReadonlyMap<number, TileState> };

/** An area's overlap with a census ward: area in common (m², ellipsoidal) and residents in it. */
export type WardOverlapRow = { area: string; ward: string; m2: number; residents: number };

/** The uncovered part of area index `a` for combination `c`, with its area in km². */
export function uncoveredOfArea(
  { index, tiles }: EngineTiles,
  a: number,
  c: number,
): { geometry: MultiPolygon; areaKm2: number } {
  const paths: Paths64 = [];
  for (const [k, i] of index.piecesOfArea[a]!) {
    const t = tiles.get(k)!;
    paths.push(...uncoveredPaths(t.pieces[i]!, t.unions[c]!));
  }
  const merged = shapeOf(Clipper.union(paths, FillRule.NonZero));
  return { geometry: shapeToMultiPolygon(merged), areaKm2: merged.areaM2 / 1e6 };
}

/** The uncovered part of the city (the 2025 units) for combination `c`, one MultiPolygon per tile. */
export function uncoveredByTile({ index, tiles }: EngineTiles, c: number): MultiPolygon[] {
  const out: MultiPolygon[] = [];
  for (const t of tiles.values()) {
    const u = t.unions[c] ?? null;
    if (u === 'full') continue;
    const paths: Paths64 = [];
    for (const p of t.pieces) if (index.areas[p.area]!.level === 'unit2025') paths.push(...uncoveredPaths(p, u));
    if (paths.length > 0) out.push(shapeToMultiPolygon(shapeOf(paths)));
  }
  return out;
}

/** The part of each tile in the city (its 2025 units' pieces merged), built on first use; null outside the city. */
const cityParts = new WeakMap<TileState, PlanarShape | null>();

function cityPartOf(index: AreaIndex, t: TileState): PlanarShape | null {
  let part = cityParts.get(t);
  if (part !== undefined) return part;
  const pieces = t.pieces.filter((p) => index.areas[p.area]!.level === 'unit2025').flatMap((p) => p.paths);
  part = pieces.length === 0 ? null : shapeOf(Clipper.union(pieces, FillRule.NonZero));
  cityParts.set(t, part);
  return part;
}

/**
 * The covered part of the city for combination `c`, one plane shape per tile (tiles without any left out). A tile
 * covered whole gives the tile's part of the city, the same object for every combination.
 */
export function coveredShapesByTile({ index, tiles }: EngineTiles, c: number): PlanarShape[] {
  const out: PlanarShape[] = [];
  for (const t of tiles.values()) {
    const u = t.unions[c] ?? null;
    if (u === null) continue;
    const city = cityPartOf(index, t);
    if (city === null || city.paths.length === 0) continue;
    if (u === 'full') out.push(city);
    else {
      const paths = Clipper.intersect(city.paths, u.paths, FillRule.NonZero);
      if (paths.length > 0) out.push(shapeOf(paths));
    }
  }
  return out;
}

/** The covered part of the city for combination `c`, one MultiPolygon per tile. */
export function coveredByTile(view: EngineTiles, c: number): MultiPolygon[] {
  return coveredShapesByTile(view, c).map((s) => shapeToMultiPolygon(s));
}

/** Covered area inside the 2025 units (the city) for combination `c`, as one MultiPolygon. */
export function cityCoverage({ index, tiles }: EngineTiles, c: number): MultiPolygon {
  const paths: Paths64 = [];
  for (const t of tiles.values()) {
    const u = t.unions[c];
    if (!u) continue;
    const city = t.pieces.filter((p) => index.areas[p.area]!.level === 'unit2025').flatMap((p) => p.paths);
    if (city.length === 0) continue;
    paths.push(
      ...(u === 'full' ? Clipper.union(city, FillRule.NonZero) : Clipper.intersect(city, u.paths, FillRule.NonZero)),
    );
  }
  return shapeToMultiPolygon(shapeOf(Clipper.union(paths, FillRule.NonZero)));
}

/**
 * How each area of a level overlaps the census wards: per area and ward, the area in common (m², summed over
 * the pieces) and the residents in it (ward density × area). `wardIds` are the wards by their piece index.
 */
export function wardOverlapsOf(
  index: AreaIndex,
  wardIds: readonly string[],
  level: Exclude<EngineLevel, 'city'>,
): WardOverlapRow[] {
  const out: WardOverlapRow[] = [];
  index.areas.forEach((a, i) => {
    if (a.level !== level) return;
    const byWard = new Map<number, { m2: number; residents: number }>();
    for (const [tile, j] of index.piecesOfArea[i]!) {
      const p = index.tiles.get(tile)![j]!;
      if (p.ward < 0) continue;
      const o = byWard.get(p.ward) ?? { m2: 0, residents: 0 };
      o.m2 += p.areaM2;
      o.residents += p.density * p.areaM2;
      byWard.set(p.ward, o);
    }
    for (const [w, o] of byWard) out.push({ area: a.id, ward: wardIds[w]!, ...o });
  });
  return out;
}

/** A footprint drawn: its technology and coverage level, its range in metres and its `[lng, lat]` outline. */
export type FootprintGeometry = { tech: Technology; level: CoverageLevel; rangeM: number; geometry: MultiPolygon };

/** Footprints as `[lng, lat]` MultiPolygons, one per technology and coverage level, with their range in metres. */
export function footprintGeometries(footprints: readonly Footprint[]): FootprintGeometry[] {
  return footprints.map((f) => ({
    tech: f.tech,
    level: f.level,
    rangeM: f.rangeM,
    geometry: {
      type: 'MultiPolygon',
      coordinates: footprintPaths(f).map((path) => {
        const ring = path.map(
          (p) => HANOI_LAEA.inverse([p.x / PLANE_UNITS_PER_M, p.y / PLANE_UNITS_PER_M]) as Position,
        );
        return [[...ring, ring[0]!]];
      }),
    },
  }));
}
