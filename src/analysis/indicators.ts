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
import { indicatorKind, knownIndicator, type IndicatorKind, type IndicatorValue } from '../domain/indicators.js';
import { combine, partsOf, type Parts } from './indicator-parts.js';
import {
  CITY_KEY,
  LEVELS,
  type Figures,
  type IndicatorFigure,
  type IndicatorGeography,
  type IndicatorSummary,
  type IndicatorTable,
} from './indicator-types.js';
export {
  CITY_KEY,
  type IndicatorArea,
  type IndicatorFigure,
  type IndicatorGeography,
  type IndicatorSummary,
  type IndicatorTable,
  type WardOverlap,
} from './indicator-types.js';

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
