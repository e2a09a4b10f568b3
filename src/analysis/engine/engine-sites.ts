/**
 * The sites an engine has placed: each site's footprints (modelled, or left out where imported coverage
 * replaces its operator and technology), the areas it stands in, and their registration with the tiles and
 * the per-area site counts. Split out of engine.ts, which decides what to recompute after a placement.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Operator, Site, Technology } from '../../domain/telecom.js';
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { Environment } from '../coverage/environment.js';
import type { EnvironmentGrid } from '../coverage/environment-grid.js';
import type { CoverageParams } from '../coverage/model.js';
import type { AreaIndex } from './area-index.js';
import { linkFootprints, type Touched } from './engine-link.js';
import { areasAt, environmentAtSite, planeOf } from './engine-locate.js';
import type { AreaSums } from './engine-sums.js';
import type { FootprintOrder } from './footprint-order.js';
import { importedFootprint, reachesBox, siteFootprints, type Footprint } from './footprints.js';
import { PLANE_UNITS_PER_M, type PlaneBox } from '../planar.js';
import type { TileState } from './tile-compute.js';
import { tileOf, tilesOfBox, type TileGrid } from './tiles.js';

/** An imported coverage polygon of one operator and technology (`[lng, lat]` degrees). */
export type ImportedCoverage = { operator: Operator; tech: Technology; geometry: Polygon | MultiPolygon };

/** A placed site with its footprints (as linked) and the indices of the areas it stands in. */
export type PlacedSite = { site: Site; footprints: Footprint[]; areas: number[] };

/** What placing a site reads and writes of its engine. */
export type PlacementContext = {
  grid: TileGrid;
  index: AreaIndex;
  tiles: ReadonlyMap<number, TileState>;
  params: CoverageParams;
  order: FootprintOrder;
  sums: AreaSums;
  /** Whether the engine computes a tile (see `tileOwner`). */
  owns: (key: number) => boolean;
  /** The environment grid sites take their class from (see `environmentAtSite`); none: the census density's. */
  environment?: EnvironmentGrid | null;
};

/** The placed sites and imported footprints of one engine. */
export class SitePlacement {
  readonly sites = new Map<string, PlacedSite>();
  /** Footprints of imported coverage, linked after the sites on a full recompute. */
  imported: Footprint[] = [];
  /** A site object's footprints and areas as placed before (the time slider places the same objects again). */
  private made = new WeakMap<Site, { footprints: Footprint[]; areas: number[] }>();

  constructor(private readonly ctx: PlacementContext) {}

  /** Forgets the footprints and areas made for site objects (after the imports or the areas change). */
  forgetMade(): void {
    this.made = new WeakMap();
  }

  /** Replaces the imported coverage footprints (the caller recomputes). */
  setImported(items: readonly ImportedCoverage[]): void {
    this.imported = items.flatMap((c, i) => importedFootprint(`import-${i}`, c.operator, c.tech, c.geometry) ?? []);
    this.ctx.order.placeImported(this.imported);
    this.forgetMade();
  }

  /** Indices of the areas containing a `[lng, lat]` point (none when another shard owns its tile). */
  areasAt(site: Pick<Site, 'lng' | 'lat'>): number[] {
    return areasAt(this.ctx.grid, this.ctx.index, this.ctx.owns, site);
  }

  /** The farthest any placed site's footprint reaches from the site, metres (0 without sites). */
  maxReachM(): number {
    let max = 0;
    for (const s of this.sites.values())
      for (const f of s.footprints) if (f.fixed === null) max = Math.max(max, f.reach);
    return max / PLANE_UNITS_PER_M;
  }

