import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { CoverageEngine, resultsFromSums } from './engine.js';
import { ENGINE_DEFAULTS, type EngineArea, type PopulationUnit } from './types.js';
import type { Site } from '../../domain/telecom.js';
import { polygonAreaM2 } from '../geodesy.js';
import { createSite, createSquare, offset } from '../../../test/fixtures/analysis.js';

const C: [number, number] = [105.85, 21.03];
const FINE = { circleVertices: 1440 };
/** Area of a circle of radius r: footprints have their circle's exact area (see `footprintOutline`). */
const disc = (r: number) => Math.PI * r * r;
const unitResult = (e: CoverageEngine, id: string) => e.results('unit2025').find((r) => r.id === id)!;

describe('CoverageEngine golden cases', () => {
  it('a circle wholly inside a square unit covers πr²/A', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 4000) }], [], FINE);
    e.setSites([createSite('s', C, 1000)]);
    const r = unitResult(e, 'U');
    expect(r.areaKm2).toBeCloseTo(16, 4);
    expect(r.coverage['4G'].any.percent).toBeCloseTo((100 * Math.PI * 1000 ** 2) / 16e6, 2);
    expect(r.coverage['4G'].viettel.coveredKm2).toBeCloseTo(disc(1000) / 1e6, 4);
    expect(r.coverage['4G'].vnpt.percent).toBe(0);
    expect(r.sites['5G'].any).toBe(1);
  });

  it('a circle across two units splits by area', () => {
    const west = createSquare(...offset(...C, -1000, 0), 2000);
    const east = createSquare(...offset(...C, 1000, 0), 2000);
    const e = new CoverageEngine(
      [
        { id: 'W', level: 'unit2025', geometry: west },
        { id: 'E', level: 'unit2025', geometry: east },
      ],
      [],
      FINE,
    );
    e.setSites([createSite('s', C, 500)]);
    const half = disc(500) / 2 / 1e6;
    expect(unitResult(e, 'W').coverage['4G'].any.coveredKm2).toBeCloseTo(half, 5);
    expect(unitResult(e, 'E').coverage['4G'].any.coveredKm2).toBeCloseTo(half, 5);
    expect(e.results('city')[0]!.coverage['4G'].any.coveredKm2).toBeCloseTo(2 * half, 5);
  });

  it('a unit with a hole: a circle in the hole covers nothing, a larger one all but the hole', () => {
    const unit = createSquare(...C, 4000, { sideM: 1000 });
    const e = new CoverageEngine([{ id: 'H', level: 'unit2025', geometry: unit }], [], FINE);
    expect(unitResult(e, 'H').areaKm2).toBeCloseTo(15, 4);
    e.setSites([createSite('small', C, 400)]);
    expect(unitResult(e, 'H').coverage['4G'].any.coveredKm2).toBeCloseTo(0, 6);
    e.setSites([createSite('big', C, 1500)]);
    expect(unitResult(e, 'H').coverage['4G'].any.coveredKm2).toBeCloseTo((disc(1500) - 1e6) / 1e6, 4);
  });

  it('a MultiPolygon unit counts both parts', () => {
    const a = createSquare(...offset(...C, -3000, 0), 2000);
    const b = createSquare(...offset(...C, 3000, 0), 2000);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [a.coordinates, b.coordinates] };
    const e = new CoverageEngine([{ id: 'M', level: 'unit2025', geometry: multi }], [], FINE);
    e.setSites([createSite('s', offset(...C, -3000, 0), 500)]);
    const r = unitResult(e, 'M');
    expect(r.areaKm2).toBeCloseTo(8, 4);
    expect(r.coverage['4G'].any.percent).toBeCloseTo((100 * disc(500)) / 8e6, 4);
  });

  it('no sites: nothing covered', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 2000) }], []);
    e.setSites([]);
    const r = unitResult(e, 'U');
    expect(r.coverage['5G'].any).toEqual({ coveredKm2: 0, percent: 0, popCovered: 0, popPercent: 0 });
  });

  it('a site outside the city covers only what its footprint reaches inside', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 2000) }], [], FINE);
    e.setSites([createSite('far', offset(...C, 10_000, 0), 500)]);
    expect(unitResult(e, 'U').coverage['4G'].any.coveredKm2).toBe(0);
    expect(unitResult(e, 'U').sites['4G'].any).toBe(0);
    // Centre 1,500 m east of the unit's centre, radius 1,000 m: it reaches 500 m into the unit.
    e.setSites([createSite('edge', offset(...C, 1500, 0), 1000)]);
    const seg = (r: number, d: number) => r * r * Math.acos(d / r) - d * Math.sqrt(r * r - d * d);
    expect(unitResult(e, 'U').coverage['4G'].any.coveredKm2).toBeCloseTo(seg(1000, 1000 - 500) / 1e6, 3);
  });

  it('two operators overlapping: "any" is the union, each operator its own circle', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 6000) }], [], FINE);
    e.setSites([
      createSite('a', offset(...C, -500, 0), 1000),
      createSite('b', offset(...C, 500, 0), 1000, { operator: 'vnpt' }),
    ]);
    const r = unitResult(e, 'U').coverage['4G'];
    const lens = 2 * 1000 ** 2 * Math.acos(500 / 1000) - 500 * Math.sqrt(4 * 1000 ** 2 - 1000 ** 2);
    expect(r.viettel.coveredKm2).toBeCloseTo((Math.PI * 1e6) / 1e6, 3);
    expect(r.vnpt.coveredKm2).toBeCloseTo(Math.PI, 3);
    expect(r.any.coveredKm2).toBeCloseTo((2 * Math.PI * 1e6 - lens) / 1e6, 2);
  });

  it('population covered assumes uniform density within each census ward', () => {
    const unit = createSquare(...C, 4000);
    const ward: PopulationUnit = { id: 'w', population: 16_000, geometry: unit };
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: unit }], [ward], FINE);
    e.setSites([createSite('s', C, 1000)]);
    const r = unitResult(e, 'U');
    expect(r.population).toBeCloseTo(16_000, 6);
    expect(r.coverage['4G'].any.popCovered).toBeCloseTo((16_000 * disc(1000)) / 16e6, 2);
    expect(r.coverage['4G'].any.popPercent).toBeCloseTo(r.coverage['4G'].any.percent, 6);
  });
});

