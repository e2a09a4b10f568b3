import { describe, expect, it } from 'vitest';
import { CoverageEngine } from './engine.js';
import { DragPreview } from './drag-preview.js';
import type { Footprint } from './footprints.js';
import { N_COMBOS, combo } from './results.js';
import type { TileState } from './tile-compute.js';
import { unionInTile } from './tile-union.js';
import { cutToBox } from './tile-cuts.js';
import type { EngineArea } from './types.js';
import type { Site } from '../../domain/telecom.js';
import type { PlaneBox } from '../planar.js';
import { circleFootprint } from '../../../test/support/footprints.js';
import { createSite, createSquare, offset } from '../../../test/fixtures/analysis.js';

const C: [number, number] = [105.85, 21.03];
const areas: EngineArea[] = [
  { id: 'A', level: 'unit2025', geometry: createSquare(...offset(...C, -1500, 0), 3000) },
  { id: 'B', level: 'unit2025', geometry: createSquare(...offset(...C, 1500, 0), 3000) },
  { id: 'c1', level: 'ward2019', geometry: createSquare(...offset(...C, 0, 700), 1700) },
];
const others: Site[] = [
  createSite('1', offset(...C, -800, 300), 700),
  createSite('2', offset(...C, 200, -400), 900, { operator: 'vnpt', azimuthsDeg: [30, 150] }),
  createSite('3', offset(...C, 1700, 900), 600, { operator: 'mobifone', technologies: ['4G'], bands: ['B3'] }),
  createSite('4', offset(...C, -300, -200), 500),
];
/** The dragged site: a Viettel sector site, moved 120 m east and 40 m south per step across 500 m tiles. */
const dragged = (step: number) =>
  createSite('d', offset(...C, -1400 + 120 * step, 600 - 40 * step), 800, { azimuthsDeg: [0, 120, 240] });
const engine = () => new CoverageEngine(areas, [], {}, { tileM: 500 });
const results = (e: CoverageEngine) => [e.results('unit2025'), e.results('ward2019'), e.results('city')];

describe('CoverageEngine.dragSite', () => {
  it('after the drag settles, gives exactly the numbers of a full recompute; each step within 1e-6', () => {
    const e = engine();
    e.setSites([...others, dragged(0)]);
    const before = results(e);
    // Opening the drag builds the other sites' unions around it and changes no figure.
    expect(e.prepareDrag('d')).toEqual([]);
    expect(results(e)).toEqual(before);
    for (let step = 1; step <= 20; step++) {
      e.dragSite(dragged(step));
      const full = engine();
      full.setSites([...others, dragged(step)]);
      const [a, b] = [e.results('city')[0]!, full.results('city')[0]!];
      for (const level of ['outdoor', 'indoor'] as const)
        for (const tech of ['4G', '5G'] as const) {
          const [x, y] = [a.byLevel[level][tech].any.coveredKm2, b.byLevel[level][tech].any.coveredKm2];
          // Clipper rounds the points where footprints cross to whole units (1 cm), in another order here.
          expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-6 * y);
        }
    }
    const changed = e.settleDrag();
    const full = engine();
    full.setSites([...others, dragged(20)]);
    expect(results(e)).toEqual(results(full));
    expect(changed.length).toBeGreaterThan(0);
    expect(e.settleDrag()).toEqual([]);
  });

  it('any other change settles the drag first: a move of another site, removing the dragged one, a batch', () => {
    const moved = { ...others[0]!, lng: others[0]!.lng + 0.003 };
    const cases: [string, (e: CoverageEngine) => void, Site[]][] = [
      ['upsert', (e) => e.upsertSite(moved), [moved, ...others.slice(1), dragged(9)]],
      ['remove', (e) => e.removeSite('d'), others],
      ['batch', (e) => e.applyBatch([moved], ['4']), [moved, others[1]!, others[2]!, dragged(9)]],
      ['another drag', (e) => e.dragSite(moved), [moved, ...others.slice(1), dragged(9)]],
    ];
    for (const [name, change, want] of cases) {
      const e = engine();
      e.setSites([...others, dragged(0)]);
      for (let step = 1; step <= 9; step++) e.dragSite(dragged(step));
      change(e);
      e.settleDrag();
      const full = engine();
      full.setSites(want);
      expect(results(e), name).toEqual(results(full));
    }
  });
});

