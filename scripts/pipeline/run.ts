/**
 * The data pipeline: reads the raw Hà Nội files, validates and repairs them, joins population, builds
 * zones and the sample operator layers, and writes FlatGeobuf files plus `manifest.json` to the output
 * folder. Every problem is collected; features with errors are left out of the output and reported, and
 * the caller exits non-zero when there is any error.
 */
import { writeStreets } from './point-streets.js';
import { writeNamedLines } from './named-lines.js';
import { placeFinder } from './places.js';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { parseGeoJsonLayer, type GeoJsonSpec } from '../../src/data/geojson-input.js';
import { parseCsv, parseDistrictTotalsCsv, parsePopulationCsv } from '../../src/data/csv.js';
import { writeFgb } from '../../src/data/fgb-write.js';
import { siteToFeature } from '../../src/data/site-codec.js';
import type { DataIssue, Manifest, ManifestLayer, RepairCounts } from '../../src/domain/report.js';
import { buildDistricts2019, buildUnits2025, buildWards2019, type AreaFeature } from './admin.js';
import { buildZones } from './zones.js';
import { buildEnvironmentLayer, environmentSummaryLines } from './environment.js';
import { writeZonesExcluded, zonesExcludedDoc, zonesSummary } from './zones-left-out.js';
import { ZONE_CURATION } from './zone-curation.js';
import { LAYER_SOURCES, type LayerId } from './sources.js';
import type { PipelineOptions } from './options.js';
import { generateSample } from '../sample/generate.js';
import { GRID_RESOLUTIONS, buildGrid } from './grid.js';
import { GRID_LAYER_ID, gridLevelOf } from '../../src/domain/grid.js';

type Log = (line: string) => void;
export type PipelineResult = { manifest: Manifest; issues: DataIssue[] };

const SPECS = {
  units: {
    file: 'admin/wards-2025.geojson',
    geometryTypes: ['Polygon', 'MultiPolygon'],
    keyProperty: 'code',
    keyPattern: /^\d{5}$/,
  },
  districts: {
    file: 'admin/districts-2019.geojson',
    geometryTypes: ['Polygon', 'MultiPolygon'],
    keyProperty: 'district_code',
    keyPattern: /^\d{3}$/,
  },
  wards: {
    file: 'admin/wards-2019-lowres.geojson',
    geometryTypes: ['Polygon', 'MultiPolygon'],
    keyProperty: 'ward_code',
    keyPattern: /^\d{5}$/,
  },
  city: { file: 'admin/province-2025-osm.geojson', geometryTypes: ['Polygon', 'MultiPolygon'], keyProperty: null },
  zones: { file: ZONE_CURATION.priorityZones.file, geometryTypes: ['Point'], keyProperty: 'id' },
  hospitals: { file: ZONE_CURATION.hospitals.file, geometryTypes: ['Point'], keyProperty: 'osm_id' },
  busStops: { file: 'poi/bus-stops-osm-2025.geojson', geometryTypes: ['Point'], keyProperty: 'osm_node_id' },
  roads: { file: 'roads/major-roads-osm-2025.geojson', geometryTypes: ['LineString'], keyProperty: 'seq_id' },
} as const satisfies Record<string, GeoJsonSpec>;

