/**
 * The coverage model's parameters and their defaults. Every field is listed with its unit, source and validity in
 * params-catalogue.ts, which the method page renders and against which a parameters file is validated.
 */
import type { Technology } from '../../domain/telecom.js';
import { ANTENNA_DEFAULTS, type AntennaPattern } from './antenna.js';
import type { BuildingLossModel } from './building-loss.js';
import type { Environment } from './environment.js';
import { SHADOW_SIGMA_DEFAULTS, type ShadowSigmas } from './path-loss.js';

/** Link-budget parameters of one technology. */
export type LinkBudget = {
  /** Transmit power per sector, dBm. */
  txPowerDbm: number;
  /** Subcarriers over which the power is spread (LTE 20 MHz: 1200; NR 100 MHz at 30 kHz: 3276). */
  subcarriers: number;
  /** Antenna gain at boresight, dBi. */
  antennaGainDbi: number;
  /** Feeder and connector loss, dB. */
  feederLossDb: number;
  /** Coverage threshold: RSRP (4G) or SS-RSRP (5G), dBm. */
  rsrpThresholdDbm: number;
};

/** The building-entry loss of the indoor level (3GPP TR 38.901 §7.4.3; see building-loss.ts). */
export type BuildingLossParams = {
  /** Building type. @default 'low-loss' */
  model: BuildingLossModel;
  /** Depth of the resident inside the outer wall, metres (0.5 dB/m). @default 5 */
  indoorDepthM: number;
};

/** All parameters of the coverage model. */
export type CoverageParams = {
  linkBudget: Record<Technology, LinkBudget>;
  /** Probability that the signal exceeds the threshold at the edge of a footprint, fraction 0.5–0.99. @default 0.9 */
  edgeProbability: number;
  /** Log-normal shadowing σ per path-loss model, dB. @default TR 38.901 Table 7.4.1-1, Hata 8 */
  shadowSigmaDb: ShadowSigmas;
  /** Building-entry loss of the indoor level. @default low loss, 5 m */
  buildingLoss: BuildingLossParams;
  /** Sector antenna pattern. @default 65°, 30 dB, no downtilt */
  antenna: AntennaPattern;
  /** Offsets added to the link budget per environment, dB (calibration against measurements). @default 0 */
  envOffsetDb: Record<Environment, number>;
  /** Vertices of a footprint outline (a full circle, or the sampled pattern of a sectored site). @default 48 */
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
 * target. The FCC's coverage maps use a 90 % cell-edge probability.
 */
export const COVERAGE_DEFAULTS: Readonly<CoverageParams> = {
  linkBudget: {
    '4G': { txPowerDbm: 46, subcarriers: 1200, antennaGainDbi: 18, feederLossDb: 2, rsrpThresholdDbm: -110 },
    '5G': { txPowerDbm: 53, subcarriers: 3276, antennaGainDbi: 17, feederLossDb: 0, rsrpThresholdDbm: -105 },
  },
  edgeProbability: 0.9,
  shadowSigmaDb: SHADOW_SIGMA_DEFAULTS,
  buildingLoss: { model: 'low-loss', indoorDepthM: 5 },
  antenna: ANTENNA_DEFAULTS,
  envOffsetDb: { 'dense-urban': 0, urban: 0, suburban: 0, rural: 0, open: 0 },
  circleVertices: 48,
  minRangeM: 50,
  maxRangeM: 15_000,
};
