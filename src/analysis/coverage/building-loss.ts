/**
 * Building-entry (outdoor-to-indoor, O2I) loss, 3GPP TR 38.901 V17.0.0 (2022) §7.4.3.1:
 *   PL_O2I = PL_tw + PL_in, PL_in = 0.5 dB/m · d_2D-in, spread σ_P (a normal in dB),
 * with the through-wall loss PL_tw of Table 7.4.3-2 built from the material losses of Table 7.4.3-1 (f in GHz):
 *   L_glass = 2 + 0.2·f, L_IIRglass = 23 + 0.3·f, L_concrete = 5 + 4·f;
 *   low loss:  PL_tw = 5 − 10·log10(0.3·10^(−L_glass/10) + 0.7·10^(−L_concrete/10)), σ_P = 4.4 dB;
 *   high loss: PL_tw = 5 − 10·log10(0.7·10^(−L_IIRglass/10) + 0.3·10^(−L_concrete/10)), σ_P = 6.5 dB.
 * The standard states the model for 0.5–100 GHz.
 *
 * Which model fits Hà Nội: most residents live in concrete-and-brick "tube houses" (nhà ống, 4–5 m wide, 15–20 m
 * deep) whose side walls are shared, so the signal enters through the front and back façades (ordinary glass,
 * doors, shutters) and the roof: the low-loss mix of 30 % plain glass and 70 % concrete. The high-loss model is
 * for buildings with infrared-reflective (metal-coated) glass, the newer office and apartment towers; it is a
 * parameter, not the default. The indoor depth defaults to 5 m: a room of a tube house is at most about 10 m from
 * a façade (3GPP draws d_2D-in uniformly up to 25 m for UMa/UMi buildings, 10 m for RMa houses).
 */

/** The two O2I building types of 3GPP TR 38.901 Table 7.4.3-2. */
export const BUILDING_LOSS_MODELS = ['low-loss', 'high-loss'] as const;
export type BuildingLossModel = (typeof BUILDING_LOSS_MODELS)[number];

/** The through-wall loss, dB, of a building type at a frequency, MHz (3GPP TR 38.901 Table 7.4.3-2). */
export function throughWallLossDb(model: BuildingLossModel, fMHz: number): number {
  const f = fMHz / 1000;
  const concrete = 10 ** (-(5 + 4 * f) / 10);
  if (model === 'low-loss') return 5 - 10 * Math.log10(0.3 * 10 ** (-(2 + 0.2 * f) / 10) + 0.7 * concrete);
  return 5 - 10 * Math.log10(0.7 * 10 ** (-(23 + 0.3 * f) / 10) + 0.3 * concrete);
}

/** Indoor loss, dB, at a depth `depthM` metres inside the outer wall: 0.5 dB per metre (TR 38.901 Table 7.4.3-2). */
export function indoorLossDb(depthM: number): number {
  return 0.5 * Math.max(0, depthM);
}

/** The median building-entry loss, dB: through-wall plus indoor loss (TR 38.901 §7.4.3.1). */
export function buildingEntryLossDb(model: BuildingLossModel, fMHz: number, depthM: number): number {
  return throughWallLossDb(model, fMHz) + indoorLossDb(depthM);
}

/** The standard deviation of the building-entry loss, dB: 4.4 low loss, 6.5 high loss (TR 38.901 Table 7.4.3-2). */
export function buildingLossSigmaDb(model: BuildingLossModel): number {
  return model === 'low-loss' ? 4.4 : 6.5;
}
