/**
 * The data of the public map, precomputed in Node: the areas of each level with their outdoor results as
 * properties (indoor ones in a file of their own; simplified geometry, FlatGeobuf with a spatial index so the page reads only the view's
 * features), the priority zones with their target, and `summary.json` with the city's figures against the
 * plan's targets, each with its vintage, source and sample flag.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { simplify } from '@turf/simplify';
import type { AnalysedData } from './analyse-data.js';
import { coverageValue } from '../../src/analysis/coverage-value.js';
import { PLAN_TARGETS } from '../../src/analysis/targets.js';
import type { AreaResult, OpSet } from '../../src/analysis/engine/types.js';
import { BASES } from '../../src/domain/basis.js';
import type { PublicSummary } from '../../src/domain/public-data.js';
import { levelResultProperty, type LevelValuesIndex } from '../../src/domain/public-level.js';
import type { CoverageLevel } from '../../src/domain/coverage-level.js';
import type { ServiceResults } from '../../src/analysis/service-types.js';
import { OPERATORS, TECHNOLOGIES } from '../../src/domain/telecom.js';

/** Simplification tolerance of the public geometry, degrees (about 9 m at Hà Nội): invisible at city zooms. */
export const PUBLIC_SIMPLIFY_DEG = 0.00008;

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** The operator sets in the order the properties are written: any operator first. */
const OP_ORDER: readonly OpSet[] = ['any', ...OPERATORS];

/**
 * The flat figures of one area at coverage `level` (`levelResultProperty` names: `c5_any` outdoors, `c5_any_in`
 * indoors; percent 0–100, two decimals; null for an area without results).
 */
export function levelProps(
  r: Pick<AreaResult, 'byLevel'> | undefined,
  level: CoverageLevel,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const tech of TECHNOLOGIES)
    for (const op of OP_ORDER)
      for (const basis of BASES)
        out[levelResultProperty(tech, op, basis, level)] = r ? round(coverageValue(r, tech, op, basis, level)) : null;
  return out;
}

/**
 * The result properties of one area's feature: its outdoor figures ({@link levelProps}) and `sites5g`, the 5G sites
 * standing in it (any operator). Indoor figures are in a file of their own ({@link buildIndoorValues}).
 */
export function resultProps(r: Pick<AreaResult, 'byLevel' | 'sites'> | undefined): Record<string, number | null> {
  return { ...levelProps(r, 'outdoor'), sites5g: r ? r.sites['5G'].any : null };
}

/** The engine's level of each list of the areas index. */
const INDEX_LEVELS = { units: 'unit2025', districts: 'district2019', wards: 'ward2019', zones: 'zone' } as const;

/**
 * The indoor figures of every area and zone ({@link levelProps} at `indoor`), by list and code: `areas-indoor.json`,
 * which the page reads only when indoor coverage is first chosen, so the first view's data stays as it was.
 */
export function buildIndoorValues(results: Pick<ServiceResults, 'areas'>): LevelValuesIndex {
  const out = { units: {}, districts: {}, wards: {}, zones: {} } as LevelValuesIndex;
  for (const [key, level] of Object.entries(INDEX_LEVELS) as [keyof LevelValuesIndex, string][])
    for (const r of Object.values(results.areas)) if (r.level === level) out[key][r.id] = levelProps(r, 'indoor');
  return out;
}

export type PublicLayers = Record<'units' | 'districts' | 'wards' | 'zones', FeatureCollection>;

