import { describe, expect, it } from 'vitest';
import { CoverageEngine } from '../analysis/engine/engine.js';
import { destination } from '../analysis/geodesy.js';
import type { DataSource } from '../data/load-layers.js';
import type { LngLat } from '../domain/geo.js';
import type { NamedLine } from '../domain/named-line.js';
import type { Site } from '../domain/telecom.js';
import { createSite, createSquare } from '../../test/fixtures/analysis.js';
import { namedLinesHandlers, type LineService } from './named-lines-handler.js';

const C: LngLat = [105.85, 21.0];

/** A 2 km line due east of C, as the built-in file holds it. */
function createLine(name: string): NamedLine {
  return {
    name,
    kind: 'road',
    classes: ['primary'],
    segments: 1,
    lengthM: 2000,
    geometry: { type: 'MultiLineString', coordinates: [[C, destination(C, 90, 2000)]] },
  };
}

/** A data folder holding `named-lines.json` with `lines` (none: no such file). */
function createSource(lines: NamedLine[] | null): DataSource {
  const file = { source: 'OSM 2017', licence: 'ODbL 1.0', vintage: '2017', lines };
  return {
    getBytes: async (path) => {
      if (path !== 'named-lines.json' || lines === null) throw new Error(`${path}: HTTP 404`);
      return new TextEncoder().encode(JSON.stringify(file));
    },
  };
}

/** A service over an engine of one 10 km square unit with `sites` placed, and the handlers over it. */
function createHandlers(sites: Site[], lines: NamedLine[] | null = [createLine('Phố Huế')]) {
  const engine = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 10_000) }], []);
  engine.setSites(sites);
  const service: LineService = { sites, requireEngine: () => engine };
  return { engine, handlers: namedLinesHandlers(service, async () => ({ source: createSource(lines) })) };
}

/** A GeoJSON line file of the named ways given, each 1 km due north of C. */
function createFile(...names: string[]): Blob {
  const features = names.map((name) => ({
    type: 'Feature',
    properties: { name, railway: 'rail' },
    geometry: { type: 'LineString', coordinates: [C, destination(C, 0, 1000)] },
  }));
  return new Blob([JSON.stringify({ type: 'FeatureCollection', features })]);
}

const site = () => createSite('s', C, 1000, { technologies: ['4G'], bands: ['B3'] });

describe('namedLinesHandlers', () => {
  it('measures a built-in 2 km line half inside a 1 km footprint, per operator and per area', async () => {
    const { handlers } = createHandlers([site()]);
    const [entry] = await handlers.lineNames(null as never);
    expect(entry).toMatchObject({ id: 'built-in/0', name: 'Phố Huế', km: 2, set: 'built-in', source: 'OSM 2017' });
    const r = await handlers.lineFigures(null as never, entry!.id, 'outdoor', true);
    expect(r.km).toBeCloseTo(2, 6);
    // The engine's footprint is a polygon of the 1 km circle: its edge lies within a few metres of it.
    expect(Math.abs(r.covered['4G'].viettel.km - 1) * 1000).toBeLessThan(5);
    expect(r.covered['4G'].any.km).toBe(r.covered['4G'].viettel.km);
    expect(r.covered['4G'].vnpt.km).toBe(0);
    expect(r.covered['5G'].any.km).toBe(0);
    expect(r.areas!.map((a) => [a.level, a.id, Math.round(a.km * 1000)])).toEqual([['unit2025', 'U', 2000]]);
    expect(r.cityKm).toBeCloseTo(2, 3);
    expect(r.sample).toBe(true);
  });

  it('measures again when the coverage changes', async () => {
    const { engine, handlers } = createHandlers([site()]);
    const before = await handlers.lineFigures(null as never, 'built-in/0', 'outdoor', false);
    engine.setSites([]);
    const after = await handlers.lineFigures(null as never, 'built-in/0', 'outdoor', false);
    expect(before.covered['4G'].any.km).toBeGreaterThan(0.9);
    expect(after.covered['4G'].any.km).toBe(0);
    expect(after.areas).toBeNull();
  });

  it('keeps an imported file as a set after the built-in one, and replaces it when imported again', async () => {
    const { handlers } = createHandlers([site()]);
    const first = await handlers.importLines(null as never, createFile('Đường sắt', 'Đường sắt'), 'r.geojson', 'auto');
    expect(first.lines.map((l) => [l.id, l.name, l.kind, l.segments])).toEqual([
      ['import-1/0', 'Đường sắt', 'railway', 2],
    ]);
    const again = await handlers.importLines(null as never, createFile('Tuyến 3'), 'r.geojson', 'metro');
    const names = await handlers.lineNames(null as never);
    expect(names.map((l) => [l.id, l.name, l.kind])).toEqual([
      ['built-in/0', 'Phố Huế', 'road'],
      ['import-2/0', 'Tuyến 3', 'metro'],
    ]);
    const left = await handlers.removeLines(null as never, again.setId!);
    expect(left.map((l) => l.id)).toEqual(['built-in/0']);
  });

  it('answers the messages of a file that gives no line, and keeps no set', async () => {
    const { handlers } = createHandlers([], null);
    const r = await handlers.importLines(null as never, new Blob(['a,b\n']), 'x.csv', 'auto');
    expect([r.setId, r.lines, r.issues.map((i) => i.rule)]).toEqual([null, [], ['line-file-format']]);
    expect(await handlers.lineNames(null as never)).toEqual([]);
  });

  it('rejects an unknown line id in both languages', async () => {
    const { handlers } = createHandlers([]);
    const ask = () => handlers.lineFigures(null as never, 'import-9/0', 'outdoor', false);
    await expect(ask()).rejects.toThrow(
      'no named line has the id "import-9/0" — its file may have been removed or imported again',
    );
    await expect(ask()).rejects.toMatchObject({
      vi: 'không có tuyến nào mang mã "import-9/0" — tệp của tuyến có thể đã bị gỡ hoặc được nhập lại',
    });
  });
});
