/**
 * The coverage model: a site's range per technology from a link budget and a path-loss model, and its
 * footprint (omni circle or sector wedges) in the Hà Nội equal-area plane.
 *
 * Range: the distance at which the median path loss reaches the maximum allowable path loss
 *   MAPL = P_RE + G_ant − L_feeder − RSRP_min − M_shadow − M_clutter(env),
 * where P_RE = P_tx − 10·log10(subcarriers) is the power per resource element (3GPP TS 36.214 RSRP /
 * TS 38.215 SS-RSRP are per resource element). Hata-family models for 4G, 3GPP TR 38.901 for 5G
 * (path-loss.ts). A site's `rangeM` overrides the model.
 *
 * Footprints are built in the equal-area plane around the projected site: within 60 km of the projection
 * centre its scale differs from 1 by less than 2·10⁻⁵, so plane metres are true ellipsoidal metres to 2 cm per
 * km (checked against GeographicLib in model.test.ts).
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { Band, Site, Technology } from '../../domain/telecom.js';
import { BANDS } from '../../domain/telecom.js';
import type { Environment } from './environment.js';
import { hataLossDb, nrLossDb, rangeForBudget } from './path-loss.js';

/** Link-budget parameters of one technology. */
export type LinkBudget = {
  /** Transmit power per sector, dBm. */
  txPowerDbm: number;
  /** Subcarriers over which the power is spread (LTE 20 MHz: 1200; NR 100 MHz at 30 kHz: 3276). */
  subcarriers: number;
  /** Antenna gain, dBi. */
  antennaGainDbi: number;
  /** Feeder and connector loss, dB. */
  feederLossDb: number;
  /** Coverage threshold: RSRP (4G) or SS-RSRP (5G), dBm. */
  rsrpThresholdDbm: number;
};

/** All parameters of the coverage model, with their sources. */
export type CoverageParams = {
  linkBudget: Record<Technology, LinkBudget>;
  /** Log-normal shadowing margin, dB: σ = 8 dB at ≈ 84 % cell-edge probability (one σ). @default 8 */
  shadowMarginDb: number;
  /** Clutter and body loss for an outdoor pedestrian, by environment, dB. @default 8 / 6 / 4 / 2 / 0 */
  clutterMarginDb: Record<Environment, number>;
  /** Coverage width of one sector, degrees: a 65° half-power panel reaches about 120° at −10 dB. @default 120 */
  sectorWidthDeg: number;
  /** Vertices of a full circle footprint. @default 48 */
  circleVertices: number;
  /** Modelled ranges are clamped to [minRangeM, maxRangeM], metres. @default 50, 15000 */
  minRangeM: number;
  maxRangeM: number;
};

/**
 * Defaults. Link budgets are typical vendor macro figures: LTE 2×20 W (46 dBm) on 20 MHz with 18 dBi panels and
 * 2 dB feeder (3GPP TR 36.942 §4.5 uses 46 dBm, 15–18 dBi), edge RSRP −110 dBm, the usual outdoor coverage edge
 * of operators' published LTE maps; NR 64T64R active antennas, 200 W (53 dBm) on 100 MHz, 17 dBi for the wide
 * SSB broadcast beams (traffic beams reach 24 dBi), no feeder, edge SS-RSRP −105 dBm, a common eMBB planning
 * target. With these, 3.5 GHz reaches a little less far than LTE 1800, as operators report in the field.
 */
export const COVERAGE_DEFAULTS: Readonly<CoverageParams> = {
  linkBudget: {
    '4G': { txPowerDbm: 46, subcarriers: 1200, antennaGainDbi: 18, feederLossDb: 2, rsrpThresholdDbm: -110 },
    '5G': { txPowerDbm: 53, subcarriers: 3276, antennaGainDbi: 17, feederLossDb: 0, rsrpThresholdDbm: -105 },
  },
  shadowMarginDb: 8,
  clutterMarginDb: { 'dense-urban': 8, urban: 6, suburban: 4, rural: 2, open: 0 },
  sectorWidthDeg: 120,
  circleVertices: 48,
  minRangeM: 50,
  maxRangeM: 15_000,
};

/** Maximum allowable path loss, dB, of a technology in an environment. */
export function maplDb(tech: Technology, env: Environment, p: CoverageParams = COVERAGE_DEFAULTS): number {
  const b = p.linkBudget[tech];
  return (
    b.txPowerDbm -
    10 * Math.log10(b.subcarriers) +
    b.antennaGainDbi -
    b.feederLossDb -
    b.rsrpThresholdDbm -
    p.shadowMarginDb -
    p.clutterMarginDb[env]
  );
}

const rangeMemo = new WeakMap<CoverageParams, Map<string, number>>();

