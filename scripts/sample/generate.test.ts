import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonAreaM2 } from '../../src/analysis/geodesy.js';
import { HANOI_BBOX, HANOI_CENTER } from '../../src/domain/geo.js';
import { OPERATORS } from '../../src/domain/telecom.js';
import { localDistanceM } from './context.js';
import { FIVE_G_DOWNLOAD_MBPS_2025_04, PLAN_TARGET_MBPS } from './figures.js';
import {
  SAMPLE_DEFAULTS,
  generateSample,
  type SampleInput,
  type SampleOptions,
  type SampleOutput,
} from './generate.js';
import { loadSampleInput } from './load-input.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = process.env['HANOI_DATA_DIR'] ?? path.resolve(REPO, '../shared/data/hanoi');
/** Ba Đình, Hoàn Kiếm, Tây Hồ, Long Biên, Cầu Giấy, Đống Đa, Hai Bà Trưng, Hoàng Mai, Thanh Xuân. */
const INNER_DISTRICTS = new Set(['001', '002', '003', '004', '005', '006', '007', '008', '009']);

type Areal = Feature<Polygon | MultiPolygon>;

/** The real inputs: 2019 wards with census population, the city, zones as 500 m circles, major roads. */
function createInput(): SampleInput {
  return loadSampleInput(DATA_DIR, 500);
}

// Generating is the slow part; outputs are only read, so one per option set is shared by the tests.
const samples = new Map<string, SampleOutput>();
function createSample(options: Partial<SampleOptions> = {}): SampleOutput {
  const key = JSON.stringify(options);
  let out = samples.get(key);
  if (!out) {
    out = generateSample(createInput(), options);
    samples.set(key, out);
  }
  return out;
}

function createCity(): Areal {
  const fc = JSON.parse(
    readFileSync(path.join(DATA_DIR, 'admin/province-2025-osm.geojson'), 'utf8'),
  ) as FeatureCollection;
  return fc.features[0] as Areal;
}

/** The 30 districts of 2019 with their bbox and area, km². */
function createDistricts(): Array<{ code: string; feature: Areal; bbox: number[]; areaKm2: number }> {
  const fc = JSON.parse(readFileSync(path.join(DATA_DIR, 'admin/districts-2019.geojson'), 'utf8')) as FeatureCollection;
  return (fc.features as Areal[]).map((f) => ({
    code: String(f.properties?.['district_code']),
    feature: f,
    bbox: turfBbox(f),
    areaKm2: polygonAreaM2(f.geometry) / 1e6,
  }));
}

