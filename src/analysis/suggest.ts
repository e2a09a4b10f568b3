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
 * The footprint's range depends on the environment class (the census density where the site stands), which
 * the engine does not expose. Candidates are grouped by the areas containing them (`engine.locate`, grid
 * levels left out); a group starts with every class possible (the bound then uses the widest range) and
 * each exact evaluation narrows it to the classes whose geometric area matches the engine's gain. This is
 * exact when the census wards are one of the engine's levels (the app: `ward2019`), because then a group
 * lies in one ward; when an evaluation contradicts its group, the group goes back to every class
 * (`boundMisses` counts it). Bounds carry the rounding allowance of the match (50 m² + 0.01 %). The
 * population bound caps each zone at its uncovered residents and otherwise assumes, 25 % above, the highest
 * mean density of the areas containing any candidate within reach (see setCeilings). Gains within 1 m²
 * (0.01 resident) tie, and a tie goes to a site standing in a served zone.
 *
 * Proposals are 5G radios with band n78, 30 m high, omni, technologies from their bands (default `['5G']`):
 * whether one goes on an existing 4G mast is the planner's choice, and leaving 4G out keeps the 4G figures
 * unchanged. Ids are `suggest-<operator>-<n>`, skipping `takenIds`.
 */
import { Clipper, EndType, FillRule, JoinType, type Paths64 } from 'clipper2-ts';
import type { CoverageEngine } from './engine/engine.js';
import { footprintPaths, siteFootprints } from './engine/footprints.js';
import { pointInPaths } from './engine/line-geometry.js';
import { ENVIRONMENTS, type Environment } from './coverage/environment.js';
import { siteRangeM } from './coverage/model.js';
import {
  EMPTY_SHAPE,
  PLANE_UNITS_PER_M,
  boxesOverlap,
  pathsBox,
  projectPolygon,
  type PlanarShape,
  type PlaneBox,
} from './planar.js';
import { HANOI_LAEA } from './projection.js';
import { PLAN_TARGETS } from './targets.js';
import { isGridLevel } from '../domain/grid.js';
import { BANDS, TECHNOLOGIES, type Operator, type Site } from '../domain/telecom.js';

/** What a proposal's gain counts: km² or residents newly covered by the operator's 5G in the zones. */
export type SuggestObjective = 'area' | 'population';

/** The radio of a proposed site. */
export type SiteTemplate = Pick<Site, 'bands' | 'heightM' | 'azimuthsDeg'>;

export type SuggestOptions = {
  operator: Operator;
  /** Sites to propose (at most). */
  k: number;
  /** @default 'area' */
  objective: SuggestObjective;
  /** Ids of the engine's `zone` areas to serve. @default null: every zone where the operator's 5G share is below 100 % */
  zoneIds: readonly string[] | null;
  /** Bands (technologies follow them), antenna height m, azimuths deg clockwise from north. @default n78, 30 m, omni */
  template: SiteTemplate;
  /**
   * Candidate grid spacing, metres, in the equal-area plane. n78 at 30 m reaches about 350 m in dense urban
   * areas (COVERAGE_DEFAULTS), so the best position is at most 106 m (spacing / √2, 0.3 of a range) from a
   * candidate. @default 150
   */
  spacingM: number;
  /** Candidates stand in the uncovered part of a zone or up to this far from it, metres. @default 150 */
  marginM: number;
  /** Above this many candidates the spacing grows to fit. @default 6000 */
  maxCandidates: number;
  /** Exact (engine) evaluations allowed before stopping with `stop: 'budget'`. @default 2000 */
  maxEvaluations: number;
  /** Site ids already in use (the engine's and the plan's): proposal and trial ids avoid them. @default [] */
  takenIds: readonly string[];
  /** Told at each phase and every PROGRESS_EVERY exact evaluations. @default null */
  onProgress: ((p: SuggestProgress) => void) | null;
  /** Asked between evaluations; true stops the search and returns what was found. @default null */
  shouldCancel: (() => boolean) | null;
};

