import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { Site } from '../domain/telecom.js';
import { HANOI_LAEA } from './projection.js';
import { CoverageService, type ServiceInput } from './coverage-service.js';
import { buildReport, reportToCsv } from './report.js';

const C: [number, number] = [105.85, 21.03];
const at = (dx: number, dy: number): [number, number] => {
  const [x, y] = HANOI_LAEA.forward(C);
  return HANOI_LAEA.inverse([x + dx, y + dy]) as [number, number];
};
const square = (dx: number, dy: number, side: number): Polygon => {
  const h = side / 2;
  const ring: Position[] = [at(dx - h, dy - h), at(dx + h, dy - h), at(dx + h, dy + h), at(dx - h, dy + h)];
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
};
const fc = (features: Feature<Polygon>[]): FeatureCollection<Polygon> => ({ type: 'FeatureCollection', features });
const area = (props: Record<string, unknown>, g: Polygon): Feature<Polygon> => ({
  type: 'Feature',
  geometry: g,
  properties: props,
});

function createInput(): ServiceInput {
  const [zl, zt] = at(1200, 0);
  return {
    units: fc([area({ code: 'W' }, square(-1000, 0, 2000)), area({ code: 'E' }, square(1000, 0, 2000))]),
    districts: fc([area({ code: 'D' }, square(0, 0, 4000))]),
    wards: fc([area({ code: 'w', population: 10_000 }, square(0, 0, 4000))]),
    zones: fc([
      area(
        { id: 'z1', name: 'Khu công nghệ cao', category: 'hi_tech_park', confidence: 'high', lng: zl, lat: zt },
        square(1200, 0, 400),
      ),
    ]),
    siteRows: [
      {
        id: 's1',
        operator: 'viettel',
        lng: at(-1000, 0)[0],
        lat: at(-1000, 0)[1],
        technologies: '4G 5G',
        bands: 'B3 n78',
        rangeM: 600,
      },
    ],
    speedTests: { type: 'FeatureCollection', features: [] },
    cables: { type: 'FeatureCollection', features: [] },
    siteSource: 'test.csv',
  };
}

const candidate = (id: string, dx: number, dy: number, over: Partial<Site> = {}): Site => {
  const [lng, lat] = at(dx, dy);
  return {
    id,
    operator: 'viettel',
    lng,
    lat,
    technologies: ['4G', '5G'],
    bands: ['B3', 'n78'],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: 500,
    sample: false,
    ...over,
  };
};

describe('CoverageService plan edits', () => {
  it('a candidate site in a failing zone raises the zone to 100 % and reports the areas it changed', () => {
    const svc = new CoverageService();
    const before = svc.init(createInput());
    expect(before.zones[0]!.pass).toBe(false);
    const up = svc.applyPlan([candidate('plan-1', 1200, 0)], []);
    expect(up.zones[0]).toMatchObject({ id: 'z1', pass: true });
    expect(up.zones[0]!.percent5g.viettel).toBeCloseTo(100, 6);
    // Every area with pieces in the tiles the site reaches is reported (here all of them share tiles).
    expect(Object.keys(up.areas)).toEqual(expect.arrayContaining(['district2019|D', 'unit2025|E', 'zone|z1']));
    expect(up.areas['unit2025|E']!.coverage['5G'].viettel.percent).toBeGreaterThan(
      before.areas['unit2025|E']!.coverage['5G'].viettel.percent,
    );
    expect(up.footprints['plan-1']!.map((f) => f.tech).sort()).toEqual(['4G', '5G']);
    expect(up.footprints['plan-1']![0]!.geometry.type).toBe('MultiPolygon');
  });

  it('moving then removing the candidate gives exactly the results of a fresh analysis', () => {
    const svc = new CoverageService();
    const before = svc.init(createInput());
    svc.applyPlan([candidate('plan-1', 1200, 0)], []);
    const moved = svc.applyPlan([candidate('plan-1', -500, 300)], []);
    const fresh = new CoverageService();
    fresh.init(createInput());
    fresh.applyPlan([candidate('plan-1', -500, 300)], []);
    const whole = fresh.setBaseSites(fresh.sites);
    for (const [key, r] of Object.entries(moved.areas)) expect(r).toEqual(whole.areas[key]);
    expect(moved.city).toEqual(whole.city);
    const removed = svc.applyPlan([], ['plan-1']);
    expect(removed.city).toEqual(before.city);
    expect(removed.areas['unit2025|W']).toEqual(before.areas['unit2025|W']);
  });

  it('replacing the base sites keeps the plan on top, and refuses ids that clash', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    svc.applyPlan([candidate('plan-1', 1200, 0)], []);
    const r = svc.setBaseSites([]);
    expect(r.zones[0]!.pass).toBe(true);
    expect(r.city.sites['5G'].any).toBe(1);
    expect(() => svc.setBaseSites([candidate('plan-1', 0, 0)])).toThrow(/taken by a site of the plan/);
    expect(() => svc.applyPlan([candidate('s1', 0, 0)], [])).not.toThrow();
    svc.setBaseSites([candidate('base-9', 0, 0)]);
    expect(() => svc.applyPlan([candidate('base-9', 10, 0)], [])).toThrow(/taken by a base site/);
  });
});

