/**
 * The best server of a measurement: the site of the measurement's operator and technology (and band, when the
 * measurement gives one) whose predicted median received power (`receivedPowerDbm`) is strongest at the
 * measurement's point, among the `nearestSites` nearest within `searchRadiusM`.
 *
 * Sites are filed by group (`operator|technology` and `operator|band`) in a bucket grid of the Hà Nội equal-area
 * plane (projection.ts; plane metres are true metres to 2·10⁻⁵ within 60 km), and found by searching rings of cells
 * outwards, so a lookup costs the sites near the point, not all 12,500.
 */
import type { SignalMeasurement } from '../../domain/measurement.js';
import { BANDS, type Band, type Site } from '../../domain/telecom.js';
import { ENVIRONMENTS, type Environment } from '../coverage/environment.js';
import { receivedPowerDbm, type CoverageParams } from '../coverage/model.js';
import { HANOI_LAEA } from '../projection.js';
import type { CalibrationOptions, NoServerReason } from './types.js';

/** Side of a grid cell, metres: a few sites of one operator per cell in the city centre. */
const CELL_M = 1000;
const OFFSET = 1 << 15;
const cellKey = (i: number, j: number): number => (i + OFFSET) * (1 << 16) + (j + OFFSET);

/** Sites filed for the lookup. */
export type ServerIndex = {
  sites: readonly Site[];
  /** Plane position of each site, metres: x at 2i, y at 2i + 1. */
  xy: Float64Array;
  /** Environment class of each site, from the injected `environmentOf`. */
  envs: Environment[];
  /** The same as indices into `ENVIRONMENTS`. */
  classes: Uint8Array;
  /** Site indices by group, then by cell. */
  groups: Map<string, Map<number, number[]>>;
};

/** The best server found for a measurement. */
export type Server = {
  /** Index of the site in the input. */
  site: number;
  band: Band;
  env: Environment;
  /** Predicted median RSRP (4G) or SS-RSRP (5G), dBm. */
  predictedDbm: number;
  /** Distance from the site, metres. */
  distanceM: number;
};

/** Files the sites; `environmentOf` is asked once per site. */
export function buildServerIndex(sites: readonly Site[], environmentOf: (site: Site) => Environment): ServerIndex {
  const xy = new Float64Array(sites.length * 2);
  const envs: Environment[] = [];
  const groups = new Map<string, Map<number, number[]>>();
  const file = (group: string, i: number, key: number) => {
    let cells = groups.get(group);
    if (!cells) groups.set(group, (cells = new Map()));
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  };
  sites.forEach((site, i) => {
    const [x, y] = HANOI_LAEA.forward([site.lng, site.lat]);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    envs.push(environmentOf(site));
    const key = cellKey(Math.floor(x / CELL_M), Math.floor(y / CELL_M));
    const techs = new Set<string>();
    for (const band of site.bands) {
      const tech = BANDS[band].tech;
      if (!site.technologies.includes(tech)) continue;
      file(`${site.operator}|${band}`, i, key);
      if (!techs.has(tech)) file(`${site.operator}|${tech}`, i, key);
      techs.add(tech);
    }
  });
  const classes = Uint8Array.from(envs, (e) => ENVIRONMENTS.indexOf(e));
  return { sites, xy, envs, classes, groups };
}

/** Classes, in `ENVIRONMENTS` order: the stride of {@link serversByClass}'s tables. */
export const CLASSES = ENVIRONMENTS.length;

/**
 * The strongest predicted server of a measurement in each environment class: for class `e` (index in
 * `ENVIRONMENTS`), `power[at·CLASSES + e]` gets its predicted median power, dBm (−∞ when no candidate is of that
 * class), and `site[…]` the site's index. An offset per class added to the link budget adds to every prediction of
 * the class, so the best server under any offsets is the class maximising power + offset: the fit searches the
 * sites once. Returns why the measurement has no server, or null.
 */
