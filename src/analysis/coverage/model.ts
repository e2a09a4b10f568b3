/**
 * The coverage model: a site's range per technology and level from a link budget, a path-loss model and the
 * sector antennas' pattern (band-range.ts, path-loss.ts, antenna.ts), and its footprint in the Hà Nội equal-area
 * plane: a circle for an omni site, else the outline traced by the range toward each direction, the best sector
 * winning. The indoor level adds the building-entry loss (building-loss.ts), so its footprint lies inside the
 * outdoor one. A site's `rangeM` declares its outdoor boresight range and overrides the model's.
 *
 * Footprints are built in the equal-area plane around the projected site: within 60 km of the projection
 * centre its scale differs from 1 by less than 2·10⁻⁵, so plane metres are true ellipsoidal metres to 2 cm per
 * km (checked against GeographicLib in model.test.ts).
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { Band, Site, Technology } from '../../domain/telecom.js';
import { BANDS } from '../../domain/telecom.js';
import { depressionDeg, offBoresightDeg, patternDb } from './antenna.js';
import { bandCase, bandRangeAtM, budgetDb, levelLossDb as levelLoss, type BandCase } from './band-range.js';
import type { Environment } from './environment.js';
import { COVERAGE_DEFAULTS, type CoverageParams } from './params.js';
import { modelChoice, pathLossDb, UE_HEIGHT_M, type ModelChoice } from './path-loss.js';

export { COVERAGE_DEFAULTS, type CoverageParams, type LinkBudget } from './params.js';

/** The band whose model shapes a declared range when a site lists no band of the technology. */
export const REFERENCE_BAND: Readonly<Record<Technology, Band>> = { '4G': 'B3', '5G': 'n78' };

/** The median loss a level adds to the outdoor path, dB: 0 outdoors, the building-entry loss indoors. */
export function levelLossDb(level: CoverageLevel, band: Band, p: CoverageParams = COVERAGE_DEFAULTS): number {
  return levelLoss(level, band, p);
}

/** The path-loss models a band of a site uses at `distanceM` metres (for the method page). */
export function modelUsed(band: Band, heightM: number, env: Environment, distanceM: number): ModelChoice {
  return modelChoice(BANDS[band].mhz, heightM, env, distanceM);
}

/** Modelled boresight range of one band, metres, clamped to [minRangeM, maxRangeM] (memoised per parameters). */
export function bandRangeM(
  band: Band,
  heightM: number,
  env: Environment,
  p: CoverageParams = COVERAGE_DEFAULTS,
  level: CoverageLevel = 'outdoor',
): number {
  const r = Math.min(
    bandRangeAtM(band, heightM, env, level, 0, true, p),
    bandRangeAtM(band, heightM, env, 'outdoor', 0, true, p),
  );
  return clamp(r, p);
}

function clamp(r: number, p: CoverageParams): number {
  return Math.min(p.maxRangeM, Math.max(p.minRangeM, r));
}

/** A site's bands of a technology, or the reference band when it has none but declares a range. */
function bandsOf(site: Site, tech: Technology): Band[] {
  const own = site.bands.filter((b) => BANDS[b].tech === tech);
  return own.length === 0 && site.rangeM !== null ? [REFERENCE_BAND[tech]] : own;
}

/**
 * A site's range toward a direction `offDeg` degrees off its nearest boresight, metres, as a function: the best
 * band's (unclamped, indoors at most the outdoor range), scaled to a declared range, else clamped. Null when the
 * site has neither a band of the technology nor a declared range.
 */
function siteRanger(
  site: Site,
  tech: Technology,
  env: Environment,
  level: CoverageLevel,
  p: CoverageParams,
): ((offDeg: number) => number) | null {
  const bands = bandsOf(site, tech);
  if (bands.length === 0) return null;
  const omni = site.azimuthsDeg.length === 0;
  const outdoor = bands.map((b) => bandCase(b, site.heightM, env, 'outdoor', p));
  const here = level === 'outdoor' ? null : bands.map((b) => bandCase(b, site.heightM, env, level, p));
  const best = (cases: readonly BandCase[], off: number) => {
    let r = 0;
    for (const c of cases) r = Math.max(r, c.rangeAt(off, omni));
    return r;
  };
  const modelled = (off: number) =>
    here === null ? best(outdoor, off) : Math.min(best(here, off), best(outdoor, off));
  const declared = site.rangeM;
  if (declared === null) return (off) => clamp(modelled(off), p);
  const boresight = best(outdoor, 0);
  if (boresight > 0) return (off) => (declared * modelled(off)) / boresight;
  return () => (level === 'outdoor' ? declared : 0);
}

/**
 * A site's boresight range for a technology at a level, metres: its `rangeM` declared outdoors (other levels keep
 * the model's ratio), else the largest range of its bands of that technology clamped to [minRangeM, maxRangeM].
 * 0 when the site has no such technology or neither a band of it nor a declared range.
 */
export function siteRangeM(
  site: Site,
  tech: Technology,
  env: Environment,
  p: CoverageParams = COVERAGE_DEFAULTS,
  level: CoverageLevel = 'outdoor',
): number {
  if (!site.technologies.includes(tech)) return 0;
  return siteRanger(site, tech, env, level, p)?.(0) ?? 0;
}