describe('DragPreview', () => {
  const box: PlaneBox = [-100_000, -100_000, 100_000, 100_000];
  const tile = (fps: Footprint[]): TileState => {
    const t: TileState = {
      key: 7,
      pieces: [],
      partial: Array.from({ length: N_COMBOS }, () => new Set<Footprint>()),
      fullCount: new Int32Array(N_COMBOS),
      unions: new Array(N_COMBOS).fill(null),
      covered: new Float64Array(0),
    };
    for (const f of fps) t.partial[combo(f.tech, f.operator, f.level)]!.add(f);
    return t;
  };

  it('builds the other footprints union once, and adds the dragged footprint to it at each step', () => {
    const rest = [circleFootprint(-300, 0, 500), circleFootprint(300, 200, 400), circleFootprint(0, -600, 450)];
    const preview = new DragPreview('me');
    let sorts = 0;
    const io = { box, sorted: (s: Set<Footprint>) => (sorts++, [...s]), cut: cutToBox };
    const c = combo('4G', 'viettel', 'outdoor');
    for (const x of [-200, 0, 250, 700]) {
      const mine = circleFootprint(x, 300, 350, { siteId: 'me' });
      const t = tile([...rest, mine]);
      preview.footprints = [mine];
      const u = preview.union(t, c, io);
      const exact = unionInTile([...rest, mine], box);
      if (u === null || u === 'full' || exact === null || exact === 'full') throw new Error('expected shapes');
      expect(u.areaM2).toBeCloseTo(exact.areaM2, 3);
    }
    expect(sorts).toBe(1);
    expect(preview.dirty.get(7)).toEqual(new Set([c]));
  });

  it('keeps a hole of the others union away from the dragged footprint, and fills one it covers', () => {
    // Eight disks on a ring: their union has a hole at the centre, about 240 m across.
    const ring = Array.from({ length: 8 }, (_, k) =>
      circleFootprint(500 * Math.cos((k * Math.PI) / 4), 500 * Math.sin((k * Math.PI) / 4), 300),
    );
    const c = combo('4G', 'viettel', 'outdoor');
    const io = { box, sorted: (s: Set<Footprint>) => [...s], cut: cutToBox };
    for (const [x, y] of [
      [900, 0],
      [0, 0],
      [80, -60],
    ] as const) {
      const preview = new DragPreview('me');
      const mine = circleFootprint(x, y, 150, { siteId: 'me' });
      preview.footprints = [mine];
      const u = preview.union(tile([...ring, mine]), c, io);
      const exact = unionInTile([...ring, mine], box);
      if (u === null || u === 'full' || exact === null || exact === 'full') throw new Error('expected shapes');
      // Clipper rounds where the footprints cross (1 cm units) in another order than one union of all.
      expect(Math.abs(u.areaM2 - exact.areaM2), `dragged at ${x}, ${y}`).toBeLessThan(1e-6 * exact.areaM2);
      expect(u.paths.length, `dragged at ${x}, ${y}`).toBe(exact.paths.length);
    }
  });

  it('gives the others union unchanged where the dragged site no longer reaches', () => {
    const rest = [circleFootprint(-300, 0, 500)];
    const preview = new DragPreview('me');
    const io = { box, sorted: (s: Set<Footprint>) => [...s], cut: cutToBox };
    const c = combo('4G', 'viettel', 'outdoor');
    const t = tile(rest);
    preview.footprints = [circleFootprint(5000, 5000, 300, { siteId: 'me' })];
    const u = preview.union(t, c, io);
    expect(u).toEqual(unionInTile(rest, box));
  });
});
