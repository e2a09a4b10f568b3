/**
 * Area indicators as figures per area of every level, and as targets. Pure.
 *
 * From the loaded figures (latest date on or before the map's date, per indicator and area):
 * 1. 2019 wards add up to their districts where a district has no figure of its own;
 * 2. 2019 figures are carried to the 2025 units through the area overlay (unit ∩ ward, from the engine's
 *    pieces) where a unit has no figure of its own, marked `derived`. A count goes to each unit in proportion
 *    to the share of the ward's residents inside it (residents are spread evenly within a census ward, so this is
 *    also the share of its area; areal weighting, Goodchild & Lam 1980), so the city total is kept. A percent or
 *    ratio becomes the mean of the wards' figures weighted by the residents each ward puts in the unit;
 * 3. fibre households % is computed from the counts of households with fibre and of households, and IoT
 *    connections per person from the count of connections and the residents (2019 census basis), where they
 *    are not given;
 * 4. the city figure is the sum (counts) or resident-weighted mean (percent, ratio) of the most complete level.
 */
import type { AreaLevel } from '../domain/admin.js';
import {
  indicatorKind,
  knownIndicator,
  type IndicatorKind,
  type IndicatorValue,
  type KnownIndicator,
} from '../domain/indicators.js';

/** An area the indicators may be shown on: its code, level, residents (2019 census basis) and district. */
export type IndicatorArea = { level: AreaLevel; code: string; population: number; districtCode: string | null };

/** The overlap of a 2025 unit and a 2019 ward: area (m², on the ellipsoid) and residents. */
export type WardOverlap = { unit: string; ward: string; m2: number; residents: number };

export type IndicatorGeography = { areas: readonly IndicatorArea[]; overlaps: readonly WardOverlap[] };

/** An indicator's figure for one area (or the city). */
export type IndicatorFigure = {
  value: number;
  /** How it was obtained: as loaded, summed or averaged from the wards of a district, carried from the 2019 layout, or computed from other indicators. */
  from: 'loaded' | 'wards' | 'overlay' | 'computed';
  /** True for every figure not loaded as such. */
  derived: boolean;
  /** The latest date of the figures it comes from, ISO. */
  date: string;
  /** Share of the area's residents covered by the figures it comes from, 0–1 (1 for a loaded figure). */
  basisShare: number;
};

export type IndicatorSummary = {
  id: string;
  unit: string;
  kind: IndicatorKind;
  known: KnownIndicator | null;
  sources: string[];
  /** Earliest and latest date of the loaded figures used. */
  dates: [string, string];
  city: IndicatorFigure | null;
  /** The plan's target, if the indicator names one, and whether the city meets it. */
  target: { value: number; year: number } | null;
  pass: boolean | null;
  /** Areas with a figure, per level. */
  counts: Record<AreaLevel, number>;
};

/** Every indicator's figures: `figures[indicator][`${level}|${code}`]`, and the city's under `city|city`. */
export type IndicatorTable = {
  summaries: IndicatorSummary[];
  figures: Record<string, Record<string, IndicatorFigure>>;
};

const LEVELS: readonly AreaLevel[] = ['unit2025', 'district2019', 'ward2019'];
/** Key of the city's figure in an indicator's figures. */
export const CITY_KEY = 'city|city';
type Figures = Map<string, IndicatorFigure>;

/** Figures of one indicator: the latest on or before `asOf` per area (all dates when `asOf` is null); of two on the same date, the later listed. */
function latest(values: readonly IndicatorValue[], asOf: string | null): Figures {
  const out: Figures = new Map();
  for (const v of values) {
    if (asOf !== null && v.date > asOf) continue;
    const key = `${v.level}|${v.code}`;
    const have = out.get(key);
    if (!have || have.date <= v.date)
      out.set(key, { value: v.value, from: 'loaded', derived: false, date: v.date, basisShare: 1 });
  }
  return out;
}

type Part = { key: string; weight: number; residents: number };

/**
 * Combines the figures of source areas into one: a count adds the parts' shares (`weight` is the share of the
 * source that falls in the target, 0–1); a percent or ratio is the mean weighted by `residents`. Null when no
 * part has a figure.
 */
