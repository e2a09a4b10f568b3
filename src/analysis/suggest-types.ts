/**
 * The types, defaults and tuning constants of the site suggestion search (suggest.ts), and the internal
 * records it works on (zones, candidate groups, candidates, exact gains). Split out of suggest.ts so that the
 * search and its helpers (suggest-search.ts) share them without importing each other.
 */
import type { Environment } from './coverage/environment.js';
import type { PlanarShape } from './planar.js';
import type { Tower, TowerSite } from './sharing-towers.js';
import type { Operator, Site } from '../domain/telecom.js';

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
  /**
   * Co-location first: the towers of other operators (found among `existingSites` by `detectTowers`, without a
   * site of `operator`) within `marginM` of a zone's gap become candidates too, at the tower's position, ranked
   * with their gain times 1 + `coLocationBonus` and ahead of other candidates of the same ranking gain.
   * @default false
   */
  coLocation: boolean;
  /**
   * Co-location's weight, a fraction ≥ 0: a new mast is proposed only where it gains more than 1 + this times
   * what the best free tower position gains. Not a measured cost ratio but the planner's preference: a shared
   * tower saves the new mast, its site lease, power and backhaul, and the plan asks operators to share.
   * @default 0.25
   */
  coLocationBonus: number;
  /** Sites standing now (the engine's base sites and the plan's), read for their towers when `coLocation`. @default [] */
  existingSites: readonly TowerSite[];
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
  coLocation: false,
  coLocationBonus: 0.25,
  existingSites: [],
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

/**
 * One proposed site and its gain over the zones, km² and residents, given the proposals before it; `tower` is the
 * id of the other operators' tower it stands on (co-location, see `Tower`), null for a new mast; `towerOperators`
 * the operators on that tower (empty for a new mast).
 */
export type Proposal = {
  site: Site;
  gainKm2: number;
  gainPeople: number;
  zones: ZoneChange[];
  tower: string | null;
  towerOperators: Operator[];
};

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
  /** Other operators' towers near the zones' gaps taken as candidates (0 without `coLocation`). */
  towers: number;
  /** Proposals standing on those towers. */
  onTowers: number;
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
export const TIE_STEP = { area: 1e-6, population: 0.01 } as const;
/** How close the geometric area of a footprint must be to the engine's gain to match, m² plus a share. */
export const MATCH_TOLERANCE = { m2: 50, relative: 1e-4 } as const;
export const tolerance = (m2: number) => MATCH_TOLERANCE.m2 + MATCH_TOLERANCE.relative * m2;
/** Margin on the highest mean density, for the population bound. */
export const DENSITY_MARGIN = 1.25;

export type Zone = { id: string; km2: number; pop: number; population: number; gap: PlanarShape };
export type Group = { envs: Environment[]; members: number[]; ver: number };
/**
 * A candidate position; `x`, `y` plane metres; densities residents per m² (see setCeilings); `tower` the id of
 * the other operators' tower it stands on, null for a grid point.
 */
export type Candidate = {
  site: Site;
  group: Group;
  x: number;
  y: number;
  inZone: boolean;
  density: number;
  ceiling: number;
  /** The other operators' tower it stands at (co-location first), null for a grid point. */
  tower: Pick<Tower, 'id' | 'operators'> | null;
};
export type Exact = { km2: number; people: number; zones: ZoneChange[] };
