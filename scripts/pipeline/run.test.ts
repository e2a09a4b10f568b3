import type { Polygon } from 'geojson';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANOI_DATA_DIR, REPO_ROOT } from '../../test/support/data-dir.js';
import { readFgb } from '../../src/data/fgb-read.js';
import type { DataIssue } from '../../src/domain/report.js';
import { sharedPipeline } from '../../test/setup/shared-pipeline.js';
import { hashInputs, runPipeline } from './run.js';
import { parseOptions, type PipelineOptions } from './options.js';

const hasData = fs.existsSync(HANOI_DATA_DIR);
const quiet = () => {};

function createOptions(dataDir: string, outDir: string): PipelineOptions {
  return { ...parseOptions([]), dataDir, outDir, sites: 2000, seed: 7 };
}

async function readLayer(dir: string, id: string) {
  return readFgb(new Uint8Array(fs.readFileSync(path.join(dir, `${id}.fgb`))), { name: id });
}

// The run of test/setup/pipeline.ts (2,000 sites, seed 7), shared read-only with the analyse suite.
describe.skipIf(!hasData)('runPipeline on the real data', () => {
  let out: string;
  let issues: DataIssue[];
  beforeAll(() => {
    ({ dir: out, issues } = sharedPipeline());
  });

  it('has no errors', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('writes every layer with its count, licence and checksum in the manifest', () => {
    const m = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const counts = Object.fromEntries(
      m.layers.map((l: { id: string; featureCount: number }) => [l.id, l.featureCount]),
    );
    expect(counts).toMatchObject({
      'units-2025': 126,
      'districts-2019': 30,
      'wards-2019': 584,
      // The plan's 38 priority zones and 108 hospitals; 64 raw points left out, each with its reason.
      zones: 38 + 108,
      sites: 2000,
    });
    expect(m.leftOut).toMatchObject([{ layer: 'zones', file: 'zones-excluded.json', count: 64 }]);
    const excluded = JSON.parse(fs.readFileSync(path.join(out, 'zones-excluded.json'), 'utf8'));
    expect(JSON.stringify(excluded)).toContain('Tattoo 1984');
    for (const l of m.layers) {
      expect(l.licence).not.toBe('');
      expect(l.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(fs.statSync(path.join(out, l.file)).size).toBe(l.bytes);
    }
    expect(
      m.layers
        .filter((l: { sample: boolean }) => l.sample)
        .map((l: { id: string }) => l.id)
        .sort(),
    ).toEqual(['cables', 'sites', 'speed-tests']);
  });

  it('writes the H3 grid cells (resolutions 8 and 9) that reach into the 2025 units, each a closed hexagon', async () => {
    for (const [id, res, min, max] of [
      ['grid-h3r8', 8, 4000, 5000],
      ['grid-h3r9', 9, 28000, 32000],
    ] as const) {
      const fc = await readLayer(out, id);
      expect(fc.features.length).toBeGreaterThan(min);
      expect(fc.features.length).toBeLessThan(max);
      const f = fc.features[0]!;
      expect(f.properties).toMatchObject({ res, level: `h3r${res}` });
      expect(String(f.properties!.code)).toMatch(new RegExp(`^8${res}[0-9a-f]{13}$`));
      const ring = (f.geometry as Polygon).coordinates[0]!;
      expect(ring).toHaveLength(7);
      expect(ring[0]).toEqual(ring[6]);
    }
  });

  it('keeps the 2019 census city total on the 2025 units (interpolated) and the districts (census)', async () => {
    const units = await readLayer(out, 'units-2025');
    const districts = await readLayer(out, 'districts-2019');
    const sum = (fc: typeof units) => fc.features.reduce((s, f) => s + (f.properties!.population as number), 0);
    expect(sum(units)).toBe(8_053_663);
    expect(sum(districts)).toBe(8_053_663);
    expect(units.features.every((f) => f.properties!.populationMethod === 'interpolated')).toBe(true);
  });

  it('gives every district exactly its official census total', async () => {
    const districts = await readLayer(out, 'districts-2019');
    const official = new Map(
      fs
        .readFileSync(path.join(HANOI_DATA_DIR, 'population/districts-2019-census.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .map((c) => [c[0], Number(c[2])]),
    );
    for (const f of districts.features)
      expect(f.properties!.population).toBe(official.get(f.properties!.code as string));
  });

  it('measures areas on the ellipsoid (city ≈ 3,359 km², official 3,359.84)', async () => {
    const units = await readLayer(out, 'units-2025');
    const total = units.features.reduce((s, f) => s + (f.properties!.areaKm2 as number), 0);
    expect(total).toBeGreaterThan(3355);
    expect(total).toBeLessThan(3370);
  });

  it('flags every sample record', async () => {
    for (const id of ['sites', 'cables', 'speed-tests']) {
      const fc = await readLayer(out, id);
      expect(fc.features.length).toBeGreaterThan(0);
      expect(fc.features.every((f) => f.properties!.sample === true)).toBe(true);
    }
  });
});

describe.skipIf(!hasData)('runPipeline with a bad input file', () => {
  let dataDir: string;
  let out: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-bad-data-'));
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-bad-out-'));
    fs.cpSync(HANOI_DATA_DIR, dataDir, { recursive: true });
    const zonesFile = path.join(dataDir, 'poi/priority-zones.geojson');
    const zones = JSON.parse(fs.readFileSync(zonesFile, 'utf8'));
    const [lng, lat] = zones.features[0].geometry.coordinates;
    zones.features[0].geometry.coordinates = [lat, lng];
    fs.writeFileSync(zonesFile, JSON.stringify(zones));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('reports the feature, value and rule, and still writes everything else', async () => {
    const r = await runPipeline(createOptions(dataDir, out), 'test', quiet);
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      'poi/priority-zones.geojson: feature 0 (id "airport-noi-bai"): coordinate [21.214, 105.803] is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — latitude and longitude look swapped',
    );
    const zones = await readLayer(out, 'zones');
    expect(zones.features).toHaveLength(37 + 108);
    expect(r.manifest.layers).toHaveLength(13);
  });
});

describe('hashInputs', () => {
  it('changes when an option changes', () => {
    const a = createOptions(HANOI_DATA_DIR, '/tmp/x');
    expect(hashInputs(a, REPO_ROOT)).not.toBe(hashInputs({ ...a, seed: 8 }, REPO_ROOT));
  });
});