function districtOf(districts: ReturnType<typeof createDistricts>, lng: number, lat: number): string | null {
  for (const d of districts) {
    const [x0, y0, x1, y1] = d.bbox as [number, number, number, number];
    if (lng >= x0 && lng <= x1 && lat >= y0 && lat <= y1 && booleanPointInPolygon([lng, lat], d.feature)) return d.code;
  }
  return null;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('generateSample: determinism and size', () => {
  it('gives identical output for the same seed', () => {
    const a = generateSample(createInput(), { seed: 7, sites: 2000 });
    const b = generateSample(createInput(), { seed: 7, sites: 2000 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives different output for a different seed', () => {
    const a = createSample({ sites: 2000 });
    const b = createSample({ sites: 2000, seed: 2 });
    expect(JSON.stringify(b.sites)).not.toBe(JSON.stringify(a.sites));
    expect(JSON.stringify(b.cables)).not.toBe(JSON.stringify(a.cables));
    expect(JSON.stringify(b.speedTests)).not.toBe(JSON.stringify(a.speedTests));
  });

  it.each([2000, 20000])('makes exactly %i sites', (n) => {
    expect(createSample({ sites: n }).sites).toHaveLength(n);
  });

  it('rejects an invalid option with a message naming it', () => {
    expect(() => generateSample(createInput(), { sites: -1, asOf: '2026-13-01' })).toThrow(
      'Invalid sample options: sites -1: must be a whole number ≥ 0; asOf: Invalid date "2026-13-01": expected an ISO calendar date YYYY-MM-DD',
    );
  });
});

describe('generateSample: every record is sample data inside Hà Nội', () => {
  it('puts every site and speed test inside the city polygon', () => {
    const city = createCity();
    const out = createSample({ sites: 2000 });
    const outside = [
      ...out.sites.filter((s) => !booleanPointInPolygon([s.lng, s.lat], city)).map((s) => s.id),
      ...out.speedTests.filter((t) => !booleanPointInPolygon(t.geometry.coordinates, city)).map((t) => t.properties.id),
    ];
    expect(outside).toEqual([]);
  });

  it('draws cables inside the city bbox, nearly all vertices inside the polygon', () => {
    const city = createCity();
    const [x0, y0, x1, y1] = HANOI_BBOX;
    const vertices = createSample({ sites: 2000 }).cables.flatMap((c) => c.geometry.coordinates);
    expect(vertices.filter(([x, y]) => !(x! >= x0 && x! <= x1 && y! >= y0 && y! <= y1))).toEqual([]);
    const inside = vertices.filter((p) => booleanPointInPolygon(p, city)).length;
    expect(inside / vertices.length).toBeGreaterThan(0.98);
  });

  it('flags every record sample: true and numbers the ids', () => {
    const out = createSample({ sites: 2000 });
    expect(out.sites.every((s) => s.sample && /^S-(VT|VN|MF|VM)-\d{6}$/.test(s.id) && s.rangeM === null)).toBe(true);
    expect(out.cables.every((c) => c.properties.sample && /^C-\d{6}$/.test(c.properties.id))).toBe(true);
    expect(out.speedTests.every((t) => t.properties.sample && /^T-\d{6}$/.test(t.properties.id))).toBe(true);
    expect(new Set(out.sites.map((s) => s.id)).size).toBe(out.sites.length);
  });
});

describe('generateSample: base stations follow the calibration', () => {
  it('splits sites by operator within 2 points of the calibrated shares', () => {
    const { sites } = createSample();
    const total = OPERATORS.reduce((s, op) => s + SAMPLE_DEFAULTS.operatorShares[op], 0);
    for (const op of OPERATORS) {
      const share = sites.filter((s) => s.operator === op).length / sites.length;
      expect(Math.abs(share - SAMPLE_DEFAULTS.operatorShares[op] / total), op).toBeLessThan(0.02);
    }
  });

  it('gives 5G to about 24 % of sites, over 75 % of them Viettel, none to Vietnamobile', () => {
    const { sites } = createSample();
    const fiveG = sites.filter((s) => s.technologies.includes('5G'));
    expect(fiveG.length / sites.length).toBeCloseTo(SAMPLE_DEFAULTS.share5g, 2);
    expect(fiveG.filter((s) => s.operator === 'viettel').length / fiveG.length).toBeGreaterThan(0.75);
    expect(fiveG.filter((s) => s.operator === 'vietnamobile')).toEqual([]);
    expect(
      sites.every((s) => s.technologies.includes('4G') && (s.onAir5g !== null) === s.technologies.includes('5G')),
    ).toBe(true);
  });

  it('co-locates about the 2015 share of sites with another operator', () => {
    const { sites } = createSample();
    const ops = new Map<string, Set<string>>();
    for (const s of sites) ops.set(`${s.lng},${s.lat}`, (ops.get(`${s.lng},${s.lat}`) ?? new Set()).add(s.operator));
    const shared = sites.filter((s) => ops.get(`${s.lng},${s.lat}`)!.size > 1).length / sites.length;
    expect(shared).toBeGreaterThan(0.15);
    expect(shared).toBeLessThan(0.23);
  });

  it('is far denser per km² in the inner districts, with a higher 5G share there', () => {
    const districts = createDistricts();
    const { sites } = createSample();
    const count = { inner: 0, outer: 0, inner5g: 0, outer5g: 0 };
    for (const s of sites) {
      const inner = INNER_DISTRICTS.has(districtOf(districts, s.lng, s.lat) ?? '');
      count[inner ? 'inner' : 'outer'] += 1;
      if (s.onAir5g) count[inner ? 'inner5g' : 'outer5g'] += 1;
    }
    const innerKm2 = districts.filter((d) => INNER_DISTRICTS.has(d.code)).reduce((s, d) => s + d.areaKm2, 0);
    const outerKm2 = districts.reduce((s, d) => s + d.areaKm2, 0) - innerKm2;
    expect(count.inner / innerKm2).toBeGreaterThan(4 * (count.outer / outerKm2));
    expect(count.inner5g / count.inner).toBeGreaterThan(2 * (count.outer5g / count.outer));
  });

  it.each(['2026-10-01', '2025-01-01'])('puts nothing on air after asOf %s', (asOf) => {
    const out = createSample({ sites: 2000, asOf });
    expect(out.sites.filter((s) => s.onAir === null || s.onAir > asOf || (s.onAir5g ?? '') > asOf)).toEqual([]);
    expect(out.sites.filter((s) => s.onAir5g !== null && s.onAir5g < s.onAir!)).toEqual([]);
    expect(out.cables.filter((c) => (c.properties.doneDate ?? '') > asOf)).toEqual([]);
    expect(out.speedTests.filter((t) => t.properties.date > asOf)).toEqual([]);
  });
});

describe('generateSample: cables and speed tests', () => {
  it('finishes cables near the centre first, with a date on done ones only', () => {
    const { cables } = createSample({ sites: 2000 });
    const dist = (status: string) =>
      median(
        cables
          .filter((c) => c.properties.status === status)
          .map((c) => localDistanceM(c.geometry.coordinates[0]![0]!, c.geometry.coordinates[0]![1]!, ...HANOI_CENTER)),
      );
    expect(dist('done')).toBeLessThan(dist('planned-2026-2030') / 2);
    expect(cables.every((c) => (c.properties.status === 'done') === (c.properties.doneDate !== null))).toBe(true);
  });

  it('tests every ward on 4G and averages 5G per operator to the VNNIC figures', () => {
    const input = createInput();
    const tests = createSample().speedTests.map((t) => t.properties);
    const wards4g = new Set(tests.filter((t) => t.tech === '4G').map((t) => t.wardCode));
    expect(wards4g.size).toBe(input.wards.length);
    for (const [op, figure] of Object.entries(FIVE_G_DOWNLOAD_MBPS_2025_04)) {
      const own = tests.filter((t) => t.tech === '5G' && t.operator === op).map((t) => t.downMbps);
      expect(Math.abs(mean(own) - figure), op).toBeLessThan(1);
    }
  });

  it('has some, but a minority of, wards below the plan targets', () => {
    const tests = createSample().speedTests.map((t) => t.properties);
    for (const tech of ['4G', '5G'] as const) {
      const byWard = new Map<string, number[]>();
      for (const t of tests.filter((x) => x.tech === tech))
        byWard.set(t.wardCode, [...(byWard.get(t.wardCode) ?? []), t.downMbps]);
      const failing = [...byWard.values()].filter((xs) => mean(xs) < PLAN_TARGET_MBPS[tech]).length;
      expect(failing, tech).toBeGreaterThan(0);
      expect(failing / byWard.size, tech).toBeLessThan(0.3);
    }
  });

  it('dates every test within the 12 months up to asOf', () => {
    const tests = createSample().speedTests.map((t) => t.properties);
    expect(tests.filter((t) => t.date < '2025-10-02' || t.date > SAMPLE_DEFAULTS.asOf)).toEqual([]);
  });
});