export function serversByClass(
  index: ServerIndex,
  m: SignalMeasurement,
  x: number,
  y: number,
  params: CoverageParams,
  options: CalibrationOptions,
  power: Float64Array,
  site: Int32Array,
  at: number,
): NoServerReason | null {
  const base = at * CLASSES;
  power.fill(Number.NEGATIVE_INFINITY, base, base + CLASSES);
  const cells = index.groups.get(`${m.operator}|${m.band ?? m.technology}`);
  if (!cells) return m.band === null ? 'no-site-in-radius' : 'no-band';
  const count = nearest(index.xy, cells, x, y, options.nearestSites, options.searchRadiusM);
  if (count === 0) return 'no-site-in-radius';
  let found = false;
  for (let n = 0; n < count; n++) {
    const i = nearIdx[n]!;
    const s = index.sites[i]!;
    const env = index.envs[i]!;
    const e = base + index.classes[i]!;
    const dx = x - index.xy[2 * i]!;
    const dy = y - index.xy[2 * i + 1]!;
    for (const band of s.bands) {
      if (m.band !== null ? band !== m.band : BANDS[band].tech !== m.technology) continue;
      const p = receivedPowerDbm(s, band, options.level, env, dx, dy, params);
      found = true;
      if (p > power[e]!) {
        power[e] = p;
        site[e] = i;
      }
    }
  }
  return found ? null : 'no-band';
}

const onePower = new Float64Array(CLASSES);
const oneSite = new Int32Array(CLASSES);

/**
 * The best server of a measurement (see the module comment), or why it has none. `x`, `y` are the measurement's
 * plane position, metres (`HANOI_LAEA.forward`).
 */
export function bestServer(
  index: ServerIndex,
  m: SignalMeasurement,
  x: number,
  y: number,
  params: CoverageParams,
  options: CalibrationOptions,
): Server | NoServerReason {
  const none = serversByClass(index, m, x, y, params, options, onePower, oneSite, 0);
  if (none !== null) return none;
  let e = 0;
  for (let k = 1; k < CLASSES; k++) if (onePower[k]! > onePower[e]!) e = k;
  const i = oneSite[e]!;
  const s = index.sites[i]!;
  const dx = x - index.xy[2 * i]!;
  const dy = y - index.xy[2 * i + 1]!;
  // The band: the one of the site whose prediction is the class's maximum.
  const band = s.bands.find(
    (b) =>
      (m.band !== null ? b === m.band : BANDS[b].tech === m.technology) &&
      receivedPowerDbm(s, b, options.level, index.envs[i]!, dx, dy, params) === onePower[e],
  )!;
  return { site: i, band, env: ENVIRONMENTS[e]!, predictedDbm: onePower[e]!, distanceM: Math.hypot(dx, dy) };
}

/** Scratch of {@link nearest}: the best `k` so far, nearest first (reused: one lookup at a time). */
let nearIdx = new Int32Array(16);
let nearDist = new Float64Array(16);

/**
 * The `k` nearest filed sites within `radius` metres of `[x, y]`, nearest first (ties by index), by searching rings
 * of cells outwards; written to the scratch arrays, returns how many. Allocates nothing in the hot loop.
 */
function nearest(
  xy: Float64Array,
  cells: Map<number, number[]>,
  x: number,
  y: number,
  k: number,
  radius: number,
): number {
  if (nearIdx.length < k) {
    nearIdx = new Int32Array(k);
    nearDist = new Float64Array(k);
  }
  let count = 0;
  const ci = Math.floor(x / CELL_M);
  const cj = Math.floor(y / CELL_M);
  const maxRing = Math.ceil(radius / CELL_M);
  for (let r = 0; r <= maxRing; r++) {
    for (let i = ci - r; i <= ci + r; i++) {
      // The ring's cells: whole columns at both ends, the two end cells of the columns between.
      const step = i === ci - r || i === ci + r ? 1 : 2 * r;
      for (let j = cj - r; j <= cj + r; j += step) {
        const list = cells.get(cellKey(i, j));
        if (list === undefined) continue;
        for (const s of list) {
          const d = Math.hypot(xy[2 * s]! - x, xy[2 * s + 1]! - y);
          if (d > radius || (count === k && !closer(d, s, count - 1))) continue;
          // Insertion into the sorted best k.
          let at = count < k ? count++ : count - 1;
          while (at > 0 && closer(d, s, at - 1)) {
            nearIdx[at] = nearIdx[at - 1]!;
            nearDist[at] = nearDist[at - 1]!;
            at--;
          }
          nearIdx[at] = s;
          nearDist[at] = d;
        }
      }
    }
    // Anything in ring r + 1 or beyond is at least r cells away.
    if (count === k && nearDist[k - 1]! <= r * CELL_M) break;
  }
  return count;
}

/** Whether a site `s` at `d` metres comes before the `at`-th of the best so far. */
function closer(d: number, s: number, at: number): boolean {
  return d < nearDist[at]! || (d === nearDist[at]! && s < nearIdx[at]!);
}
