/**
 * What the site suggestion search (suggest.ts) starts from: the zones it serves with their operator's 5G
 * figures and uncovered parts, the proposed site's radio, and the candidate positions grouped by the areas
 * they stand in. Split out of suggest.ts, which keeps the search; positions are plane metres.
 */
import type { CoverageEngine } from './engine/engine.js';
import { ENVIRONMENTS } from './coverage/environment.js';
import { environmentCellOf } from './coverage/environment-grid.js';
import { EMPTY_SHAPE, projectPolygon } from './planar.js';
import { HANOI_LAEA } from './projection.js';
import { detectTowers, type Tower, type TowerSite } from './sharing-towers.js';
import { PLAN_TARGETS } from './targets.js';
import { isGridLevel } from '../domain/grid.js';
import { BANDS, TECHNOLOGIES, type Operator, type Site } from '../domain/telecom.js';
import { gridPoints, towersNear } from './suggest-search.js';
import type { Candidate, Group, Proposal, SiteTemplate, SuggestOptions, Zone } from './suggest-types.js';

/**
 * The zones served (the given ids, or every zone below the 5G target for `op`; unknown ids dropped), with the
 * operator's 5G km² and residents covered; gaps are left empty for {@link refreshZoneGap}.
 */
export function servedZones(engine: CoverageEngine, op: Operator, zoneIds: readonly string[] | null): Zone[] {
  const byId = new Map(engine.results('zone').map((r) => [r.id, r]));
  const failing = (id: string) => byId.get(id)!.coverage['5G'][op].percent < PLAN_TARGETS.zone5gPercent.value - 0.01;
  return (zoneIds ?? [...byId.keys()].filter(failing))
    .filter((id) => byId.has(id))
    .map((id) => {
      const r = byId.get(id)!;
      return {
        id,
        km2: r.coverage['5G'][op].coveredKm2,
        pop: r.coverage['5G'][op].popCovered,
        population: r.population,
        gap: EMPTY_SHAPE,
      };
    });
}

/** Sets a zone's gap to the part of it the operator's 5G does not cover now. */
export function refreshZoneGap(engine: CoverageEngine, op: Operator, z: Zone): void {
  const u = engine.uncovered('zone', z.id, '5G', op);
  z.gap = u ? projectPolygon(u.geometry) : EMPTY_SHAPE;
}

/** A proposed site of `op` with the template's radio, without id or position. */
export function baseSite(op: Operator, template: SiteTemplate): Omit<Site, 'id' | 'lng' | 'lat'> {
  const technologies = TECHNOLOGIES.filter((t) => template.bands.some((b) => BANDS[b].tech === t));
  return {
    operator: op,
    technologies,
    bands: [...template.bands],
    heightM: template.heightM,
    azimuthsDeg: [...template.azimuthsDeg],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
  };
}

/** A proposal's tower fields for candidate `c`: the tower's id and operators, or none for a grid point. */
export const towerOf = (c: Candidate): Pick<Proposal, 'tower' | 'towerOperators'> => ({
  tower: c.tower?.id ?? null,
  towerOperators: [...(c.tower?.operators ?? [])],
});

/** The towers of `sites` that carry no site of `op` (other operators' towers, for co-location). */
export function otherTowers(sites: readonly TowerSite[], op: Operator): Tower[] {
  return detectTowers(sites).filter((t) => !t.operators.includes(op));
}

/**
 * A candidate at each grid point (`[x, y]` plane metres), then one at each tower (at its `[lng, lat]`): grouped
 * by the areas (not grid cells) and the environment-grid cell it stands in, whether it stands in a served zone, and the highest mean density
 * (residents per m²) of its areas.
 */
export function candidatesAt(
  engine: CoverageEngine,
  points: readonly [number, number][],
  zones: readonly Zone[],
  base: Omit<Site, 'id' | 'lng' | 'lat'>,
  towers: readonly Pick<Tower, 'id' | 'lng' | 'lat' | 'operators'>[] = [],
): Candidate[] {
  const groups = new Map<string, Group>();
  const served = new Set(zones.map((z) => `zone|${z.id}`));
  const meanDensity = new Map(
    engine.areaMeta().map((a) => [`${a.level}|${a.id}`, a.areaM2 > 0 ? a.population / a.areaM2 : 0]),
  );
  const at = (lng: number, lat: number, x: number, y: number, tower: Candidate['tower'], i: number): Candidate => {
    const areas = engine.locate(lng, lat).map((a) => `${a.level}|${a.id}`);
    // A site's environment is its environment-grid cell's class, else its census ward's: candidates sharing
    // both share a class.
    const key = `${areas
      .filter((a) => !isGridLevel(a.split('|')[0]!))
      .sort()
      .join(' ')} @${environmentCellOf(lng, lat).join(',')}`;
    const group =
      groups.get(key) ?? (groups.set(key, { envs: [...ENVIRONMENTS], members: [], ver: 0 }).get(key) as Group);
    group.members.push(i);
    const inZone = areas.some((a) => served.has(a));
    return {
      site: { ...base, id: '', lng, lat },
      group,
      x,
      y,
      inZone,
      density: Math.max(0, ...areas.map((a) => meanDensity.get(a) ?? 0)),
      ceiling: 0,
      tower,
    };
  };
  const grid = points.map(([x, y], i) => at(...HANOI_LAEA.inverse([x, y]), x, y, null, i));
  return grid.concat(
    towers.map((t, i) =>
      at(t.lng, t.lat, ...HANOI_LAEA.forward([t.lng, t.lat]), { id: t.id, operators: t.operators }, points.length + i),
    ),
  );
}

/**
 * The search's candidates: grid points (aligned on the plane's origin, so runs agree) in or near the zones' gaps,
 * the spacing (metres) grown until there are at most `maxCandidates`; then, with `coLocation`, the other
 * operators' towers within `marginM` of a gap, on top of the grid. Returns the spacing used and the towers taken.
 */
export function searchCandidates(
  engine: CoverageEngine,
  zones: readonly Zone[],
  o: Pick<SuggestOptions, 'operator' | 'spacingM' | 'marginM' | 'maxCandidates' | 'coLocation' | 'existingSites'>,
  base: Omit<Site, 'id' | 'lng' | 'lat'>,
): { cands: Candidate[]; spacingM: number; towers: number } {
  let spacingM = o.spacingM;
  let points = gridPoints(zones, spacingM, o.marginM);
  while (points.length > o.maxCandidates) {
    spacingM *= Math.sqrt(points.length / o.maxCandidates) * 1.02;
    points = gridPoints(zones, spacingM, o.marginM);
  }
  const towers = o.coLocation ? towersNear(zones, otherTowers(o.existingSites, o.operator), o.marginM) : [];
  return { cands: candidatesAt(engine, points, zones, base, towers), spacingM, towers: towers.length };
}