export const SUGGEST_DEFAULTS: Readonly<Omit<SuggestOptions, 'operator' | 'k'>> = {
  objective: 'area',
  zoneIds: null,
  template: { bands: ['n78'], heightM: 30, azimuthsDeg: [] },
  spacingM: 150,
  marginM: 150,
  maxCandidates: 6000,
  maxEvaluations: 2000,
  takenIds: [],
  onProgress: null,
  shouldCancel: null,
};

/** The options a caller passes: operator and k, anything else over SUGGEST_DEFAULTS (template field by field). */
export type SuggestInput = Pick<SuggestOptions, 'operator' | 'k'> &
  Partial<Omit<SuggestOptions, 'operator' | 'k' | 'template'>> & { template?: Partial<SiteTemplate> };

/** `done` of `total` zones (phase 'candidates'), candidates ('bounds') or proposals ('search'). */
export type SuggestProgress = {
  phase: 'candidates' | 'bounds' | 'search';
  done: number;
  total: number;
  evaluated: number;
};

/** A zone a proposal changes: the operator's 5G share before and after (percent 0–100) and the gain. */
export type ZoneChange = {
  id: string;
  beforePercent: number;
  afterPercent: number;
  gainKm2: number;
  gainPeople: number;
};

/** One proposed site and its gain over the zones, km² and residents, given the proposals before it. */
export type Proposal = { site: Site; gainKm2: number; gainPeople: number; zones: ZoneChange[] };

/** Why the search ended: K found, nothing left to gain, cancelled, evaluation budget spent, or the operator's 5G is imported coverage (new sites add nothing). */
export type SuggestStop = 'k' | 'no-gain' | 'cancelled' | 'budget' | 'imported';

export type SuggestResult = {
  /** In the order chosen; each gain counts the proposals before it as built. */
  proposals: Proposal[];
  stop: SuggestStop;
  cancelled: boolean;
  /** Zones served. */
  zones: number;
  candidates: number;
  /** Spacing used, metres (grows above `spacingM` when the candidates would exceed `maxCandidates`). */
  spacingM: number;
  /** Exact evaluations in the engine. */
  evaluated: number;
  /** Geometric bounds computed. */
  bounded: number;
  /** Exact gains that contradicted their bound (see the module comment); 0 when every bound held. */
  boundMisses: number;
  ms: number;
};

/** Progress is reported every this many exact evaluations. */
export const PROGRESS_EVERY = 20;
/** Gains below these end the search: km² (100 m²) and residents. */
export const MIN_GAIN = { area: 1e-4, population: 1 } as const;
/** Gains closer than this tie (1 m², 0.01 resident): rounding noise should not pick a site outside the zones. */
const TIE_STEP = { area: 1e-6, population: 0.01 } as const;
/** How close the geometric area of a footprint must be to the engine's gain to match, m² plus a share. */
const MATCH_TOLERANCE = { m2: 50, relative: 1e-4 } as const;
const tolerance = (m2: number) => MATCH_TOLERANCE.m2 + MATCH_TOLERANCE.relative * m2;
/** Margin on the highest mean density, for the population bound. */
const DENSITY_MARGIN = 1.25;

