/**
 * The order footprints enter a tile's union in, and one object per unchanged footprint.
 *
 * A union depends on its input's order at the last bit (clipper2-ts rounds crossings in sweep order, and
 * loses or gains a little area on some inputs, upstream clipper2-ts #29). A site's rank is its place in the
 * list last given to `setSites`; sites placed since come after, in the order placed; imported coverage
 * polygons come after every site. In this order an incremental change builds each union exactly as a full
 * recompute of the same list does, whatever order the changes came in.
 */
import { COVERAGE_LEVELS } from '../../domain/coverage-level.js';
import { TECHNOLOGIES } from '../../domain/telecom.js';
import { sameFootprint, type Footprint } from './footprints.js';

/** Rank of the first imported coverage polygon: after any number of sites. */
const IMPORTED_RANK = 2 ** 40;

export class FootprintOrder {
  private readonly siteRank = new Map<string, number>();
  private nextRank = 0;
  private readonly rank = new WeakMap<Footprint, number>();
  /** Each site's footprint per technology and coverage level as last placed (see `same`). */
  private readonly last = new Map<string, Footprint>();

  /** Before a full recompute: ranks start again from the list. */
  restart(): void {
    this.siteRank.clear();
    this.nextRank = 0;
  }

  /**
   * Ranks a site's footprints: a site already ranked keeps its rank when `keep` (a change), else it takes the
   * next (a full recompute ranks by the list; an id listed twice, last).
   */
  place(siteId: string, footprints: readonly Footprint[], keep: boolean): void {
    let r = keep ? this.siteRank.get(siteId) : undefined;
    if (r === undefined) this.siteRank.set(siteId, (r = this.nextRank++));
    for (const f of footprints) this.rank.set(f, r);
  }

  /** Ranks imported polygons after every site, in their order. */
  placeImported(footprints: readonly Footprint[]): void {
    footprints.forEach((f, i) => this.rank.set(f, IMPORTED_RANK + i));
  }

  /**
   * Forgets a removed site: placed again, it comes last, like a site appended to the list (the time slider
   * instead keeps the rank: it takes sites away and puts them back in the list's order).
   */
  forget(siteId: string): void {
    this.siteRank.delete(siteId);
    for (const tech of TECHNOLOGIES)
      for (const level of COVERAGE_LEVELS) this.last.delete(`${siteId}|${tech}|${level}`);
  }

  /**
   * The footprint to place: the one placed before for this site, technology and level when it is the same (same
   * object, so that a tile's union state is found again; see union-states.ts), else `f`.
   */
  same(f: Footprint): Footprint {
    const key = `${f.siteId}|${f.tech}|${f.level}`;
    const known = this.last.get(key);
    if (known && sameFootprint(known, f)) return known;
    this.last.set(key, f);
    return f;
  }

  /** Footprints in rank order. */
  sorted(footprints: Iterable<Footprint>): Footprint[] {
    return [...footprints].sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
  }
}