  /** Keys of the tiles the modelled footprints of `sites` reach and of the tiles they stand in; places nothing. */
  tilesReached(sites: readonly Site[]): Set<number> {
    const { grid, params } = this.ctx;
    const out = new Set<number>();
    const box: PlaneBox = [0, 0, 0, 0];
    for (const site of sites) {
      const [x, y] = planeOf(site);
      for (const k of tilesOfBox(grid, [x, y, x, y])) out.add(k);
      for (const f of siteFootprints(site, this.environmentAt(site), params))
        for (const k of tilesOfBox(grid, f.box)) {
          const [i, j] = tileOf(k);
          [box[0], box[1]] = [i * grid.sizeUnits, j * grid.sizeUnits];
          [box[2], box[3]] = [box[0] + grid.sizeUnits, box[1] + grid.sizeUnits];
          if (reachesBox(f, box)) out.add(k);
        }
    }
    return out;
  }

  /** The sites standing within `reachM` metres (a square around each) of one of `tiles` (keys). */
  standingNear(sites: readonly Site[], tiles: ReadonlySet<number>, reachM: number): Site[] {
    const r = Math.ceil(reachM * PLANE_UNITS_PER_M) + 1;
    return sites.filter((site) => {
      const [x, y] = planeOf(site);
      return tilesOfBox(this.ctx.grid, [x - r, y - r, x + r, y + r]).some((k) => tiles.has(k));
    });
  }

  /** The propagation environment of a site standing at its `[lng, lat]` point (see `environmentAtSite`). */
  environmentAt(site: Pick<Site, 'lng' | 'lat'>): Environment {
    return environmentAtSite(this.ctx.grid, this.ctx.index, this.ctx.environment ?? null, site);
  }

  /**
   * Registers a site's footprints with the tiles they reach: as a count where a footprint covers the whole
   * tile (no geometry needed there), as a partial footprint elsewhere; a site placed before is replaced.
   * `touched` collects the tiles and combinations whose union may have changed (null during a full recompute).
   * Returns the areas whose site counts changed.
   */
  place(site: Site, touched: Touched | null, levels: readonly CoverageLevel[] | null = null): number[] {
    const { order, sums } = this.ctx;
    let made = this.made.get(site);
    if (!made) {
      const env = this.environmentAt(site);
      const replaced = new Set(this.imported.map((f) => `${f.operator}|${f.tech}`));
      made = {
        footprints: siteFootprints(site, env, this.ctx.params).filter((f) => !replaced.has(`${f.operator}|${f.tech}`)),
        areas: this.areasAt(site),
      };
      this.made.set(site, made);
    }
    const kept = levels === null ? made.footprints : made.footprints.filter((f) => levels.includes(f.level));
    const footprints = kept.map((f) => order.same(f));
    const old = touched && this.sites.get(site.id);
    if (old) {
      // A footprint the change leaves as it was (a site gaining 5G keeps its 4G one) stays linked: taking it
      // out and putting it back would rebuild every union it reaches, to the same set of footprints.
      this.link(
        old.footprints.filter((o) => !footprints.includes(o)),
        touched,
        -1,
      );
      sums.countSite(old.site, old.areas, -1);
      sums.countCity(old.site, -1);
      this.sites.delete(site.id);
      this.link(
        footprints.filter((f) => !old.footprints.includes(f)),
        touched,
        1,
      );
    } else this.link(footprints, touched, 1);
    order.place(site.id, footprints, touched !== null);
    const areas = made.areas;
    this.sites.set(site.id, { site, footprints, areas });
    sums.countSite(site, areas, 1);
    sums.countCity(site, 1);
    // The areas whose site counts changed.
    return old ? [...old.areas, ...areas] : areas;
  }

  /** Takes a placed site out of the tiles and the site counts. */
  unplace(id: string, touched: Touched): void {
    const old = this.sites.get(id)!;
    this.link(old.footprints, touched, -1);
    this.ctx.sums.countSite(old.site, old.areas, -1);
    this.ctx.sums.countCity(old.site, -1);
    this.sites.delete(id);
  }

  /** Adds (`delta` 1) or removes (-1) footprints in the tiles they reach (see engine-link.ts). */
  link(footprints: readonly Footprint[], touched: Touched | null, delta: 1 | -1): void {
    linkFootprints(this.ctx.grid, this.ctx.tiles, footprints, touched, delta);
  }
}
