/**
 * The annual report against the plan (due every year by 30 November): for each target, the city's figure
 * and each area's of the chosen layout, pass or fail, and the change since the year before. Pure: built
 * from two sets of results (as of the report date and a year earlier).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ServiceResults } from './service-types.js';
import type { EngineLevel } from './engine/types.js';
import { coverageValue } from './coverage-value.js';
import { PLAN_TARGETS, mergeSpeedFigures } from './targets.js';
import { CITY_KEY, type IndicatorTable } from './indicators.js';
import { knownIndicator } from '../domain/indicators.js';
import { figureAreas, operatorTables, type ReportFigures } from './report-figures.js';

/**
 * The targets reported: the coverage targets from the analysis, and the two that come from loaded area
 * indicators (fibre to every household, one IoT connection per person), empty until those are loaded. The
 * population target is reported outdoors (`population5g`) and indoors (`population5gIndoor`), labelled.
 */
export const REPORT_TARGETS = [
  'zones5g',
  'population5g',
  'population5gIndoor',
  'speed4g',
  'speed5g',
  'cables',
  'fibre',
  'iot',
] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

/** The area indicator behind each indicator target. */
export const REPORT_INDICATORS: Readonly<Partial<Record<ReportTarget, string>>> = {
  fibre: 'fibre_households_pct',
  iot: 'iot_per_person',
};

/** Unit of each target's figure: percent 0–100, Mbit/s, km, IoT connections per person. */
export const REPORT_UNITS: Readonly<Record<ReportTarget, '%' | 'Mbit/s' | 'km' | 'per person'>> = {
  zones5g: '%',
  population5g: '%',
  population5gIndoor: '%',
  speed4g: 'Mbit/s',
  speed5g: 'Mbit/s',
  cables: 'km',
  fibre: '%',
  iot: 'per person',
};

/** Target value and year of each target (null: no number, street by street). */
export const REPORT_GOALS: Readonly<Record<ReportTarget, { value: number | null; year: number }>> = {
  zones5g: { value: PLAN_TARGETS.zone5gPercent.value, year: PLAN_TARGETS.zone5gPercent.year },
  population5g: { value: PLAN_TARGETS.population5gPercent.value, year: PLAN_TARGETS.population5gPercent.year },
  population5gIndoor: { value: PLAN_TARGETS.population5gPercent.value, year: PLAN_TARGETS.population5gPercent.year },
  speed4g: { value: PLAN_TARGETS.downloadMbps['4G'].value, year: PLAN_TARGETS.downloadMbps['4G'].year },
  speed5g: { value: PLAN_TARGETS.downloadMbps['5G'].value, year: PLAN_TARGETS.downloadMbps['5G'].year },
  cables: { value: null, year: 2030 },
  fibre: knownIndicator('fibre_households_pct')!.target!,
  iot: knownIndicator('iot_per_person')!.target!,
};

export type ReportArea = { level: Exclude<EngineLevel, 'city' | 'zone'>; id: string; name: string };

export type ReportRow = {
  target: ReportTarget;
  level: EngineLevel;
  id: string;
  name: string;
  /** The figure on the report date; null where there is none (no zone, no measurement). */
  value: number | null;
  /** The same a year earlier. */
  previous: number | null;
  /** `value − previous` (percentage points for percents). */
  change: number | null;
  goal: number | null;
  /** Whether the figure meets the goal; null without a goal or a figure. */
  pass: boolean | null;
  /** True when the figure was not loaded as such (an indicator carried from the 2019 layout, or computed). */
  derived: boolean;
};

export type AnnualReport = {
  year: number;
  asOf: string;
  previousAsOf: string;
  layout: '2025' | '2019';
  rows: ReportRow[];
  /** The operator, sharing and parameter tables (report-figures.ts). */
  figures: ReportFigures;
};

type Figures = Record<ReportTarget, number | null> & { derived: Partial<Record<ReportTarget, boolean>> };

/** The indicator targets' figures of one area (or `city|city`) from an indicator table. */
function indicatorFigures(table: IndicatorTable | null, key: string): Pick<Figures, 'fibre' | 'iot' | 'derived'> {
  const f = (t: ReportTarget) => table?.figures[REPORT_INDICATORS[t]!]?.[key] ?? null;
  const fibre = f('fibre');
  const iot = f('iot');
  return {
    fibre: fibre?.value ?? null,
    iot: iot?.value ?? null,
    derived: { fibre: fibre?.derived ?? false, iot: iot?.derived ?? false },
  };
}

/** The share of zones at 100 % 5G among `zoneIds`, percent; null without zones. */
function zonesPercent(r: ServiceResults, zoneIds: readonly string[] | null): number | null {
  const zones = zoneIds === null ? r.zones : r.zones.filter((z) => zoneIds.includes(z.id));
  return zones.length === 0 ? null : (100 * zones.filter((z) => z.pass).length) / zones.length;
}

function areaFigures(r: ServiceResults, key: string, ind: IndicatorTable | null): Figures {
  const a = r.areas[key];
  return {
    ...indicatorFigures(ind, key),
    zones5g: zonesPercent(r, r.zonesInArea[key] ?? []),
    population5g: a ? coverageValue(a, '5G', 'any', 'population') : null,
    population5gIndoor: a ? coverageValue(a, '5G', 'any', 'population', 'indoor') : null,
    speed4g: r.speeds[key]?.['4G'].meanMbps ?? null,
    speed5g: r.speeds[key]?.['5G'].meanMbps ?? null,
    cables: r.cables[key]?.done ?? 0,
  };
}