describe('the annual report', () => {
  it('gives each target for the city and each area, with pass or fail and the change since the year before', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    const before = svc.setBaseSites([]);
    const now = svc.setBaseSites([candidate('s9', 1200, 0, { sample: true })]);
    const report = buildReport(
      now,
      before,
      [
        { level: 'unit2025', id: 'W', name: 'Phường Tây' },
        { level: 'unit2025', id: 'E', name: '=Đông' },
      ],
      { year: 2026, asOf: '2026-11-30', previousAsOf: '2025-11-30', layout: '2025' },
    );
    expect(report.rows).toHaveLength(7 * 3);
    const row = (level: string, id: string, target: string) =>
      report.rows.find((r) => r.level === level && r.id === id && r.target === target)!;
    expect(row('city', 'city', 'zones5g')).toMatchObject({
      value: 100,
      previous: 0,
      change: 100,
      goal: 100,
      pass: true,
    });
    expect(row('city', 'city', 'population5g').value).toBeCloseTo(now.population.value, 9);
    expect(row('city', 'city', 'population5g').change).toBeCloseTo(now.population.value - before.population.value, 9);
    expect(row('unit2025', 'E', 'population5g').value).toBeCloseTo(
      now.areas['unit2025|E']!.coverage['5G'].any.popPercent,
      9,
    );
    expect(row('unit2025', 'W', 'zones5g')).toMatchObject({ value: null, pass: null });
    expect(row('unit2025', 'E', 'speed4g')).toMatchObject({ value: null, pass: null });
    expect(row('city', 'city', 'cables')).toMatchObject({ value: 0, goal: null, pass: null });
    // Without area indicators the fibre and IoT targets are listed with no figure.
    expect(row('city', 'city', 'fibre')).toMatchObject({ value: null, goal: 100, pass: null, derived: false });
    expect(row('unit2025', 'W', 'iot')).toMatchObject({ value: null, goal: 1, pass: null });
    const csv = reportToCsv(report, true);
    expect(
      csv.startsWith(
        '\uFEFFtarget,level,code,name,value,unit,previous,change,goal,goal_year,pass,derived,as_of,previous_as_of,layout,sample\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain("zones5g,unit2025,E,'=Đông,100,%,0,100,100,2025,true,false,2026-11-30,2025-11-30,2025,true");
    expect(csv.trim().split('\r\n')).toHaveLength(22);
  });

  it('adds the fibre and IoT targets from area indicators: 2019 figures carried to the units (derived), the city total kept', () => {
    const svc = new CoverageService();
    const init = svc.init(createInput());
    const residents = (id: string) => init.areas[`unit2025|${id}`]!.population;
    const v = (indicator: string, level: 'ward2019' | 'unit2025', code: string, value: number, date: string) =>
      ({
        indicator,
        level,
        layout: level === 'ward2019' ? '2019' : '2025',
        code,
        value,
        unit: 'hộ',
        date,
        source: 'test',
        derived: false,
      }) as const;
    const values = [
      v('fibre_households', 'ward2019', 'w', 800, '2024-12-31'),
      v('households', 'ward2019', 'w', 1000, '2024-12-31'),
      v('iot_connections', 'unit2025', 'W', 2500, '2026-06-30'),
      v('iot_connections', 'unit2025', 'E', 5000, '2026-06-30'),
    ];
    const table = svc.indicators(values);
    // The units hold half the ward each (the other half lies outside both): each gets half the households.
    expect(table.figures.households!['unit2025|W']).toMatchObject({ value: 500, derived: true, from: 'overlay' });
    expect(table.figures.households!['unit2025|W']!.value + table.figures.households!['unit2025|E']!.value).toBeCloseTo(
      1000,
      9,
    );
    const report = svc.report(2026, '2025', '2026-11-30', values);
    const row = (id: string, target: string) => report.rows.find((r) => r.id === id && r.target === target)!;
    expect(row('W', 'fibre')).toMatchObject({ value: 80, previous: 80, change: 0, pass: false, derived: true });
    expect(row('city', 'fibre').value).toBeCloseTo(80, 9);
    // IoT per person from the connections and the units' residents (the engine's count, 2019 census basis).
    expect(row('E', 'iot')).toMatchObject({ previous: null, derived: true });
    expect(row('E', 'iot').value).toBeCloseTo(5000 / residents('E'), 9);
    expect(row('W', 'iot').value).toBeCloseTo(2500 / residents('W'), 9);
    expect(row('W', 'iot').pass).toBe(2500 / residents('W') >= 1);
    expect(row('city', 'iot').value).toBeCloseTo(7500 / (residents('W') + residents('E')), 9);
  });
});

describe('figures as of a date', () => {
  const dated = (id: string, dx: number, onAir: string, onAir5g: string | null) =>
    candidate(id, dx, 0, { onAir, onAir5g, sample: true });
  const SITES = [
    dated('a', -1000, '2015-01-01', '2024-12-01'),
    dated('b', 1200, '2021-06-01', '2025-06-01'),
    dated('c', 500, '2024-03-01', null),
    dated('d', -300, '2026-02-01', '2026-02-01'),
  ];
  const input = () => ({
    ...createInput(),
    siteRows: SITES.map((s) => ({ ...s, technologies: s.technologies.join(' '), bands: s.bands.join(' ') })),
  });

  it('each step through the time equals a full analysis of the data filtered to that date', () => {
    const svc = new CoverageService();
    svc.init(input());
    for (const date of ['2020-01-01', '2024-06-30', '2025-01-01', '2025-12-31', '2020-01-01', '2026-11-30']) {
      const stepped = svc.setAsOf(date);
      const fresh = new CoverageService();
      const rows = SITES.filter((s) => s.onAir! <= date).map((s) =>
        s.onAir5g !== null && s.onAir5g > date ? { ...s, technologies: ['4G'], bands: ['B3'], onAir5g: null } : s,
      );
      const full = fresh.init({
        ...input(),
        siteRows: rows.map((s) => ({ ...s, technologies: s.technologies.join(' '), bands: s.bands.join(' ') })),
      });
      expect(stepped.areas).toEqual(full.areas);
      expect(stepped.city).toEqual(full.city);
      expect(stepped.zones).toEqual(full.zones);
    }
    const back = svc.setAsOf(null);
    expect(back.city.sites['4G'].any).toBe(4);
  });

  it('preparing other dates leaves the figures exactly as they were, and a prepared date is not visited twice', () => {
    const svc = new CoverageService();
    svc.init(input());
    const before = svc.setAsOf('2025-01-01');
    const visited = [...svc.warmDates(['2020-01-01', '2025-01-01', '2026-11-30', '2020-01-01'])];
    expect(visited).toEqual(['2020-01-01', '2026-11-30']);
    const again = svc.setAsOf('2025-01-01');
    expect(again.areas).toEqual(before.areas);
    expect(again.city).toEqual(before.city);
    expect(again.zones).toEqual(before.zones);
    expect(svc.setAsOf('2026-11-30').areas).toEqual(
      new CoverageService().init({ ...input(), siteRows: input().siteRows }).areas,
    );
  });
});

describe('comparing two data sources', () => {
  const sample = candidate('s-1', -1000, 0, { sample: true, onAir: '2015-01-01' });
  const imported = [
    candidate('i-1', 1200, 0, { onAir: '2024-06-01' }),
    candidate('i-2', 500, 0, { onAir: '2026-03-01' }),
  ];
  const rowsOf = (sites: Site[]) =>
    sites.map((s) => ({ ...s, technologies: s.technologies.join(' '), bands: s.bands.join(' ') }));

  it('the results with the sample alone equal an analysis of the sample alone, as of the date in use, and the sites in use come back', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    const joined = svc.setBaseSites([sample, ...imported]);
    const alone = svc.resultsWithSites([sample]);
    const fresh = new CoverageService().init({ ...createInput(), siteRows: rowsOf([sample]) });
    expect(alone.areas).toEqual(fresh.areas);
    expect(alone.zones).toEqual(fresh.zones);
    expect(svc.setAsOf(null).areas).toEqual(joined.areas);
    // On a date, the imported sites alone are those on air by then.
    svc.setAsOf('2025-01-01');
    const importedThen = svc.resultsWithSites(svc.allSites.filter((s) => !s.sample));
    const freshThen = new CoverageService().init({ ...createInput(), siteRows: rowsOf([imported[0]!]) });
    expect(importedThen.areas).toEqual(freshThen.areas);
    expect(svc.sites.map((s) => s.id).sort()).toEqual(['i-1', 's-1']);
  });

  it('new base sites on a date are filtered to that date', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    svc.setAsOf('2025-01-01');
    const r = svc.setBaseSites([sample, ...imported]);
    expect(svc.sites.map((s) => s.id).sort()).toEqual(['i-1', 's-1']);
    expect(r.city.sites['4G'].any).toBe(2);
    expect(svc.setAsOf(null).city.sites['4G'].any).toBe(3);
  });
});

describe('new base sites while the map stands on a date', () => {
  it('keep every speed test and cable of the data: back to "now", the figures are those of all the data', () => {
    const test = (id: string, date: string, downMbps: number) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: at(-1000, 0) },
      properties: {
        id,
        tech: '4G' as const,
        operator: 'viettel' as const,
        downMbps,
        upMbps: null,
        latencyMs: null,
        date,
        tests: 1,
        kind: 'test' as const,
        sample: true,
      },
    });
    const withTests = (): ServiceInput => ({
      ...createInput(),
      speedTests: { type: 'FeatureCollection', features: [test('t1', '2024-06-01', 30), test('t2', '2026-06-01', 50)] },
    });
    const svc = new CoverageService();
    const fresh = svc.init(withTests());
    svc.setAsOf('2025-01-01');
    svc.setBaseSites(svc.allSites);
    const now = svc.setAsOf(null);
    expect(now.speeds).toEqual(fresh.speeds);
    expect(now.speeds['unit2025|W']!['4G'].count).toBe(2);
  });
});