describe('imported coverage polygons', () => {
  it('replace the modelled footprints of their operator and technology only', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 4000) }], [], FINE);
    e.setSites([createSite('s', C, 1000), createSite('t', C, 500, { operator: 'vnpt' })]);
    e.setImportedCoverage([
      { operator: 'viettel', tech: '4G', geometry: createSquare(...offset(...C, 1500, 0), 2000) },
    ]);
    const r = unitResult(e, 'U').coverage;
    // The imported 2 km square spans 500–2,500 m east of the centre, the unit ends at 2,000 m: 1.5 × 2 km² inside.
    expect(r['4G'].viettel.coveredKm2).toBeCloseTo(3, 4);
    expect(r['5G'].viettel.coveredKm2).toBeCloseTo(disc(1000) / 1e6, 4);
    expect(r['4G'].vnpt.coveredKm2).toBeCloseTo(disc(500) / 1e6, 4);
    e.setImportedCoverage([]);
    expect(unitResult(e, 'U').coverage['4G'].viettel.coveredKm2).toBeCloseTo(disc(1000) / 1e6, 4);
  });
});

describe('CoverageEngine invariants', () => {
  const areas: EngineArea[] = [
    { id: 'A', level: 'unit2025', geometry: createSquare(...offset(...C, -1500, 0), 3000) },
    { id: 'B', level: 'unit2025', geometry: createSquare(...offset(...C, 1500, 0), 3000) },
  ];
  const sites = [
    createSite('1', offset(...C, -800, 300), 700),
    createSite('2', offset(...C, 200, -400), 900, { operator: 'vnpt', azimuthsDeg: [30, 150] }),
    createSite('3', offset(...C, 1700, 900), 600, { operator: 'mobifone', technologies: ['4G'], bands: ['B3'] }),
  ];
  const snapshot = (e: CoverageEngine) =>
    e.results('unit2025').map((r) => [r.id, r.coverage['4G'].any.coveredKm2, r.coverage['5G'].vnpt.coveredKm2]);

  it('does not depend on where a ring starts', () => {
    const rotate = (p: Polygon, k: number): Polygon => {
      const ring = p.coordinates[0]!.slice(0, -1);
      const r = [...ring.slice(k), ...ring.slice(0, k)];
      return { type: 'Polygon', coordinates: [[...r, r[0]!]] };
    };
    const base = new CoverageEngine(areas, []);
    base.setSites(sites);
    for (let k = 1; k < 4; k++) {
      const e = new CoverageEngine(
        areas.map((a) => ({ ...a, geometry: rotate(a.geometry as Polygon, k) })),
        [],
      );
      e.setSites(sites);
      const [x, y] = [snapshot(base), snapshot(e)];
      x.forEach((row, i) => row.slice(1).forEach((v, j) => expect(y[i]![j + 1] as number).toBeCloseTo(v as number, 9)));
    }
  });

  it('does not depend on the order of the sites', () => {
    const a = new CoverageEngine(areas, []);
    a.setSites(sites);
    const b = new CoverageEngine(areas, []);
    b.setSites([...sites].reverse());
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  it('incremental add, move and remove give exactly the numbers of a full recompute', () => {
    const inc = new CoverageEngine(areas, []);
    inc.setSites(sites);
    const moved = { ...sites[0]!, lng: sites[0]!.lng + 0.004 };
    const added = createSite('4', offset(...C, 2500, -500), 800, { operator: 'vnpt' });
    inc.upsertSite(moved);
    inc.upsertSite(added);
    inc.removeSite('3');
    const full = new CoverageEngine(areas, []);
    full.setSites([moved, sites[1]!, added]);
    expect(inc.results('unit2025')).toEqual(full.results('unit2025'));
    expect(inc.results('city')).toEqual(full.results('city'));
  });

  it('batches of the time slider, forward and back, give exactly the numbers of a full recompute of the same list', () => {
    // Sites 0.5–1 km apart on 500 m tiles, each tile reached by several; '2' and '5' gain 5G later.
    const list = [
      createSite('1', offset(...C, -800, 300), 700),
      createSite('2', offset(...C, 200, -400), 900, { operator: 'vnpt', azimuthsDeg: [30, 150] }),
      createSite('3', offset(...C, 1700, 900), 600, { operator: 'mobifone', technologies: ['4G'], bands: ['B3'] }),
      createSite('4', offset(...C, -300, -200), 500),
      createSite('5', offset(...C, 900, 100), 800, { operator: 'vnpt' }),
    ];
    const no5g = (s: Site): Site => ({ ...s, technologies: ['4G'], bands: ['B3'] });
    const states: Site[][] = [
      [list[0]!, no5g(list[1]!), list[2]!, no5g(list[4]!)],
      [list[0]!, list[1]!, list[2]!, list[3]!, list[4]!],
      [list[0]!, no5g(list[1]!), list[2]!, no5g(list[4]!)],
      [list[1]!, list[3]!, list[4]!],
      [list[0]!, list[1]!, list[2]!, list[3]!, list[4]!],
    ];
    for (const unionStates of [0, ENGINE_DEFAULTS.unionStates]) {
      const inc = new CoverageEngine(areas, [], {}, { tileM: 500, unionStates });
      inc.setSites(list);
      let now = new Map(list.map((s) => [s.id, s]));
      for (const want of states) {
        const next = new Map(want.map((s) => [s.id, s]));
        inc.applyBatch(
          want.filter((s) => now.get(s.id) !== s),
          [...now.keys()].filter((id) => !next.has(id)),
        );
        now = next;
        const full = new CoverageEngine(areas, [], {}, { tileM: 500 });
        full.setSites(want);
        expect(inc.results('unit2025')).toEqual(full.results('unit2025'));
        expect(inc.results('city')).toEqual(full.results('city'));
      }
    }
  });

  it('reports the area a new site stands in when its tiles were already covered', () => {
    const e = new CoverageEngine(areas, [], {}, { tileM: 500 });
    e.setSites([createSite('big', offset(...C, -1500, 0), 3000)]);
    // A 100 m footprint inside tiles the big site covers whole: no union changes, the site count does.
    expect(e.upsertSite(createSite('small', offset(...C, -1500, 0), 100))).toContainEqual({
      level: 'unit2025',
      id: 'A',
    });
    expect(e.results('unit2025').find((r) => r.id === 'A')!.sites['4G'].viettel).toBe(2);
  });

  it('gives the same results whatever the tile size', () => {
    const a = new CoverageEngine(areas, [], {}, { tileM: 700 });
    const b = new CoverageEngine(areas, [], {}, { tileM: 5000 });
    a.setSites(sites);
    b.setSites(sites);
    const [x, y] = [snapshot(a), snapshot(b)];
    // Tile cuts round to the centimetre grid: a few m² in km².
    x.forEach((row, i) => row.slice(1).forEach((v, j) => expect(y[i]![j + 1] as number).toBeCloseTo(v as number, 4)));
  });

  it('sharded engines add up to the whole', () => {
    const whole = new CoverageEngine(areas, [], {}, { tileM: 500 });
    whole.setSites(sites);
    const shards = [0, 1].map((index) => {
      const e = new CoverageEngine(areas, [], {}, { tileM: 500, shard: { index, count: 2 } });
      e.setSites(sites);
      return e.sums();
    });
    const added = {
      covered: shards[0]!.covered.map((v, i) => v + shards[1]!.covered[i]!),
      pop: shards[0]!.pop.map((v, i) => v + shards[1]!.pop[i]!),
      sites: shards[0]!.sites.map((v, i) => v + shards[1]!.sites[i]!),
    };
    const got = resultsFromSums(whole.areaMeta(), added, 'unit2025');
    const want = whole.results('unit2025');
    got.forEach((r, i) => {
      expect(r.sites).toEqual(want[i]!.sites);
      expect(r.coverage['4G'].any.coveredKm2).toBeCloseTo(want[i]!.coverage['4G'].any.coveredKm2, 9);
      expect(r.coverage['5G'].vnpt.coveredKm2).toBeCloseTo(want[i]!.coverage['5G'].vnpt.coveredKm2, 9);
    });
  });

  it('reports the uncovered part with its area', () => {
    const e = new CoverageEngine(areas, [], FINE);
    e.setSites(sites);
    const r = e.results('unit2025').find((x) => x.id === 'A')!;
    const gap = e.uncovered('unit2025', 'A', '4G', 'any')!;
    expect(gap.areaKm2).toBeCloseTo(r.areaKm2 - r.coverage['4G'].any.coveredKm2, 4);
    expect(polygonAreaM2(gap.geometry) / 1e6).toBeCloseTo(gap.areaKm2, 3);
  });

  it('draws the uncovered part of the whole city tile by tile, adding up to the city’s uncovered area', () => {
    const e = new CoverageEngine(areas, [], FINE);
    e.setSites(sites);
    const city = e.results('city')[0]!;
    for (const [tech, op] of [
      ['4G', 'any'],
      ['5G', 'viettel'],
      ['5G', 'mobifone'],
    ] as const) {
      const parts = e.uncoveredByTile(tech, op);
      const km2 = parts.reduce((sum, g) => sum + polygonAreaM2(g), 0) / 1e6;
      expect(km2).toBeCloseTo(city.areaKm2 - city.coverage[tech][op].coveredKm2, 3);
    }
  });

  it('draws the covered part of the city tile by tile, adding up to the city’s covered area', () => {
    const e = new CoverageEngine(areas, [], FINE);
    e.setSites(sites);
    const city = e.results('city')[0]!;
    for (const [tech, op] of [
      ['4G', 'any'],
      ['5G', 'viettel'],
    ] as const) {
      const km2 = e.coveredByTile(tech, op).reduce((sum, g) => sum + polygonAreaM2(g), 0) / 1e6;
      expect(km2).toBeCloseTo(city.coverage[tech][op].coveredKm2, 3);
    }
  });
});