/** The city's figures: speeds are the mean of every measurement (the units' means weighted by their counts). */
function cityFigures(r: ServiceResults, ind: IndicatorTable | null): Figures {
  const units = Object.entries(r.speeds)
    .filter(([k]) => k.startsWith('unit2025|'))
    .map(([, v]) => v);
  // The city's figure from the units' weighted sums: a unit below the minimum of tests still counts its tests.
  const mean = (tech: '4G' | '5G') =>
    units.length === 0
      ? null
      : mergeSpeedFigures(
          units.map((u) => u[tech]),
          tech,
        ).meanMbps;
  const cables = Object.entries(r.cables)
    .filter(([k]) => k.startsWith('unit2025|'))
    .reduce((s, [, c]) => s + c.done, 0);
  return {
    ...indicatorFigures(ind, CITY_KEY),
    zones5g: zonesPercent(r, null),
    population5g: r.population.value,
    population5gIndoor: r.population.byLevel.indoor.value,
    speed4g: mean('4G'),
    speed5g: mean('5G'),
    cables,
  };
}

/**
 * Builds the report from the results on the report date (`now`) and a year before (`before`), and the area
 * indicators' tables on the same two dates when any are loaded.
 */
export function buildReport(
  now: ServiceResults,
  before: ServiceResults,
  areas: readonly ReportArea[],
  meta: Omit<AnnualReport, 'rows' | 'figures'>,
  indicators: { now: IndicatorTable; before: IndicatorTable } | null = null,
  extras: Pick<ReportFigures, 'sharing' | 'params'> = { sharing: null, params: null },
): AnnualReport {
  const rows: ReportRow[] = [];
  const add = (level: EngineLevel, id: string, name: string, a: Figures, b: Figures) => {
    for (const target of REPORT_TARGETS) {
      const goal = REPORT_GOALS[target].value;
      const value = a[target];
      const previous = b[target];
      // Percent targets pass within 0.01 pp (centimetre rounding at zone edges); others exactly.
      const tolerance = REPORT_UNITS[target] === '%' ? 0.01 : 1e-9;
      rows.push({
        target,
        level,
        id,
        name,
        value,
        previous,
        change: value !== null && previous !== null ? value - previous : null,
        goal,
        pass: goal === null || value === null ? null : value >= goal - tolerance,
        derived: a.derived[target] ?? false,
      });
    }
  };
  const ind = indicators ?? { now: null, before: null };
  add('city', 'city', 'Hà Nội', cityFigures(now, ind.now), cityFigures(before, ind.before));
  for (const a of areas)
    add(
      a.level,
      a.id,
      a.name,
      areaFigures(now, `${a.level}|${a.id}`, ind.now),
      areaFigures(before, `${a.level}|${a.id}`, ind.before),
    );
  return { ...meta, rows, figures: { operators: operatorTables(now, figureAreas(areas)), ...extras } };
}

const CSV_HEADER = [
  'target',
  'level',
  'code',
  'name',
  'value',
  'unit',
  'previous',
  'change',
  'goal',
  'goal_year',
  'pass',
  'derived',
  'as_of',
  'previous_as_of',
  'layout',
  'sample',
] as const;

/** One CSV field (RFC 4180), with a leading `'` before text a spreadsheet would run as a formula. */
function field(v: string | number | boolean | null): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report as CSV, UTF-8 with a byte-order mark (spreadsheet programs then show Vietnamese correctly). */
export function reportToCsv(report: AnnualReport, sample: boolean): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of report.rows) {
    lines.push(
      [
        r.target,
        r.level,
        r.id,
        r.name,
        r.value,
        REPORT_UNITS[r.target],
        r.previous,
        r.change,
        r.goal,
        REPORT_GOALS[r.target].year,
        r.pass,
        r.derived,
        report.asOf,
        report.previousAsOf,
        report.layout,
        sample,
      ]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The report's areas as GeoJSON: each area's geometry (from `geometry`, keyed `${level}|${id}`) with, per
 * target, its figure (`<target>_pct`, `_mbps` or `_km`), change and pass.
 */
export function reportGeoJson(
  report: AnnualReport,
  geometry: ReadonlyMap<string, Feature>,
  sample: boolean,
): FeatureCollection {
  const byArea = new Map<string, Record<string, unknown>>();
  for (const r of report.rows) {
    if (r.level === 'city') continue;
    const key = `${r.level}|${r.id}`;
    const props = byArea.get(key) ?? {
      level: r.level,
      code: r.id,
      name: r.name,
      asOf: report.asOf,
      previousAsOf: report.previousAsOf,
      layout: report.layout,
      sample,
    };
    const unit = REPORT_UNITS[r.target];
    props[
      `${r.target}_${unit === '%' ? 'pct' : unit === 'km' ? 'km' : unit === 'per person' ? 'per_person' : 'mbps'}`
    ] = r.value;
    if (r.derived) props[`${r.target}_derived`] = true;
    props[`${r.target}_change`] = r.change;
    props[`${r.target}_pass`] = r.pass;
    byArea.set(key, props);
  }
  return {
    type: 'FeatureCollection',
    features: [...byArea.entries()]
      .filter(([key]) => geometry.has(key))
      .map(([key, properties]) => ({ type: 'Feature', geometry: geometry.get(key)!.geometry, properties })),
  };
}