/** Modelled range of one band, metres (memoised per parameter object: sites share a few hundred cases). */
export function bandRangeM(
  band: Band,
  heightM: number,
  env: Environment,
  p: CoverageParams = COVERAGE_DEFAULTS,
  level: CoverageLevel = 'outdoor',
): number {
  const memo = rangeMemo.get(p) ?? (rangeMemo.set(p, new Map()).get(p) as Map<string, number>);
  const key = `${band}|${heightM}|${env}|${level}`;
  let r = memo.get(key);
  if (r === undefined) memo.set(key, (r = computeBandRangeM(band, heightM, env, p, level)));
  return r;
}

/**
 * The loss a level adds to the outdoor path, dB: 0 outdoors; indoors the building-entry loss of 3GPP TR 38.901
 * §7.4.3 (low-loss model, Table 7.4.3-2: PL_tw = 5 − 10·log10(0.3·10^(−L_glass/10) + 0.7·10^(−L_concrete/10)),
 * L_glass = 2 + 0.2·f, L_concrete = 5 + 4·f, f in GHz).
 */
export function levelLossDb(level: CoverageLevel, band: Band): number {
  if (level === 'outdoor') return 0;
  const f = BANDS[band].mhz / 1000;
  return 5 - 10 * Math.log10(0.3 * 10 ** (-(2 + 0.2 * f) / 10) + 0.7 * 10 ** (-(5 + 4 * f) / 10));
}

function computeBandRangeM(
  band: Band,
  heightM: number,
  env: Environment,
  p: CoverageParams,
  level: CoverageLevel,
): number {
  const { tech, mhz } = BANDS[band];
  const budget = maplDb(tech, env, p) - levelLossDb(level, band);
  const loss =
    tech === '4G' ? (d: number) => hataLossDb(mhz, heightM, d, env) : (d: number) => nrLossDb(mhz, heightM, d, env);
  return Math.min(p.maxRangeM, Math.max(p.minRangeM, rangeForBudget(loss, budget)));
}

/**
 * A site's range for a technology, metres: its `rangeM` override, else the largest range of its bands of that
 * technology (the lowest band reaches furthest). 0 when the site has no such technology or no band of it.
 */
export function siteRangeM(
  site: Site,
  tech: Technology,
  env: Environment,
  p: CoverageParams = COVERAGE_DEFAULTS,
  level: CoverageLevel = 'outdoor',
): number {
  if (!site.technologies.includes(tech)) return 0;
  const modelled = (at: CoverageLevel) => {
    let best = 0;
    for (const b of site.bands)
      if (BANDS[b].tech === tech) best = Math.max(best, bandRangeM(b, site.heightM, env, p, at));
    return best;
  };
  if (site.rangeM === null) return modelled(level);
  if (level === 'outdoor') return site.rangeM;
  // A declared range is an outdoor one: other levels keep the model's ratio to it (none without bands).
  const outdoor = modelled('outdoor');
  return outdoor > 0 ? (site.rangeM * modelled(level)) / outdoor : 0;
}

/** A site's footprint at one level: its reach, metres, and its outline as offsets `[dx, dy]` metres (east, north). */
export type FootprintShape = {
  /** The farthest the outline reaches from the site, metres. */
  rangeM: number;
  outline: [number, number][];
  /** True when the outline is a full circle of `circleVertices` vertices around the site. */
  omni: boolean;
  /** The farthest outline vertex from the site, metres (every point of the footprint is within it). */
  reachM: number;
  /** Radius of a circle around the site inside the footprint, metres (0 unless `omni`). */
  innerM: number;
};

/**
 * A site's footprint for a technology at a level, null when it has none there. A site's `rangeM` (a declared
 * range) is an outdoor range; its other levels are scaled by the model's ratio (see siteRangeM).
 */
export function siteFootprintShape(
  site: Site,
  tech: Technology,
  level: CoverageLevel,
  env: Environment,
  p: CoverageParams = COVERAGE_DEFAULTS,
): FootprintShape | null {
  const rangeM = siteRangeM(site, tech, env, p, level);
  if (!(rangeM > 0)) return null;
  const outline = footprintOutline(site.azimuthsDeg, rangeM, p);
  const omni = outline.length === p.circleVertices && !outline.some(([dx, dy]) => dx === 0 && dy === 0);
  let reachM = 0;
  for (const [dx, dy] of outline) reachM = Math.max(reachM, Math.hypot(dx, dy));
  // A regular n-gon's inscribed circle: its vertices' radius times cos(π/n).
  const innerM = omni ? rangeM * circleVertexScale(p.circleVertices) * Math.cos(Math.PI / p.circleVertices) : 0;
  return { rangeM, outline, omni, reachM, innerM };
}