/** A site's footprint at one level: its reach, metres, and its outline as offsets `[dx, dy]` metres (east, north). */
export type FootprintShape = {
  /** The site's boresight (largest modelled) range, metres. */
  rangeM: number;
  outline: [number, number][];
  /** True when the outline is a full circle of `circleVertices` vertices around the site (an omni site). */
  omni: boolean;
  /** The farthest outline vertex from the site, metres (every point of the footprint is within it). */
  reachM: number;
  /** Radius of a circle around the site inside the footprint, metres (0 unless `omni`). */
  innerM: number;
};

/**
 * A site's footprint for a technology at a level, null when it has none there. Omni sites are circles of
 * `circleVertices` vertices; sectored sites are traced by the range toward `circleVertices` directions (starting
 * at the first azimuth), each vertex scaled like a circle's so that the outline's area matches the curve's.
 */
export function siteFootprintShape(
  site: Site,
  tech: Technology,
  level: CoverageLevel,
  env: Environment,
  p: CoverageParams = COVERAGE_DEFAULTS,
): FootprintShape | null {
  if (!site.technologies.includes(tech)) return null;
  const ranger = siteRanger(site, tech, env, level, p);
  const rangeM = ranger?.(0) ?? 0;
  if (ranger === null || !(rangeM > 0)) return null;
  const n = p.circleVertices;
  const scale = circleVertexScale(n);
  if (site.azimuthsDeg.length === 0) {
    const outline = footprintOutline([], rangeM, p);
    return { rangeM, outline, omni: true, reachM: rangeM * scale, innerM: rangeM * scale * Math.cos(Math.PI / n) };
  }
  const first = site.azimuthsDeg[0]!;
  const outline: [number, number][] = [];
  let reachM = 0;
  for (let k = 0; k < n; k++) {
    const bearing = first + (k * 360) / n;
    const r = ranger(offBoresightDeg(site.azimuthsDeg, bearing)) * scale;
    const rad = (bearing * Math.PI) / 180;
    outline.push([r * Math.sin(rad), r * Math.cos(rad)]);
    reachM = Math.max(reachM, r);
  }
  return { rangeM, outline, omni: false, reachM, innerM: 0 };
}

/**
 * Predicted median received power of one band of a site at an offset `[dxM, dyM]` metres (east, north) from it,
 * dBm per resource element (RSRP for 4G, SS-RSRP for 5G), at a level, before shadowing: P_RE + G − L_feeder −
 * PL(d) − the level's loss + the sector pattern toward the point + the environment's offset. For calibration.
 */
export function receivedPowerDbm(
  site: Site,
  band: Band,
  level: CoverageLevel,
  env: Environment,
  dxM: number,
  dyM: number,
  p: CoverageParams = COVERAGE_DEFAULTS,
): number {
  const d = Math.hypot(dxM, dyM);
  const threshold = p.linkBudget[BANDS[band].tech].rsrpThresholdDbm;
  let pattern = 0;
  if (site.azimuthsDeg.length > 0) {
    const bearing = (Math.atan2(dxM, dyM) * 180) / Math.PI;
    pattern = patternDb(
      offBoresightDeg(site.azimuthsDeg, bearing),
      depressionDeg(site.heightM, UE_HEIGHT_M, d),
      p.antenna,
    );
  }
  return (
    budgetDb(band, env, p) +
    threshold -
    pathLossDb(BANDS[band].mhz, site.heightM, d, env) -
    levelLoss(level, band, p) +
    pattern
  );
}

/**
 * The outline of a circle of radius `rangeM` metres around a site, as planar offsets `[dx, dy]` metres (east,
 * north), `circleVertices` vertices from north clockwise, placed at rangeM·{@link circleVertexScale} so that the
 * polygon has the circle's area. With azimuths, a sector pattern outline for a loss that grows by 35 dB per decade
 * of distance (a nominal slope; sites use their own path loss, see siteFootprintShape).
 */
export function footprintOutline(
  azimuthsDeg: readonly number[],
  rangeM: number,
  p: CoverageParams = COVERAGE_DEFAULTS,
): [number, number][] {
  const n = p.circleVertices;
  const first = azimuthsDeg[0] ?? 0;
  return Array.from({ length: n }, (_, i) => {
    const bearing = first + (i * 360) / n;
    const attenuation = azimuthsDeg.length === 0 ? 0 : patternDb(offBoresightDeg(azimuthsDeg, bearing), 0, p.antenna);
    const r = rangeM * circleVertexScale(n) * 10 ** (attenuation / 35);
    const rad = (bearing * Math.PI) / 180;
    return [r * Math.sin(rad), r * Math.cos(rad)];
  });
}

/**
 * The factor by which a regular n-gon's vertices lie outside the circle whose area it has: √(2π / (n·sin(2π/n)))
 * (the n-gon of circumradius R has area ½nR²·sin(2π/n)). For 48 vertices 1.001427.
 */
export function circleVertexScale(n: number): number {
  return Math.sqrt((2 * Math.PI) / (n * Math.sin((2 * Math.PI) / n)));
}
