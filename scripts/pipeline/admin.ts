/**
 * Builds the three administrative layers (2025 units, 2019 districts, 2019 wards) with their areas and
 * population: census figures for the legacy wards and districts, areal interpolation for the 2025 units.
 */
import { textProp } from './text-prop.js';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AdminAreaProps } from '../../src/domain/admin.js';
import type { DataIssue } from '../../src/domain/report.js';
import { stripDiacritics, stripUnitType, UNIT_TYPE_EN } from '../../src/domain/text.js';
import { polygonAreaM2 } from '../../src/analysis/geodesy.js';
import { interpolateByArea } from '../../src/analysis/areal-interpolation.js';

export type AreaFeature = Feature<Polygon | MultiPolygon, AdminAreaProps>;
type RawFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
type WardPopulation = { total: number; districtCode: string; name: string };

const str = textProp;
const englishName = (name: string, type: string) => `${stripDiacritics(name)} ${UNIT_TYPE_EN[type] ?? ''}`.trim();
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function area(geometry: Polygon | MultiPolygon, props: Omit<AdminAreaProps, 'areaKm2' | 'density'>): AreaFeature {
  const areaKm2 = polygonAreaM2(geometry) / 1e6;
  return {
    type: 'Feature',
    geometry,
    properties: { ...props, areaKm2: round(areaKm2, 4), density: round(props.population / areaKm2, 1) },
  };
}

/** The 584 legacy wards with their census population. Wards with no census row keep population 0 (reported by the CSV check). */
export function buildWards2019(raw: readonly RawFeature[], census: ReadonlyMap<string, WardPopulation>): AreaFeature[] {
  return raw.map((f) => {
    const p = f.properties ?? {};
    const code = str(p.ward_code);
    const fullName = str(p.ward_name);
    const type = str(p.ward_type);
    const name = stripUnitType(fullName);
    return area(f.geometry, {
      code,
      level: 'ward2019',
      layout: '2019',
      name,
      fullName,
      nameEn: englishName(name, type),
      type,
      districtCode: str(p.district_code),
      population: census.get(code)?.total ?? 0,
      populationMethod: 'census',
      lowRes: true,
    });
  });
}

/**
 * The 30 legacy districts; population is the exact sum of their census wards. A district whose sum
 * differs from the official district total is an error (the wards or the totals file is wrong).
 */
export function buildDistricts2019(
  raw: readonly RawFeature[],
  wards: readonly AreaFeature[],
  districtTotals: ReadonlyMap<string, { total: number; name: string }>,
  file: string,
): { districts: AreaFeature[]; issues: DataIssue[] } {
  const sums = new Map<string, number>();
  for (const w of wards)
    sums.set(w.properties.districtCode!, (sums.get(w.properties.districtCode!) ?? 0) + w.properties.population);
  const issues: DataIssue[] = [];
  const districts = raw.map((f, index) => {
    const p = f.properties ?? {};
    const code = str(p.district_code);
    const type = str(p.type);
    const name = str(p.short_name) || stripUnitType(str(p.name));
    const population = sums.get(code) ?? 0;
    const official = districtTotals.get(code)?.total;
    if (official !== undefined && official !== population) {
      issues.push({
        severity: 'error',
        rule: 'district-total-mismatch',
        file,
        index,
        key: code,
        message: `${file}: district ${code} (${name}): census wards sum to ${population}, the official district total is ${official} — district sums must equal the census district totals`,
      });
    }
    return area(f.geometry, {
      code,
      level: 'district2019',
      layout: '2019',
      name,
      fullName: str(p.name),
      nameEn: englishName(name, type),
      type,
      districtCode: null,
      population,
      populationMethod: 'census',
      lowRes: false,
    });
  });
  return { districts, issues };
}

/** The 126 units of 2025, population interpolated by area from the 2019 census wards. */
export function buildUnits2025(
  raw: readonly RawFeature[],
  wards: readonly AreaFeature[],
): { units: AreaFeature[]; unmatchedWards: string[] } {
  const interp = interpolateByArea(
    wards.map((w) => ({ key: w.properties.code, value: w.properties.population, geometry: w.geometry })),
    raw.map((f) => ({ key: str(f.properties?.code), geometry: f.geometry })),
  );
  const units = raw.map((f) => {
    const p = f.properties ?? {};
    const code = str(p.code);
    const type = str(p.type);
    const name = str(p.name);
    return area(f.geometry, {
      code,
      level: 'unit2025',
      layout: '2025',
      name,
      fullName: str(p.fullName) || `${type} ${name}`,
      nameEn: str(p.fullNameEn) || englishName(name, type),
      type,
      districtCode: null,
      population: interp.values.get(code) ?? 0,
      populationMethod: 'interpolated',
      lowRes: false,
    });
  });
  return { units, unmatchedWards: interp.unmatched };
}
