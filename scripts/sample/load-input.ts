/**
 * Reads the generator's real inputs from the raw Hà Nội data folder (`shared/data/hanoi/`, see its
 * README): 2019 wards joined with the 2019 census, the city boundary, the priority zones as circles and
 * the major OSM roads. Throws an error naming the file, the feature or row and the rule it broke.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { polygonAreaM2 } from '../../src/analysis/geodesy.js';
import { ZONE_CATEGORIES, type ZoneCategory } from '../../src/domain/zones.js';
import { ZONE_CURATION } from '../pipeline/zone-curation.js';
import type { SampleInput, SampleWard, SampleZone } from './types.js';

/** Zone radius used when reading the zone points, metres. */
export const DEFAULT_ZONE_RADIUS_M = 500;

function readCollection(file: string): FeatureCollection {
  const json = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  }
  return json;
}

function isAreal(g: Geometry | null): g is Polygon | MultiPolygon {
  return g?.type === 'Polygon' || g?.type === 'MultiPolygon';
}

/** Parses the census CSV (no quoted commas in it) into ward code → total population. */
function readCensus(file: string): Map<string, number> {
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  const iCode = cols.indexOf('ward_code');
  const iTotal = cols.indexOf('total');
  if (iCode < 0 || iTotal < 0) throw new Error(`${file}: missing column ward_code or total`);
  const out = new Map<string, number>();
  rows.forEach((line, n) => {
    const cells = line.split(',');
    const total = Number(cells[iTotal]);
    if (!Number.isFinite(total) || total < 0)
      throw new Error(`${file} row ${n + 2}: total "${cells[iTotal]}" is not a count`);
    out.set(cells[iCode] ?? '', total);
  });
  return out;
}

/** Loads a `SampleInput` from the raw data folder `dir`; zones get a radius of `zoneRadiusM` metres. */
export function loadSampleInput(dir: string, zoneRadiusM = DEFAULT_ZONE_RADIUS_M): SampleInput {
  const wardsFile = path.join(dir, 'admin/wards-2019-lowres.geojson');
  const census = readCensus(path.join(dir, 'population/wards-2019-census.csv'));
  const wards: SampleWard[] = readCollection(wardsFile).features.map((f: Feature, n) => {
    const code = String(f.properties?.['ward_code'] ?? '');
    const population = census.get(code);
    if (!isAreal(f.geometry)) throw new Error(`${wardsFile} feature ${n}: ward ${code} is not a (Multi)Polygon`);
    if (population === undefined) throw new Error(`${wardsFile} feature ${n}: ward ${code} has no census row`);
    return {
      code,
      districtCode: String(f.properties?.['district_code'] ?? ''),
      population,
      areaKm2: polygonAreaM2(f.geometry) / 1e6,
      geometry: f.geometry,
    };
  });

  const cityFile = path.join(dir, 'admin/province-2025-osm.geojson');
  const city = readCollection(cityFile).features[0]?.geometry ?? null;
  if (!isAreal(city)) throw new Error(`${cityFile}: the first feature is not a (Multi)Polygon`);

  const zonesFile = path.join(dir, 'poi/priority-zones.geojson');
  const zones: SampleZone[] = readCollection(zonesFile).features.flatMap((f, n) => {
    const category = String(f.properties?.['category']);
    if (f.geometry?.type !== 'Point') throw new Error(`${zonesFile} feature ${n}: not a Point`);
    // Not a category of the plan (bus stations, shopping centres): left out, as the pipeline does (data/zones.json).
    if (Object.hasOwn(ZONE_CURATION.priorityZones.leftOutCategories, category)) return [];
    if (!(ZONE_CATEGORIES as readonly string[]).includes(category)) {
      throw new Error(`${zonesFile} feature ${n}: unknown category "${category}"`);
    }
    const [lng, lat] = f.geometry.coordinates;
    return [
      {
        id: String(f.properties?.['id']),
        category: category as ZoneCategory,
        lng: lng!,
        lat: lat!,
        radiusM: zoneRadiusM,
      },
    ];
  });

  const roadsFile = path.join(dir, 'roads/major-roads-osm-2025.geojson');
  const roads = readCollection(roadsFile).features.flatMap((f) => {
    if (f.geometry?.type !== 'LineString') return [];
    return [{ highway: String(f.properties?.['highway'] ?? ''), coordinates: f.geometry.coordinates }];
  });
  return { wards, city, zones, roads };
}