type Zone = { id: string; km2: number; pop: number; population: number; gap: PlanarShape };
type Group = { envs: Environment[]; members: number[]; ver: number };
/** A candidate position; `x`, `y` plane metres; densities residents per m² (see setCeilings). */
type Candidate = { site: Site; group: Group; x: number; y: number; inZone: boolean; density: number; ceiling: number };
type Exact = { km2: number; people: number; zones: ZoneChange[] };

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
    spacingM,
    evaluated,
    bounded,
    boundMisses,
    ms: performance.now() - t0,
  });

  // Zones served, their operator 5G figures and uncovered parts.
  const byId = new Map(engine.results('zone').map((r) => [r.id, r]));
  const failing = (id: string) => byId.get(id)!.coverage['5G'][op].percent < PLAN_TARGETS.zone5gPercent.value - 0.01;
  const zones: Zone[] = (o.zoneIds ?? [...byId.keys()].filter(failing))
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
  const refreshGap = (z: Zone) => {
    const u = engine.uncovered('zone', z.id, '5G', op);
    z.gap = u ? projectPolygon(u.geometry) : EMPTY_SHAPE;
  };
  zones.forEach(refreshGap);

  // The template's ranges per environment class; nothing to do without a 5G band.
  const technologies = TECHNOLOGIES.filter((t) => o.template.bands.some((b) => BANDS[b].tech === t));
  const base: Omit<Site, 'id' | 'lng' | 'lat'> = {
    operator: op,
    technologies,
    bands: [...o.template.bands],
    heightM: o.template.heightM,
    azimuthsDeg: [...o.template.azimuthsDeg],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
  };
  const rangeOf = new Map(
    ENVIRONMENTS.map((e) => [e, siteRangeM({ ...base, id: '', lng: 0, lat: 0 }, '5G', e, engine.params)]),
  );
  if (o.k <= 0 || zones.length === 0 || ![...rangeOf.values()].some((r) => r > 0))
    return finish(o.k <= 0 ? 'k' : 'no-gain', zones.length, 0);

  // Candidates: grid points (aligned on the plane's origin, so runs agree) in or near the zones' gaps.
  progress('candidates', 0, zones.length);
  let points = gridPoints(zones, spacingM, o.marginM);
  while (points.length > o.maxCandidates) {
    spacingM *= Math.sqrt(points.length / o.maxCandidates) * 1.02;
    points = gridPoints(zones, spacingM, o.marginM);
  }
  progress('candidates', zones.length, zones.length);
  const groups = new Map<string, Group>();
  const served = new Set(zones.map((z) => `zone|${z.id}`));
  const meanDensity = new Map(
    engine.areaMeta().map((a) => [`${a.level}|${a.id}`, a.areaM2 > 0 ? a.population / a.areaM2 : 0]),
  );
  const cands: Candidate[] = points.map(([x, y], i) => {
    const [lng, lat] = HANOI_LAEA.inverse([x, y]);
    const areas = engine.locate(lng, lat).map((a) => `${a.level}|${a.id}`);
    const key = areas
      .filter((a) => !isGridLevel(a.split('|')[0]!))
      .sort()
      .join(' ');
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
    };
  });
  if (o.objective === 'population') setCeilings(cands, spacingM, Math.max(...rangeOf.values()));

  // Geometric figures: the footprint at an environment class intersected with each zone's gap.
  const gapM2 = (c: Candidate, env: Environment): { m2: number; value: number } => {
    bounded++;
    let m2 = 0,
      value = 0;
    for (const f of siteFootprints(c.site, env, engine.params)) {
      if (f.tech !== '5G') continue;
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
    engine.upsertSite({ ...c.site, id: trialId });
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
    // to a site standing in a served zone, then to the first candidate.
    const step = TIE_STEP[o.objective];
    const key = (isExact ? Math.round(value / step) : Math.ceil(value / step)) * step;
    heap.push({
      value,
      key,
      inZone: cands[ci]!.inZone,
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
        engine.upsertSite(site);
        placed.push(site.id);
        const now = new Map(engine.results('zone').map((r) => [r.id, r.coverage['5G'][op]]));
        for (const z of zones) {
          const f = now.get(z.id)!;
          if (f.coveredKm2 === z.km2 && f.popCovered === z.pop) continue;
          z.km2 = f.coveredKm2;
          z.pop = f.popCovered;
          refreshGap(z);
        }
        proposals.push({ site, gainKm2: e.km2, gainPeople: e.people, zones: e.zones });
        token[top.c]!++;
        round++;
        progress('search', proposals.length, o.k);
      }
    }
  } finally {
    for (const id of placed.reverse()) engine.removeSite(id);
  }
}

