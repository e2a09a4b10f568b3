/**
 * "Suggest sites": for one operator and a number K, up to K new 5G sites that cover the most of the priority
 * zones the operator fails (its 5G share below 100 %), counted in km² or in residents. Pure: runs in a Worker
 * and in Node. The engine is used for exact figures and is left exactly as it was found.
 *
 * Method: greedy maximum coverage over a grid of candidate positions. Covered area (and covered population)
 * is monotone submodular in the set of sites, so the greedy choice is within 1 − 1/e of the best set of K
 * candidates (Nemhauser, Wolsey & Fisher 1978) and a candidate's gain can only shrink as sites are added,
 * which lazy greedy exploits (Minoux 1978): a max-heap of values that are all upper bounds of the current
 * gains, the top refined until it is exact for the current round. Three values, each cheaper than the next:
 *  1. a stale value from an earlier round;
 *  2. a geometric bound: the area of the candidate's footprint (the engine's own polygon, `siteFootprints`)
 *     intersected with each zone's uncovered part (`engine.uncovered`) — about 0.05 ms;
 *  3. the exact gain: the trial site placed in the engine (`upsertSite`), the zones read, the site removed
 *     (`removeSite`; the engine's results are bit-identical to a full recompute, so this restores the
 *     state) — about 4 ms on the real data.
 * Accepted sites stay placed during the search (later gains are marginal to them) and are all removed at
 * the end, also on cancel or error.
 *
 * The footprint's range depends on the environment class (the class of the environment-grid cell where the site
 * stands, else the census density there), which the engine does not expose. Candidates are grouped by the areas
 * containing them (`engine.locate`, grid levels left out) and their environment-grid cell; a group starts with
 * every class possible (the bound then uses the widest range) and each exact evaluation narrows it to the classes
 * whose geometric area matches the engine's gain. This is exact when the census wards are one of the engine's
 * levels (the app: `ward2019`), because then a group lies in one ward and one cell; when an evaluation
 * contradicts its group, the group goes back to every class
 * (`boundMisses` counts it). Bounds carry the rounding allowance of the match (50 m² + 0.01 %). The
 * population bound caps each zone at its uncovered residents and otherwise assumes, 25 % above, the highest
 * mean density of the areas containing any candidate within reach (see setCeilings). Gains within 1 m²
 * (0.01 resident) tie, and a tie goes to a site standing in a served zone.
 *
 * Proposals are 5G radios with band n78, 30 m high, omni, technologies from their bands (default `['5G']`):
 * whether one goes on an existing 4G mast is the planner's choice, and leaving 4G out keeps the 4G figures
 * unchanged. Ids are `suggest-<operator>-<n>`, skipping `takenIds`.
 *
 * Co-location first (`coLocation`): other operators' towers near the gaps are candidates too, and the heap ranks
 * every candidate by its gain times a fixed weight (1 + `coLocationBonus` at a tower, else 1). A fixed weight per
 * candidate keeps the bounds bounds and the lazy greedy exact: each round takes the best weighted gain.
 */
import { Clipper, FillRule } from 'clipper2-ts';
import type { CoverageEngine } from './engine/engine.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { footprintPaths, siteFootprints } from './engine/footprints.js';
import { ENVIRONMENTS, type Environment } from './coverage/environment.js';
import { siteRangeM } from './coverage/model.js';
import { PLANE_UNITS_PER_M, boxesOverlap } from './planar.js';
import type { Site } from '../domain/telecom.js';
import {
  MIN_GAIN,
  PROGRESS_EVERY,
  SUGGEST_DEFAULTS,
  TIE_STEP,
  tolerance,
  type Candidate,
  type Exact,
  type Group,
  type Proposal,
  type SuggestInput,
  type SuggestOptions,
  type SuggestProgress,
  type SuggestResult,
  type SuggestStop,
  type Zone,
} from './suggest-types.js';
import { baseSite, refreshZoneGap, searchCandidates, servedZones, towerOf } from './suggest-candidates.js';
import { MaxHeap, freeId, readGain, setCeilings, skipTaken } from './suggest-search.js';
export {
  MIN_GAIN,
  PROGRESS_EVERY,
  SUGGEST_DEFAULTS,
  type Proposal,
  type SiteTemplate,
  type SuggestInput,
  type SuggestObjective,
  type SuggestOptions,
  type SuggestProgress,
  type SuggestResult,
  type SuggestStop,
  type ZoneChange,
} from './suggest-types.js';

/** Trials and proposals are placed outdoors only: the zones' target is read outdoors; all are removed at the end. */
const OUTDOOR_ONLY: readonly CoverageLevel[] = ['outdoor'];