/** Runs the whole pipeline. Throws only when the data folder itself is missing. */
export async function runPipeline(opts: PipelineOptions, inputHash: string, log: Log): Promise<PipelineResult> {
  if (!fs.existsSync(opts.dataDir)) {
    throw new Error(
      `data folder not found: ${opts.dataDir} — put the raw Hà Nội data there or set HANOI_DATA_DIR (or --data-dir)`,
    );
  }
  const issues: DataIssue[] = [];
  const repairs: Record<string, RepairCounts> = {};
  const read = (rel: string) => fs.readFileSync(path.join(opts.dataDir, rel), 'utf8');
  const layer = <G extends Feature['geometry']>(spec: GeoJsonSpec) => {
    const parsed = parseGeoJsonLayer(read(spec.file), spec);
    issues.push(...parsed.issues);
    repairs[spec.file] = parsed.repairs;
    const r = parsed.repairs;
    log(
      `read ${spec.file}: ${parsed.features.length} features, ${parsed.issues.length} issues, repaired ${r.duplicateVertices} duplicate vertices, ${r.ringsClosed} ring closures, ${r.ringsRewound} windings`,
    );
    return parsed.features as Feature<G, Record<string, unknown>>[];
  };

  const rawUnits = layer<Polygon | MultiPolygon>(SPECS.units);
  const rawDistricts = layer<Polygon | MultiPolygon>(SPECS.districts);
  const rawWards = layer<Polygon | MultiPolygon>(SPECS.wards);
  const rawCity = layer<Polygon | MultiPolygon>(SPECS.city);
  const rawZones = layer<Point>(SPECS.zones);
  const rawHospitals = layer<Point>(SPECS.hospitals);
  const busStops = layer<Point>(SPECS.busStops);
  const roads = layer<LineString>(SPECS.roads);

  // Official 2019 code list: every low-res ward must carry a real GSO code.
  const codesFile = 'admin/codes-2019-09-11.csv';
  const codes = parseCsv(read(codesFile), codesFile);
  issues.push(...codes.issues);
  const officialWardCodes = new Set(codes.rows.map((r) => r.ward_code ?? ''));
  rawWards.forEach((f, index) => {
    const code = String(f.properties?.ward_code ?? '');
    if (!officialWardCodes.has(code)) {
      issues.push({
        severity: 'error',
        rule: 'code-unknown',
        file: SPECS.wards.file,
        index,
        key: code,
        message: `${SPECS.wards.file}: feature ${index} (ward_code "${code}"): code is not in the official GSO list ${codesFile}`,
      });
    }
  });

  const popFile = 'population/wards-2019-census.csv';
  const wardCodes = new Set(rawWards.map((f) => String(f.properties?.ward_code ?? '')));
  const census = parsePopulationCsv(read(popFile), popFile, wardCodes);
  issues.push(...census.issues);
  const distFile = 'population/districts-2019-census.csv';
  const districtTotals = parseDistrictTotalsCsv(read(distFile), distFile);
  issues.push(...districtTotals.issues);

  log('joining census population, interpolating onto the 2025 units…');
  const wards = buildWards2019(rawWards, census.byWard);
  const { districts, issues: dIssues } = buildDistricts2019(rawDistricts, wards, districtTotals.byDistrict, distFile);
  issues.push(...dIssues);
  const { units, unmatchedWards } = buildUnits2025(rawUnits, wards);
  for (const code of unmatchedWards) {
    issues.push({
      severity: 'warning',
      rule: 'ward-outside-units',
      file: SPECS.wards.file,
      index: null,
      key: code,
      message: `${SPECS.wards.file}: ward ${code} overlaps no 2025 unit; its population went to the nearest unit`,
    });
  }
  const cityPop = units.reduce((s, u) => s + u.properties.population, 0);
  log(
    `population: 2019 census city total ${wards.reduce((s, w) => s + w.properties.population, 0)}, interpolated onto 2025 units ${cityPop}`,
  );

  const builtZones = buildZones(
    { raw: rawZones, file: SPECS.zones.file },
    { raw: rawHospitals, file: SPECS.hospitals.file },
  );
  issues.push(...builtZones.issues);
  const zones = builtZones.zones;
  log(zonesSummary(builtZones));

  const city = rawCity[0]?.geometry;
  if (!city) throw new Error(`${SPECS.city.file}: no city boundary feature`);
  log(`generating sample operator data (seed ${opts.seed}${opts.sites !== null ? `, ${opts.sites} sites` : ''})…`);
  const sample = generateSample(
    {
      wards: wards.map((w) => ({
        code: w.properties.code,
        districtCode: w.properties.districtCode!,
        population: w.properties.population,
        areaKm2: w.properties.areaKm2,
        geometry: w.geometry,
      })),
      city,
      zones: zones
        .filter(
          (z) =>
            z.properties.category !== 'hospital' ||
            ZONE_CURATION.sampleHospitalConfidences.includes(z.properties.confidence),
        )
        .map((z) => ({
          id: z.properties.id,
          category: z.properties.category,
          lng: z.properties.lng,
          lat: z.properties.lat,
          radiusM: z.properties.radiusM,
        })),
      roads: roads.map((r) => ({ highway: String(r.properties?.highway ?? ''), coordinates: r.geometry.coordinates })),
    },
    { seed: opts.seed, ...(opts.sites !== null ? { sites: opts.sites } : {}) },
  );
  log(
    `sample: ${sample.sites.length} sites (${sample.sites.filter((s) => s.technologies.includes('5G')).length} with 5G), ${sample.cables.length} cable segments, ${sample.speedTests.length} speed tests`,
  );

  fs.mkdirSync(opts.outDir, { recursive: true });
  const layers: ManifestLayer[] = [];
  const write = (id: LayerId, features: Feature[]) => {
    const src = LAYER_SOURCES[id];
    const fc: FeatureCollection = { type: 'FeatureCollection', features };
    const bytes = writeFgb(fc, {
      title: id,
      description: src.source,
      metadata: { vintage: src.vintage, licence: src.licence, sample: src.sample },
    });
    const file = `${id}.fgb`;
    fs.writeFileSync(path.join(opts.outDir, file), bytes);
    layers.push({
      id,
      file,
      featureCount: features.length,
      vintage: src.vintage,
      source: src.source,
      licence: src.licence,
      sample: src.sample,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    });
    log(`wrote ${file}: ${features.length} features, ${(bytes.length / 1024).toFixed(0)} KiB`);
  };
  write('units-2025', units);
  write('districts-2019', districts);
  write('wards-2019', wards);
  write(
    'city',
    rawCity.map((f) => ({ ...f, properties: { name: String(f.properties?.name ?? 'Hà Nội') } })),
  );
  write('zones', zones);
  const zonesExcluded = writeZonesExcluded(
    opts.outDir,
    zonesExcludedDoc(builtZones, [SPECS.zones.file, SPECS.hospitals.file]),
  );
  log(`wrote ${zonesExcluded.file}: ${zonesExcluded.count} raw points left out of the zones, each with its reason`);
  write(
    'bus-stops',
    busStops.map((f) => ({
      ...f,
      properties: { id: String(f.properties?.osm_node_id ?? ''), name: String(f.properties?.name ?? '') },
    })),
  );
  write(
    'roads',
    roads.map((f) => ({ ...f, properties: { highway: String(f.properties?.highway ?? '') } })),
  );
  // Street names for the search box (not a layer): see point-streets.ts.
  const placeOf = placeFinder(units.map((u) => ({ name: u.properties.name, geometry: u.geometry })));
  writeStreets(opts.dataDir, opts.outDir, log, placeOf);
  issues.push(...writeNamedLines(opts.dataDir, opts.outDir, log, placeOf).issues);
  const environment = buildEnvironmentLayer(wards, roads, zones);
  environmentSummaryLines(environment.summary).forEach((line) => log(line));
  write('environment', environment.features);
  write('sites', sample.sites.map(siteToFeature));
  write('cables', sample.cables);
  write('speed-tests', sample.speedTests);
  for (const res of GRID_RESOLUTIONS)
    write(
      GRID_LAYER_ID[gridLevelOf(res)],
      buildGrid(
        units.map((u) => u.geometry),
        res,
      ),
    );

  const manifest: Manifest = {
    generatedAt: new Date().toISOString(),
    inputHash,
    sampleSeed: opts.seed,
    layers,
    leftOut: [{ layer: 'zones', ...zonesExcluded }],
    repairs,
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
  fs.writeFileSync(path.join(opts.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { manifest, issues };
}

/**
 * Hash of everything the output depends on: raw inputs, options, the project's curated definitions (`data/`)
 * and the pipeline's own code.
 */
export function hashInputs(opts: PipelineOptions, repoRoot: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ seed: opts.seed, sites: opts.sites }));
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('.test.ts') && !e.name.endsWith('.md')) files.push(p);
    }
  };
  walk(opts.dataDir);
  for (const d of [
    'data',
    'scripts/pipeline',
    'scripts/sample',
    'scripts/glyphs',
    'src/domain',
    'src/analysis',
    'src/data',
  ])
    walk(path.join(repoRoot, d));
  for (const f of ['scripts/build-data.ts', 'scripts/glyphs.ts']) files.push(path.join(repoRoot, f));
  for (const f of files) {
    if (!fs.existsSync(f)) continue;
    h.update(path.relative(repoRoot, f));
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex');
}

export type { AreaFeature };