/**
 * Each candidate's density ceiling for the population bound: DENSITY_MARGIN times the highest mean density
 * (residents per m²) of the areas containing any candidate within reach (widest range plus one spacing). The
 * candidates sample every gap at the grid spacing, so a denser place within reach is missed only if it is
 * narrower than a grid step.
 */
function setCeilings(cands: Candidate[], spacingM: number, reachM: number): void {
  const at = new Map<string, Candidate>();
  const cell = (c: Candidate) => [Math.round(c.x / spacingM), Math.round(c.y / spacingM)] as const;
  for (const c of cands) at.set(cell(c).join(','), c);
  const n = Math.ceil(reachM / spacingM) + 1;
  for (const c of cands) {
    const [i, j] = cell(c);
    let most = 0;
    for (let di = -n; di <= n; di++)
      for (let dj = -n; dj <= n; dj++) most = Math.max(most, at.get(`${i + di},${j + dj}`)?.density ?? 0);
    c.ceiling = DENSITY_MARGIN * most;
  }
}

/** The operator's 5G gain over the zones against their recorded figures, with the zones that change. */
function readGain(engine: CoverageEngine, zones: readonly Zone[], op: Operator): Exact {
  const now = new Map(engine.results('zone').map((r) => [r.id, r]));
  let km2 = 0,
    people = 0;
  const changes: ZoneChange[] = [];
  for (const z of zones) {
    const r = now.get(z.id)!;
    const f = r.coverage['5G'][op];
    const dk = f.coveredKm2 - z.km2;
    const dp = f.popCovered - z.pop;
    if (dk === 0 && dp === 0) continue;
    km2 += dk;
    people += dp;
    const pct = (v: number) => (r.areaKm2 > 0 ? (100 * v) / r.areaKm2 : 0);
    changes.push({ id: z.id, beforePercent: pct(z.km2), afterPercent: f.percent, gainKm2: dk, gainPeople: dp });
  }
  return { km2, people, zones: changes };
}

/** Grid points `[x, y]` plane metres, multiples of `spacingM`, within `marginM` of some zone's gap. */
function gridPoints(zones: readonly Zone[], spacingM: number, marginM: number): [number, number][] {
  const step = spacingM * PLANE_UNITS_PER_M;
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const z of zones) {
    if (z.gap.areaM2 <= 0) continue;
    const grown: Paths64 = Clipper.inflatePaths(
      z.gap.paths,
      marginM * PLANE_UNITS_PER_M,
      JoinType.Round,
      EndType.Polygon,
    );
    const box: PlaneBox = pathsBox(grown);
    for (let i = Math.ceil(box[0] / step); i * step <= box[2]; i++)
      for (let j = Math.ceil(box[1] / step); j * step <= box[3]; j++) {
        const key = `${i},${j}`;
        if (seen.has(key) || !pointInPaths({ x: i * step, y: j * step }, grown)) continue;
        seen.add(key);
        out.push([i * spacingM, j * spacingM]);
      }
  }
  return out;
}

function freeId(id: string, taken: ReadonlySet<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  return out;
}

function skipTaken(op: Operator, n: number, taken: ReadonlySet<string>): number {
  while (taken.has(`suggest-${op}-${n}`)) n++;
  return n;
}

type Entry = {
  value: number;
  key: number;
  inZone: boolean;
  c: number;
  token: number;
  exact: boolean;
  round: number;
  ver: number;
};

/** A binary max-heap of entries by key, then standing in a zone, then lower candidate index (runs are repeatable). */
class MaxHeap {
  private readonly items: Entry[] = [];
  private above(a: Entry, b: Entry): boolean {
    if (a.key !== b.key) return a.key > b.key;
    return a.inZone !== b.inZone ? a.inZone : a.c < b.c;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.above(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length === 0 || !last) return top;
    h[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < h.length && this.above(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.above(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
    return top;
  }
}
