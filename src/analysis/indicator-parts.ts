/**
 * How the area indicators (indicators.ts) carry figures between levels: the parts of each target area (the
 * source areas it overlaps, with their share and residents), built once per geography, and the combining of
 * the parts' figures into one (areal weighting, Goodchild & Lam 1980). Split out of indicators.ts.
 */
import type { IndicatorKind } from '../domain/indicators.js';
import type { Figures, IndicatorFigure, IndicatorGeography, WardOverlap } from './indicator-types.js';

export type Part = { key: string; weight: number; residents: number };

/**
 * Combines the figures of source areas into one: a count adds the parts' shares (`weight` is the share of the
 * source that falls in the target, 0–1); a percent or ratio is the mean weighted by `residents`. Null when no
 * part has a figure.
 */
export function combine(
  kind: IndicatorKind,
  parts: readonly Part[],
  figures: Figures,
  ownResidents: number,
  from: IndicatorFigure['from'],
): IndicatorFigure | null {
  let sum = 0;
  let weighted = 0;
  let plain = 0;
  /** Residents behind the parts with a figure. */
  let covered = 0;
  let n = 0;
  let date = '';
  for (const p of parts) {
    const f = figures.get(p.key);
    if (!f) continue;
    n += 1;
    sum += f.value * p.weight;
    weighted += f.value * p.residents;
    plain += f.value;
    covered += p.residents;
    if (f.date > date) date = f.date;
  }
  if (n === 0) return null;
  // A percent or ratio: the mean weighted by residents; for areas without residents, the plain mean.
  const value = kind === 'count' ? sum : covered > 0 ? weighted / covered : plain / n;
  return { value, from, derived: true, date, basisShare: ownResidents > 0 ? Math.min(1, covered / ownResidents) : 1 };
}

export type Parts = {
  unitFromWards: Map<string, Part[]>;
  unitFromDistricts: Map<string, Part[]>;
  districtFromWards: Map<string, Part[]>;
};
/** The parts of a geography, built once per geography (it never changes; the indicators follow every date step). */
const PARTS = new WeakMap<IndicatorGeography, Parts>();
export function partsOf(geo: IndicatorGeography): Parts {
  let parts = PARTS.get(geo);
  if (!parts) PARTS.set(geo, (parts = buildParts(geo)));
  return parts;
}

/** The parts of each target area, by level pair, from the geography. */
function buildParts(geo: IndicatorGeography): Parts {
  const wardResidents = new Map<string, number>();
  const wardM2 = new Map<string, number>();
  const wardDistrict = new Map<string, string>();
  for (const a of geo.areas) if (a.level === 'ward2019' && a.districtCode) wardDistrict.set(a.code, a.districtCode);
  for (const o of geo.overlaps) {
    wardResidents.set(o.ward, (wardResidents.get(o.ward) ?? 0) + o.residents);
    wardM2.set(o.ward, (wardM2.get(o.ward) ?? 0) + o.m2);
  }
  const districtOfWard = (w: string) => wardDistrict.get(w) ?? null;
  // A ward's share in a unit: by residents, or by area for a ward without residents.
  const share = (o: WardOverlap) => {
    const r = wardResidents.get(o.ward) ?? 0;
    return r > 0 ? o.residents / r : (wardM2.get(o.ward) ?? 0) > 0 ? o.m2 / wardM2.get(o.ward)! : 0;
  };
  const unitFromWards = new Map<string, Part[]>();
  const unitFromDistricts = new Map<string, Map<string, Part>>();
  const districtTotals = new Map<string, { residents: number; m2: number }>();
  for (const o of geo.overlaps) {
    const d = districtOfWard(o.ward);
    if (d) {
      const t = districtTotals.get(d) ?? { residents: 0, m2: 0 };
      districtTotals.set(d, { residents: t.residents + o.residents, m2: t.m2 + o.m2 });
    }
  }
  for (const o of geo.overlaps) {
    const list = unitFromWards.get(o.unit) ?? [];
    list.push({ key: `ward2019|${o.ward}`, weight: share(o), residents: o.residents });
    unitFromWards.set(o.unit, list);
    const d = districtOfWard(o.ward);
    if (!d) continue;
    const t = districtTotals.get(d)!;
    const byD = unitFromDistricts.get(o.unit) ?? new Map<string, Part>();
    const p = byD.get(d) ?? { key: `district2019|${d}`, weight: 0, residents: 0 };
    p.weight += t.residents > 0 ? o.residents / t.residents : t.m2 > 0 ? o.m2 / t.m2 : 0;
    p.residents += o.residents;
    byD.set(d, p);
    unitFromDistricts.set(o.unit, byD);
  }
  const districtFromWards = new Map<string, Part[]>();
  for (const a of geo.areas) {
    if (a.level !== 'ward2019' || !a.districtCode) continue;
    const list = districtFromWards.get(a.districtCode) ?? [];
    list.push({ key: `ward2019|${a.code}`, weight: 1, residents: a.population });
    districtFromWards.set(a.districtCode, list);
  }
  return {
    unitFromWards,
    unitFromDistricts: new Map([...unitFromDistricts].map(([u, m]) => [u, [...m.values()]])),
    districtFromWards,
  };
}
