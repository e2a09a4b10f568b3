/**
 * Attributes of the sample sites: which get 5G (weighted to the dense core and the priority zones), bands,
 * antenna heights, sector azimuths, on-air dates and ids.
 *
 * Band choices (documented in CALIBRATION.md): LTE on B3 1800 MHz everywhere, B1 2100 MHz mostly in towns,
 * B8 900 MHz and B28 700 MHz mostly for rural reach. NR on n78 3.5 GHz for Viettel and VNPT and n41 2.6 GHz
 * for MobiFone (the 2024 spectrum auctions as reported in the press; not in the data README). n28 unused.
 */
import { OPERATORS, type Band, type Operator, type Site } from '../../src/domain/telecom.js';
import { FIVE_G_HANOI_2024, FIVE_G_NATIONAL_KNOTS, SITE_BUILD_OUT_KNOTS } from './figures.js';
import { weightedSampleIndices, type Rng } from './random.js';
import { createBuildOut, isoToDay, uniformDate } from './timeline.js';
import type { DensityClass, SampleOptions, SiteDraft } from './types.js';

/** Id prefixes: `S-VT-000123`. */
const OPERATOR_CODES: Readonly<Record<Operator, string>> = {
  viettel: 'VT',
  vnpt: 'VN',
  mobifone: 'MF',
  vietnamobile: 'VM',
};

/** The 5G band per operator; null for an operator without 5G spectrum. */
const BAND_5G: Readonly<Record<Operator, Band | null>> = {
  viettel: 'n78',
  vnpt: 'n78',
  mobifone: 'n41',
  vietnamobile: null,
};

/** Probability of each LTE band on a site by density class; a site without B3 gets B8. */
const LTE_BAND_MIX: Readonly<Record<DensityClass, Readonly<Record<'B3' | 'B1' | 'B8' | 'B28', number>>>> = {
  core: { B3: 1, B1: 0.75, B8: 0.15, B28: 0.05 },
  suburban: { B3: 0.95, B1: 0.5, B8: 0.4, B28: 0.1 },
  rural: { B3: 0.85, B1: 0.25, B8: 0.65, B28: 0.25 },
};

/** Share of omni small cells (lamp posts, 8–15 m) by density class. */
const SMALL_CELL_SHARE: Readonly<Record<DensityClass, number>> = { core: 0.08, suburban: 0.03, rural: 0.01 };

/** Share of rooftop sites by class; rooftops are 20–45 m above ground, towers 30–50 m. */
const ROOFTOP_SHARE: Readonly<Record<DensityClass, number>> = { core: 0.9, suburban: 0.5, rural: 0.1 };

/** Spread of the launch-day 5G sites over the weeks before the commercial launch, days. */
const FIVE_G_LEAD_IN_DAYS = 30;
/** 5G trials ran 2020–2023. */
const TRIAL_FROM = '2020-01-01';
const TRIAL_TO = '2023-12-31';
/** People per km² assumed for a zone site that fell outside every ward polygon (low-res gaps). */
const FALLBACK_DENSITY_PER_KM2 = 2_000;

/** Picks the 5G sites per operator: weight ∝ density^γ, times `zone5gBoost` near a zone. */
function choose5g(drafts: readonly SiteDraft[], o: SampleOptions, rng: Rng): { is5g: boolean[]; trial: boolean[] } {
  const weights = drafts.map(
    (d) =>
      Math.max(d.ward?.density ?? FALLBACK_DENSITY_PER_KM2, 100) ** o.core5gExponent * (d.nearZone ? o.zone5gBoost : 1),
  );
  const is5g = drafts.map(() => false);
  const trial = drafts.map(() => false);
  const shareSum = OPERATORS.reduce((s, op) => s + o.operatorShares5g[op], 0);
  const n5g = Math.round(drafts.length * o.share5g);
  const nTrial = Math.round(n5g * o.trial5gShare);
  const { vnpt: vnptTrials, viettel: viettelTrials } = FIVE_G_HANOI_2024.trials;
  const trialsByOp: Record<Operator, number> = { viettel: 0, vnpt: 0, mobifone: 0, vietnamobile: 0 };
  trialsByOp.vnpt = Math.round((nTrial * vnptTrials) / (vnptTrials + viettelTrials));
  trialsByOp.viettel = nTrial - trialsByOp.vnpt;
  for (const op of OPERATORS) {
    if (BAND_5G[op] === null || shareSum <= 0) continue;
    const idx = drafts.flatMap((d, i) => (d.operator === op ? [i] : []));
    const k = Math.min(idx.length, Math.round((n5g * o.operatorShares5g[op]) / shareSum));
    const chosen = weightedSampleIndices(
      rng,
      idx.map((i) => weights[i]!),
      k,
    ).map((j) => idx[j]!);
    for (const i of chosen) is5g[i] = true;
    // The trial sites were the earliest, most central ones: the same weights pick them among the 5G sites.
    const trials = weightedSampleIndices(
      rng,
      chosen.map((i) => weights[i]!),
      trialsByOp[op],
    );
    for (const j of trials) trial[chosen[j]!] = true;
  }
  return { is5g, trial };
}