function combine(
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

type Parts = {
  unitFromWards: Map<string, Part[]>;
  unitFromDistricts: Map<string, Part[]>;
  districtFromWards: Map<string, Part[]>;
};
/** The parts of a geography, built once per geography (it never changes; the indicators follow every date step). */
const PARTS = new WeakMap<IndicatorGeography, Parts>();
function partsOf(geo: IndicatorGeography): Parts {
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

/** Fills, per area of every level, the figures of one indicator (steps 1 and 2 of the header). */
function fillLevels(kind: IndicatorKind, figures: Figures, geo: IndicatorGeography, parts: Parts): void {
  for (const a of geo.areas) {
    const key = `${a.level}|${a.code}`;
    if (figures.has(key)) continue;
    if (a.level === 'district2019') {
      const f = combine(kind, parts.districtFromWards.get(a.code) ?? [], figures, a.population, 'wards');
      if (f) figures.set(key, f);
    }
  }
  for (const a of geo.areas) {
    const key = `${a.level}|${a.code}`;
    if (a.level !== 'unit2025' || figures.has(key)) continue;
    const f =
      combine(kind, parts.unitFromWards.get(a.code) ?? [], figures, a.population, 'overlay') ??
      combine(kind, parts.unitFromDistricts.get(a.code) ?? [], figures, a.population, 'overlay');
    if (f) figures.set(key, f);
  }
}

/** Computes each indicator's figures on every level and the city, as of `asOf` (ISO date; null for the latest). */
export function computeIndicators(
  values: readonly IndicatorValue[],
  geo: IndicatorGeography,
  asOf: string | null = null,
): IndicatorTable {
  const byIndicator = new Map<string, IndicatorValue[]>();
  for (const v of values) (byIndicator.get(v.indicator) ?? byIndicator.set(v.indicator, []).get(v.indicator)!).push(v);
  const parts = partsOf(geo);
  const figures = new Map<string, Figures>();
  const meta = new Map<string, { unit: string; sources: Set<string>; dates: string[] }>();
  for (const [id, list] of byIndicator) {
    const used = list.filter((v) => asOf === null || v.date <= asOf);
    if (used.length === 0) continue;
    const unit = used[0]!.unit;
    const f = latest(used, asOf);
    const kind = indicatorKind(id, unit);
    fillLevels(kind, f, geo, parts);
    const city = cityFigure(kind, f, geo);
    if (city) f.set(CITY_KEY, city);
    figures.set(id, f);
    meta.set(id, {
      unit,
      sources: new Set(used.map((v) => v.source).filter((s) => s !== '')),
      dates: used.map((v) => v.date).sort(),
    });
  }
  computeRatios(figures, meta, geo);
  const summaries: IndicatorSummary[] = [...figures.keys()]
    .sort()
    .map((id) => summarise(id, figures.get(id)!, meta.get(id)!));
  return { summaries, figures: Object.fromEntries([...figures].map(([id, f]) => [id, Object.fromEntries(f)])) };
}

/** Step 3: the target ratios from counts, on every area (and level) where they are missing. */
function computeRatios(
  figures: Map<string, Figures>,
  meta: Map<string, { unit: string; sources: Set<string>; dates: string[] }>,
  geo: IndicatorGeography,
): void {
  const city = {
    level: 'city',
    code: 'city',
    population: geo.areas.filter((a) => a.level === 'unit2025').reduce((s, a) => s + a.population, 0),
    districtCode: null,
  };
  const derive = (
    id: string,
    unit: string,
    from: string[],
    f: (a: { population: number }, v: number[]) => number | null,
  ) => {
    const inputs = from.map((i) => figures.get(i));
    if (inputs.some((x) => !x)) return;
    const out = figures.get(id) ?? new Map<string, IndicatorFigure>();
    for (const a of [...geo.areas, city]) {
      const key = `${a.level}|${a.code}`;
      if (out.has(key)) continue;
      const got = inputs.map((x) => x!.get(key));
      if (got.some((g) => !g)) continue;
      const value = f(
        a,
        got.map((g) => g!.value),
      );
      if (value === null || !Number.isFinite(value)) continue;
      // A ratio of figures carried from the 2019 layout is itself carried: say so first.
      out.set(key, {
        value,
        from: got.some((g) => g!.from === 'overlay') ? 'overlay' : 'computed',
        derived: true,
        date: got
          .map((g) => g!.date)
          .sort()
          .pop()!,
        basisShare: Math.min(...got.map((g) => g!.basisShare)),
      });
    }
    if (out.size === 0) return;
    figures.set(id, out);
    if (!meta.has(id)) {
      const m = from.map((i) => meta.get(i)!);
      meta.set(id, {
        unit,
        sources: new Set(m.flatMap((x) => [...x.sources])),
        dates: m.flatMap((x) => x.dates).sort(),
      });
    }
  };
  derive('fibre_households_pct', '%', ['fibre_households', 'households'], (_a, [fib, hh]) =>
    hh! > 0 ? (100 * fib!) / hh! : null,
  );
  derive('iot_per_person', 'kết nối/người', ['iot_connections'], (a, [n]) =>
    a.population > 0 ? n! / a.population : null,
  );
}

function summarise(
  id: string,
  f: Figures,
  m: { unit: string; sources: Set<string>; dates: string[] },
): IndicatorSummary {
  const kind = indicatorKind(id, m.unit);
  const known = knownIndicator(id);
  const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<AreaLevel, number>;
  for (const key of f.keys()) if (key !== CITY_KEY) counts[key.slice(0, key.indexOf('|')) as AreaLevel] += 1;
  const city = f.get(CITY_KEY) ?? null;
  const target = known?.target ?? null;
  return {
    id,
    unit: m.unit,
    kind,
    known,
    sources: [...m.sources].sort(),
    dates: [m.dates[0]!, m.dates[m.dates.length - 1]!],
    city,
    target,
    pass: target && city ? city.value >= target.value - 1e-9 : null,
    counts,
  };
}

/** Step 4: the city figure from the level with the most complete coverage of residents (2025 units first). */
function cityFigure(kind: IndicatorKind, f: Figures, geo: IndicatorGeography): IndicatorFigure | null {
  const total = geo.areas.filter((a) => a.level === 'unit2025').reduce((s, a) => s + a.population, 0);
  let best: IndicatorFigure | null = null;
  for (const level of LEVELS) {
    const parts = geo.areas
      .filter((a) => a.level === level)
      .map((a) => ({ key: `${a.level}|${a.code}`, weight: 1, residents: a.population }));
    const c = combine(kind, parts, f, total, 'loaded');
    if (!c) continue;
    const derived = parts.some((p) => f.get(p.key)?.derived);
    const fig = { ...c, derived, from: derived ? ('overlay' as const) : ('loaded' as const) };
    if (!best || fig.basisShare > best.basisShare + 1e-9) best = fig;
  }
  return best;
}
