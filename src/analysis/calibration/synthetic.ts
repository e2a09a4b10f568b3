/**
 * Synthetic sites and measurements with known environment offsets and shadowing, for the calibration's tests and
 * benchmark: the truth is the model plus one offset per class plus Gaussian noise, so a fit must give the offsets
 * back (within the standard error σ/√n of each class).
 *
 * Random numbers come from a seeded generator (mulberry32, Tommy Ettinger's 32-bit generator, public domain), and
 * Gaussian noise from the Box–Muller transform (Box & Muller 1958, Ann. Math. Statist. 29(2)), so runs repeat.
 */
import type { SignalMeasurement } from '../../domain/measurement.js';
import { BANDS, OPERATORS, type Band, type Site } from '../../domain/telecom.js';
import { HANOI_CENTER } from '../../domain/geo.js';
import type { Environment } from '../coverage/environment.js';
import type { CoverageParams } from '../coverage/model.js';
import { HANOI_LAEA } from '../projection.js';
import { bestServer, buildServerIndex } from './best-server.js';
import { CALIBRATION_DEFAULTS, type CalibrationOptions, type EnvOffsets } from './types.js';

/** A seeded generator of uniform numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal number (Box–Muller) from a uniform generator. */
export function gaussian(random: () => number): number {
  const u = 1 - random(); // (0, 1]: log(0) would be −∞
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * The environment stub of the synthetic sites: by distance from Hà Nội's centre, metres: dense urban within 3 km,
 * urban within 7 km, suburban within 12 km, rural within 20 km, open beyond.
 */
export function ringEnvironment(site: Pick<Site, 'lng' | 'lat'>): Environment {
  const [x, y] = HANOI_LAEA.forward([site.lng, site.lat]);
  const [cx, cy] = HANOI_LAEA.forward([HANOI_CENTER[0], HANOI_CENTER[1]]);
  const d = Math.hypot(x - cx, y - cy);
  return d < 3000 ? 'dense-urban' : d < 7000 ? 'urban' : d < 12_000 ? 'suburban' : d < 20_000 ? 'rural' : 'open';
}

const BAND_SETS: readonly Band[][] = [['B3'], ['B3', 'B1'], ['B8', 'B3'], ['B3', 'n78'], ['B3', 'B1', 'n78']];

/**
 * `count` sites over a disc of `radiusM` metres around Hà Nội's centre, denser towards it as in a city (the distance
 * from the centre is uniform, so the density falls as 1/r), operators in turn, bands from a few usual sets, masts
 * 20–45 m, three sectors or (one in four) omni.
 */
export function createSyntheticSites(count: number, radiusM: number, random: () => number): Site[] {
  const [cx, cy] = HANOI_LAEA.forward([HANOI_CENTER[0], HANOI_CENTER[1]]);
  return Array.from({ length: count }, (_, i) => {
    const r = radiusM * random();
    const a = 2 * Math.PI * random();
    const [lng, lat] = HANOI_LAEA.inverse([cx + r * Math.sin(a), cy + r * Math.cos(a)]);
    const bands = BAND_SETS[Math.floor(random() * BAND_SETS.length)]!;
    const first = Math.floor(random() * 120);
    return {
      id: `SYN-${i}`,
      operator: OPERATORS[i % OPERATORS.length]!,
      lng,
      lat,
      technologies: bands.some((b) => BANDS[b].tech === '5G') ? ['4G', '5G'] : ['4G'],
      bands: [...bands],
      heightM: 20 + Math.floor(random() * 26),
      azimuthsDeg: random() < 0.25 ? [] : [first, first + 120, first + 240],
      onAir: null,
      onAir5g: null,
      rangeM: null,
      sample: true,
    };
  });
}

/** What synthetic measurements are drawn from. */
export type SyntheticSpec = {
  sites: readonly Site[];
  params: CoverageParams;
  environmentOf: (site: Site) => Environment;
  /** The true offsets, dB, added to the model's prediction per the best server's class. */
  offsetsDb: EnvOffsets;
  /** Shadowing σ, dB. */
  sigmaDb: number;
  count: number;
  random: () => number;
  /** Farthest a measurement is drawn from the site it is drawn around, metres. */
  maxDistanceM: number;
  options?: Partial<CalibrationOptions>;
};

/**
 * `count` measurements, each drawn around a random site (uniform bearing, distance 50 m to `maxDistanceM`), on a
 * random band of it, half of them naming the band: measured = the prediction of the best server of the true model
 * (the parameters with `offsetsDb` as their `envOffsetDb`) + σ·N(0, 1). Points without a best server are drawn
 * again.
 */
export function createSyntheticMeasurements(spec: SyntheticSpec): SignalMeasurement[] {
  const { sites, random } = spec;
  const truth: CoverageParams = { ...spec.params, envOffsetDb: { ...spec.offsetsDb } };
  const options = { ...CALIBRATION_DEFAULTS, ...spec.options };
  const index = buildServerIndex(sites, spec.environmentOf);
  const out: SignalMeasurement[] = [];
  while (out.length < spec.count) {
    const site = sites[Math.floor(random() * sites.length)]!;
    if (site.bands.length === 0) continue;
    const [sx, sy] = HANOI_LAEA.forward([site.lng, site.lat]);
    const d = 50 + (spec.maxDistanceM - 50) * random();
    const a = 2 * Math.PI * random();
    const x = sx + d * Math.sin(a);
    const y = sy + d * Math.cos(a);
    const [lng, lat] = HANOI_LAEA.inverse([x, y]);
    const band = site.bands[Math.floor(random() * site.bands.length)]!;
    const m: SignalMeasurement = {
      lng,
      lat,
      rsrpDbm: 0,
      operator: site.operator,
      technology: BANDS[band].tech,
      band: random() < 0.5 ? band : null,
      date: `2025-03-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    };
    const server = bestServer(index, m, x, y, truth, options);
    if (typeof server === 'string') continue;
    m.rsrpDbm = server.predictedDbm + spec.sigmaDb * gaussian(random);
    out.push(m);
  }
  return out;
}