/** LTE bands of one site, in `BANDS` order. */
function lteBands(cls: DensityClass, rng: Rng): Band[] {
  const mix = LTE_BAND_MIX[cls];
  const b3 = rng.chance(mix.B3);
  const b1 = rng.chance(mix.B1);
  const b8 = rng.chance(mix.B8) || !b3;
  const b28 = rng.chance(mix.B28);
  const bands: Band[] = [];
  if (b3) bands.push('B3');
  if (b1) bands.push('B1');
  if (b8) bands.push('B8');
  if (b28) bands.push('B28');
  return bands;
}

/** Turns placed drafts into `Site`s with `sample: true`, ids numbered per operator in placement order. */
export function finishSites(drafts: readonly SiteDraft[], o: SampleOptions, rng: Rng): Site[] {
  const { is5g, trial } = choose5g(drafts, o, rng.fork('5g'));
  const siteBuildOut = createBuildOut(SITE_BUILD_OUT_KNOTS, o.asOf);
  const fiveGBuildOut = createBuildOut(FIVE_G_NATIONAL_KNOTS, o.asOf, FIVE_G_LEAD_IN_DAYS);
  const asOfDay = isoToDay(o.asOf);
  const trialFrom = isoToDay(TRIAL_FROM);
  const trialTo = Math.min(isoToDay(TRIAL_TO), asOfDay);
  const seq: Record<Operator, number> = { viettel: 0, vnpt: 0, mobifone: 0, vietnamobile: 0 };
  return drafts.map((d, i) => {
    const cls = d.ward?.densityClass ?? 'suburban';
    const smallCell = rng.chance(SMALL_CELL_SHARE[cls]);
    const rooftop = rng.chance(ROOFTOP_SHARE[cls]);
    const heightM = smallCell ? rng.int(8, 16) : rooftop ? rng.int(20, 46) : rng.int(30, 51);
    const rotation = rng.int(0, 120);
    const azimuthsDeg = smallCell ? [] : [rotation, rotation + 120, rotation + 240];
    const bands = lteBands(cls, rng);
    let onAir = siteBuildOut.dateAt(rng.next());
    let onAir5g: string | null = null;
    const band5g = BAND_5G[d.operator];
    if (is5g[i] && band5g) {
      bands.push(band5g);
      const drawn = trial[i] ? uniformDate(rng, trialFrom, trialTo) : fiveGBuildOut.dateAt(rng.next());
      // A 5G radio cannot go on air before its site (ISO dates compare as strings): a trial site existed
      // by its trial; a commercial 5G radio on a newer site went on air with it.
      if (drawn < onAir && trial[i]) onAir = drawn;
      onAir5g = drawn < onAir ? onAir : drawn;
    }
    seq[d.operator] += 1;
    return {
      id: `S-${OPERATOR_CODES[d.operator]}-${String(seq[d.operator]).padStart(6, '0')}`,
      operator: d.operator,
      lng: d.lng,
      lat: d.lat,
      technologies: onAir5g ? ['4G', '5G'] : ['4G'],
      bands,
      heightM,
      azimuthsDeg,
      onAir,
      onAir5g,
      rangeM: null,
      sample: true,
    };
  });
}