export async function buildPublicLayers(d: AnalysedData): Promise<PublicLayers> {
  const levels = [
    ['units', 'units-2025', 'unit2025'],
    ['districts', 'districts-2019', 'district2019'],
    ['wards', 'wards-2019', 'ward2019'],
  ] as const;
  const out = {} as PublicLayers;
  for (const [key, id, level] of levels) {
    const fc = await d.layer(id);
    out[key] = {
      type: 'FeatureCollection',
      features: fc.features.map((f): Feature => {
        const p = f.properties ?? {};
        const areaKey = `${level}|${String(p.code)}`;
        const speed = d.results.speeds[areaKey];
        const cable = d.results.cables[areaKey];
        return {
          type: 'Feature',
          geometry: simplify(f as Feature<Polygon | MultiPolygon>, {
            tolerance: PUBLIC_SIMPLIFY_DEG,
            highQuality: true,
            mutate: false,
          }).geometry,
          properties: {
            code: String(p.code),
            level,
            layout: String(p.layout),
            name: String(p.name),
            fullName: String(p.fullName),
            nameEn: String(p.nameEn),
            areaKm2: round(Number(p.areaKm2), 3),
            population: Number(p.population),
            populationMethod: String(p.populationMethod),
            ...resultProps(d.results.areas[areaKey]),
            speed4g: speed?.['4G'].meanMbps === null || speed === undefined ? null : round(speed['4G'].meanMbps!, 1),
            speed5g: speed?.['5G'].meanMbps === null || speed === undefined ? null : round(speed['5G'].meanMbps!, 1),
            cableDoneKm: cable ? round(cable.done, 2) : 0,
            cablePlannedKm: cable ? round(cable['planned-2025'] + cable['planned-2026-2030'], 2) : 0,
          },
        };
      }),
    };
  }
  const zones = await d.layer('zones');
  const targets = new Map(d.results.zones.map((z) => [z.id, z]));
  out.zones = {
    type: 'FeatureCollection',
    features: zones.features.map((f): Feature => {
      const p = f.properties ?? {};
      const z = targets.get(String(p.id));
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: String(p.id),
          name: String(p.name),
          nameEn: String(p.nameEn),
          category: String(p.category),
          confidence: String(p.confidence),
          pct5g: z ? round(z.percent5g.any) : null,
          pass: z?.pass ?? false,
        },
      };
    }),
  };
  return out;
}

/** The city against the plan's targets, with vintages and sources. */
export function buildSummary(d: AnalysedData, generatedAt: string): PublicSummary {
  const r = d.results;
  const layer = (id: string) => d.manifest.layers.find((l) => l.id === id)!;
  const src = (id: string) => ({
    vintage: layer(id).vintage,
    source: layer(id).source,
    licence: layer(id).licence,
    sample: layer(id).sample,
  });
  const speedAreas = (tech: '4G' | '5G') => {
    const units = Object.entries(r.speeds)
      .filter(([k]) => k.startsWith('unit2025|'))
      .map(([, v]) => v[tech])
      .filter((v) => v.meanMbps !== null);
    return {
      measured: units.length,
      passing: units.filter((v) => v.pass).length,
      target: PLAN_TARGETS.downloadMbps[tech].value,
      year: PLAN_TARGETS.downloadMbps[tech].year,
    };
  };
  const cables = Object.entries(r.cables)
    .filter(([k]) => k.startsWith('unit2025|'))
    .map(([, v]) => v);
  const sum = (f: (c: (typeof cables)[number]) => number) =>
    round(
      cables.reduce((s, c) => s + f(c), 0),
      1,
    );
  return {
    generatedAt,
    layout: { units: '2025-07-01', legacy: '2019-04-01' },
    city: {
      areaKm2: round(r.city.areaKm2, 1),
      population: Math.round(r.city.population),
      covered4gPct: round(coverageValue(r.city, '4G', 'any', 'area')),
      covered5gPct: round(coverageValue(r.city, '5G', 'any', 'area')),
      sites: r.city.sites['4G'].any,
    },
    targets: {
      zones5g: {
        passing: r.zones.filter((z) => z.pass).length,
        total: r.zones.length,
        target: PLAN_TARGETS.zone5gPercent.value,
        year: PLAN_TARGETS.zone5gPercent.year,
      },
      population5g: {
        value: round(r.population.value),
        target: r.population.target,
        year: r.population.year,
        pass: r.population.pass,
        indoor: { value: round(r.population.byLevel.indoor.value), pass: r.population.byLevel.indoor.pass },
      },
      speed4g: speedAreas('4G'),
      speed5g: speedAreas('5G'),
      cables: {
        doneKm: sum((c) => c.done),
        planned2025Km: sum((c) => c['planned-2025']),
        planned2026To2030Km: sum((c) => c['planned-2026-2030']),
      },
    },
    sources: {
      areas: src('units-2025'),
      districts: src('districts-2019'),
      wards: src('wards-2019'),
      zones: src('zones'),
      sites: src('sites'),
      speeds: src('speed-tests'),
      cables: src('cables'),
    },
  };
}