/**
 * Predicted median received power of one band of a site at an offset `[dxM, dyM]` metres (east, north) from it,
 * dBm per resource element (RSRP for 4G, SS-RSRP for 5G), at a level, before shadowing: the link budget's
 * P_RE + G − L_feeder − PL(d) − the level's loss. For calibration against measurements.
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
  const { tech, mhz } = BANDS[band];
  const b = p.linkBudget[tech];
  const d = Math.hypot(dxM, dyM);
  const loss = tech === '4G' ? hataLossDb(mhz, site.heightM, d, env) : nrLossDb(mhz, site.heightM, d, env);
  return (
    b.txPowerDbm - 10 * Math.log10(b.subcarriers) + b.antennaGainDbi - b.feederLossDb - loss - levelLossDb(level, band)
  );
}

/**
 * The outline of a footprint as planar offsets `[dx, dy]` metres from the site (east, north): a circle of
 * `circleVertices` vertices for an omni site or sectors that cover every direction, else the union of sector
 * wedges (each `sectorWidthDeg` wide, centred on its azimuth, edges exact), traced around the site, the
 * outline passing through the site between wedges.
 *
 * Exact area: a polygon inscribed in a circle of radius r has less area than the circle (a 48-gon 0.285 % less).
 * The arc vertices are therefore placed at the radius whose polygon has the true area: a full circle's vertices at
 * r·√(2π / (n·sin(2π/n))) ({@link circleVertexScale}), each arc of a wedge at r·√(θ / Σ sin Δᵢ) for its arc of θ
 * radians cut into chords of angles Δᵢ (the fan's area ½R²Σ sin Δᵢ equals the sector's ½r²θ). The outline then
 * crosses the true circle twice per chord, so area errors at an area's edge cancel along the arc.
 */
export function footprintOutline(
  azimuthsDeg: readonly number[],
  rangeM: number,
  p: CoverageParams = COVERAGE_DEFAULTS,
): [number, number][] {
  const n = p.circleVertices;
  const at = (deg: number, radius: number): [number, number] => {
    const rad = (deg * Math.PI) / 180;
    return [radius * Math.sin(rad), radius * Math.cos(rad)];
  };
  const arcs = mergedArcs(azimuthsDeg, p.sectorWidthDeg / 2);
  if (arcs === null) {
    const radius = rangeM * circleVertexScale(n);
    return Array.from({ length: n }, (_, i) => at((i * 360) / n, radius));
  }
  const step = 360 / n;
  const out: [number, number][] = [];
  for (const [from, to] of arcs) {
    const angles = [from];
    for (let k = Math.floor(from / step) + 1; k * step < to; k++) angles.push(k * step);
    angles.push(to);
    let sines = 0;
    for (let i = 1; i < angles.length; i++) sines += Math.sin(((angles[i]! - angles[i - 1]!) * Math.PI) / 180);
    const radius = rangeM * Math.sqrt(((to - from) * Math.PI) / 180 / sines);
    out.push([0, 0], ...angles.map((a) => at(a, radius)));
  }
  return out;
}

/**
 * The factor by which a regular n-gon's vertices lie outside the circle whose area it has: √(2π / (n·sin(2π/n)))
 * (the n-gon of circumradius R has area ½nR²·sin(2π/n)). For 48 vertices 1.001427.
 */
export function circleVertexScale(n: number): number {
  return Math.sqrt((2 * Math.PI) / (n * Math.sin((2 * Math.PI) / n)));
}

/** Covered arcs `[from, to]` degrees (from < to, from in [0, 360)), merged; null when they cover 360°. */
function mergedArcs(azimuthsDeg: readonly number[], half: number): [number, number][] | null {
  if (azimuthsDeg.length === 0 || half >= 180) return null;
  const arcs = azimuthsDeg
    .map((a) => {
      const from = (((a - half) % 360) + 360) % 360;
      return [from, from + 2 * half] as [number, number];
    })
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const a of arcs) {
    const last = merged[merged.length - 1];
    if (last && a[0] <= last[1]) last[1] = Math.max(last[1], a[1]);
    else merged.push([a[0], a[1]]);
  }
  // The last arc may wrap past 360° onto the first.
  const first = merged[0]!;
  const last = merged[merged.length - 1]!;
  if (merged.length > 1 && last[1] - 360 >= first[0]) {
    first[0] = last[0] - 360;
    first[1] = Math.max(first[1], last[1] - 360);
    merged.pop();
    if (first[1] - first[0] >= 360) return null;
    // Keep `from` in [0, 360).
    if (first[0] < 0) {
      first[0] += 360;
      first[1] += 360;
    }
  }
  if (merged.length === 1 && first[1] - first[0] >= 360) return null;
  return merged;
}
