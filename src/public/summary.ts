/** What the public map's `summary.json` holds: the city's figures against the plan's targets, with sources. */

/** Where a figure comes from. */
export type FigureSource = { vintage: string; source: string; licence: string; sample: boolean };

export type PublicSummary = {
  /** ISO 8601 time of the build. */
  generatedAt: string;
  /** Dates of the two administrative layouts. */
  layout: { units: string; legacy: string };
  city: { areaKm2: number; population: number; covered4gPct: number; covered5gPct: number; sites: number };
  targets: {
    /** Priority zones with 5G over 100 % of their area (2025). */
    zones5g: { passing: number; total: number; target: number; year: number };
    /** Residents with 5G, percent, against 99 % (2030). */
    population5g: { value: number; target: number; year: number; pass: boolean };
    /** 2025 units whose measured mean download meets the target, of those with measurements. */
    speed4g: { measured: number; passing: number; target: number; year: number };
    speed5g: { measured: number; passing: number; target: number; year: number };
    /** Street cables underground, km. */
    cables: { doneKm: number; planned2025Km: number; planned2026To2030Km: number };
  };
  sources: Record<'areas' | 'districts' | 'wards' | 'zones' | 'sites' | 'speeds' | 'cables', FigureSource>;
};