/** Up to `k` new 5G sites for `operator` covering the most of its failing zones; the engine is left unchanged. */
export function suggestSites(engine: CoverageEngine, input: SuggestInput): SuggestResult {
  const steps = suggestSteps(engine, input);
  for (;;) {
    const r = steps.next(false);
    if (r.done) return r.value;
  }
}

/**
 * The same search as {@link suggestSites}, as a generator that pauses between pieces of work (every 256
 * bounds, every exact evaluation): a Web Worker drives it a few milliseconds at a time so that a "cancel"
 * message can arrive, and passes `true` to `next` to stop it. Stopped or not, the engine is left as it was.
 */
export function* suggestSteps(
  engine: CoverageEngine,
  input: SuggestInput,
): Generator<void, SuggestResult, boolean | undefined> {
  const t0 = performance.now();
  const o: SuggestOptions = {
    ...SUGGEST_DEFAULTS,
    ...input,
    template: { ...SUGGEST_DEFAULTS.template, ...input.template },
  };
  const op = o.operator;
  const U = PLANE_UNITS_PER_M;
  let evaluated = 0,
    bounded = 0,
    boundMisses = 0,
    towerCount = 0,
    spacingM = o.spacingM;
  const isCancelled = () => o.shouldCancel?.() === true;
  const progress = (phase: SuggestProgress['phase'], done: number, total: number) =>
    o.onProgress?.({ phase, done, total, evaluated });
  const proposals: Proposal[] = [];
  const finish = (stop: SuggestStop, zones: number, candidates: number): SuggestResult => ({
    proposals,
    stop,
    cancelled: stop === 'cancelled',
    zones,
    candidates,
    towers: towerCount,
    onTowers: proposals.filter((p) => p.tower !== null).length,
    spacingM,
    evaluated,
    bounded,
    boundMisses,
    ms: performance.now() - t0,
  });

  // Zones served, their operator 5G figures and uncovered parts.
  const zones = servedZones(engine, op, o.zoneIds);
  const refreshGap = (z: Zone) => refreshZoneGap(engine, op, z);
  zones.forEach(refreshGap);

  // The template's ranges per environment class; nothing to do without a 5G band.
  const base = baseSite(op, o.template);
  const rangeOf = new Map(
    ENVIRONMENTS.map((e) => [e, siteRangeM({ ...base, id: '', lng: 0, lat: 0 }, '5G', e, engine.params)]),
  );
  if (o.k <= 0 || zones.length === 0 || ![...rangeOf.values()].some((r) => r > 0))
    return finish(o.k <= 0 ? 'k' : 'no-gain', zones.length, 0);

  // Candidates: grid points in or near the zones' gaps, and other operators' towers with co-location first.
  progress('candidates', 0, zones.length);
  const found = searchCandidates(engine, zones, o, base);
  const cands = found.cands;
  [spacingM, towerCount] = [found.spacingM, found.towers];
  progress('candidates', zones.length, zones.length);
  if (o.objective === 'population') setCeilings(cands, spacingM, Math.max(...rangeOf.values()));

  // Geometric figures: the footprint at an environment class intersected with each zone's gap.
  const gapM2 = (c: Candidate, env: Environment): { m2: number; value: number } => {
    bounded++;
    let m2 = 0,
      value = 0;
    for (const f of siteFootprints(c.site, env, engine.params)) {
      if (f.tech !== '5G' || f.level !== 'outdoor') continue;
      const paths = footprintPaths(f);
      for (const z of zones) {
        if (z.gap.areaM2 <= 0 || !boxesOverlap(f.box, z.gap.box)) continue;
        const a = Clipper.areaPaths(Clipper.intersect(paths, z.gap.paths, FillRule.NonZero)) / (U * U);
        m2 += a;
        // The engine cuts at tile edges and the gap went through [lng, lat]: allow for their rounding.
        const most = a > 0 ? a + tolerance(a) : 0;
        value += o.objective === 'area' ? most / 1e6 : Math.min(Math.max(0, z.population - z.pop), most * c.ceiling);
      }
    }
    return { m2, value };
  };
  const widest = (g: Group) => g.envs.reduce((a, b) => (rangeOf.get(b)! > rangeOf.get(a)! ? b : a));
  const bound = (c: Candidate) => gapM2(c, widest(c.group)).value;

  const taken = new Set(o.takenIds);
  const trialId = freeId(`suggest-${op}-trial`, taken);
  const exact = (c: Candidate): Exact => {
    const before = engine.siteCount;
    engine.upsertSite({ ...c.site, id: trialId }, OUTDOOR_ONLY);
    // A trial id already in the engine would have moved that site: it could not be put back.
    if (engine.siteCount !== before + 1)
      throw new Error(`suggestSites: site id "${trialId}" is already in the engine — pass the plan's ids in takenIds`);
    try {
      evaluated++;
      return readGain(engine, zones, op);
    } finally {
      engine.removeSite(trialId);
    }
  };

  // Narrows the candidate's group to the classes whose footprint matches the exact gain.
  const learn = (ci: number, e: Exact): 'ok' | 'reset' | 'imported' => {
    const c = cands[ci]!;
    const m2 = e.km2 * 1e6;
    const tol = tolerance(m2);
    const area = new Map<number, number>();
    const fits = ENVIRONMENTS.filter((env) => {
      const r = rangeOf.get(env)!;
      if (!area.has(r)) area.set(r, gapM2(c, env).m2);
      return Math.abs(area.get(r)! - m2) <= tol;
    });
    if (m2 === 0 && Math.min(...area.values()) > tol) return 'imported';
    const keep = c.group.envs.filter((env) => fits.includes(env));
    if (keep.length === c.group.envs.length) return 'ok';
    c.group.ver++;
    if (keep.length > 0) {
      c.group.envs = keep;
      return 'ok';
    }
    boundMisses++;
    c.group.envs = [...ENVIRONMENTS];
    return 'reset';
  };

  const minGain = MIN_GAIN[o.objective];
  const heap = new MaxHeap();
  const token = new Int32Array(cands.length);
  const exactOf = new Map<number, Exact>();
  let round = 0;
  const push = (ci: number, value: number, isExact: boolean) => {
    token[ci]!++;
    if (value < minGain) return;
    // Keys in steps of TIE_STEP (bounds rounded up, so they stay bounds): near-equal gains tie, and a tie goes
    // to a tower (co-location first), then to a site standing in a served zone, then to the first candidate.
    const step = TIE_STEP[o.objective];
    const atTower = cands[ci]!.tower !== null;
    const weighted = atTower ? value * (1 + o.coLocationBonus) : value;
    const key = (isExact ? Math.round(weighted / step) : Math.ceil(weighted / step)) * step;
    heap.push({
      value,
      key,
      inZone: cands[ci]!.inZone,
      atTower,
      c: ci,
      token: token[ci]!,
      exact: isExact,
      round,
      ver: cands[ci]!.group.ver,
    });
  };
  const placed: string[] = [];
  try {
    progress('bounds', 0, cands.length);
    for (let i = 0; i < cands.length; i++) {
      if (i % 256 === 0 && ((yield) === true || isCancelled())) return finish('cancelled', zones.length, cands.length);
      push(i, bound(cands[i]!), false);
    }
    progress('search', 0, o.k);
    let nextId = 1;
    for (;;) {
      if (proposals.length >= o.k) return finish('k', zones.length, cands.length);
      const top = heap.pop();
      if (!top) return finish('no-gain', zones.length, cands.length);
      if (top.token !== token[top.c]) continue;
      const c = cands[top.c]!;
      // A bound from an earlier round, or from before the group was narrowed, is refreshed first.
      if (top.round !== round || (!top.exact && top.ver !== c.group.ver)) {
        push(top.c, Math.min(top.value, bound(c)), false);
      } else if (!top.exact) {
        if ((yield) === true || isCancelled()) return finish('cancelled', zones.length, cands.length);
        if (evaluated >= o.maxEvaluations) return finish('budget', zones.length, cands.length);
        const e = exact(c);
        const learnt = learn(top.c, e);
        if (learnt === 'imported') return finish('imported', zones.length, cands.length);
        const value = o.objective === 'area' ? e.km2 : e.people;
        if (value > top.value * (1 + 1e-9) + 1e-9 && learnt === 'ok') boundMisses++;
        exactOf.set(top.c, e);
        push(top.c, value, true);
        // A contradicted group may hold candidates whose bounds were too low: bound them again.
        if (learnt === 'reset') for (const m of c.group.members) if (m !== top.c) push(m, bound(cands[m]!), false);
        if (evaluated % PROGRESS_EVERY === 0) progress('search', proposals.length, o.k);
      } else {
        const e = exactOf.get(top.c)!;
        nextId = skipTaken(op, nextId, taken);
        const site: Site = { ...c.site, id: `suggest-${op}-${nextId++}` };
        engine.upsertSite(site, OUTDOOR_ONLY);
        placed.push(site.id);
        const now = new Map(engine.results('zone').map((r) => [r.id, r.coverage['5G'][op]]));
        for (const z of zones) {
          const f = now.get(z.id)!;
          if (f.coveredKm2 === z.km2 && f.popCovered === z.pop) continue;
          z.km2 = f.coveredKm2;
          z.pop = f.popCovered;
          refreshGap(z);
        }
        proposals.push({ site, gainKm2: e.km2, gainPeople: e.people, zones: e.zones, ...towerOf(c) });
        token[top.c]!++;
        round++;
        progress('search', proposals.length, o.k);
      }
    }
  } finally {
    for (const id of placed.reverse()) engine.removeSite(id);
  }
}
