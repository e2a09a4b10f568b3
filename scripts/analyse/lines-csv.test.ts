import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { OP_SETS } from '../../src/analysis/engine/types.js';
import { destination } from '../../src/analysis/geodesy.js';
import type { DataSource } from '../../src/data/load-layers.js';
import { COVERAGE_LEVELS } from '../../src/domain/coverage-level.js';
import type { LngLat } from '../../src/domain/geo.js';
import type { NamedLine } from '../../src/domain/named-line.js';
import { TECHNOLOGIES } from '../../src/domain/telecom.js';
import { namedLinesHandlers, type LineEngine } from '../../src/worker/named-lines-handler.js';
import {
  LINES_COLUMNS,
  lineRows,
  linesCsv,
  measureNamedLines,
  SHIPPED_LINES_SOURCE,
  type CoveredTiles,
  type LineSet,
} from './lines-csv.js';

const C: LngLat = [105.85, 21.0];
/** 1 km due east of C: the middle of the 2 km line. */
const M = destination(C, 90, 1000);

/** A named road of one 2 km geodesic due east of C (or the `coordinates` given), as named-lines.json holds it. */
function createLine(name: string, coordinates: LngLat[][] = [[C, destination(C, 90, 2000)]]): NamedLine {
  return {
    name,
    kind: 'road',
    classes: ['primary', 'secondary'],
    segments: coordinates.length,
    lengthM: 2000,
    geometry: { type: 'MultiLineString', coordinates },
  };
}

/** The lines as the data folder's named-lines.json gives them. */
const shipped = (...lines: NamedLine[]): LineSet => ({ source: SHIPPED_LINES_SOURCE, lines });

/** A lng/lat box as one tile's MultiPolygon. */
function createTile(west: number, south: number, east: number, north: number): MultiPolygon {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'MultiPolygon', coordinates: [[ring]] };
}

/**
 * Outdoors, 4G Viettel (and so 4G any) covers everything west of M's meridian: the line's western half. Nothing
 * else is covered, indoors nothing.
 */
const halfCovered: CoveredTiles = (tech, op, level) =>
  level === 'outdoor' && tech === '4G' && (op === 'viettel' || op === 'any')
    ? [createTile(C[0] - 0.01, C[1] - 0.01, M[0], C[1] + 0.01)]
    : [];

describe('measureNamedLines', () => {
  it('measures a 2 km line half inside the covered tiles: 2 km long, 1 km (50 %) covered', () => {
    const [f] = measureNamedLines([shipped(createLine('Phố Huế'))], halfCovered);
    // The length is the geodesic's, 2,000 m; the covered part ends on M's meridian, 1,000 m from C (the plane's
    // scale error stays below 1 cm per km, line-coverage.ts).
    expect(Math.abs(f!.byLevel.outdoor.km * 1000 - 2000)).toBeLessThan(1e-6);
    expect(Math.abs(f!.byLevel.outdoor.covered['4G'].viettel.km * 1000 - 1000)).toBeLessThan(0.01);
    expect(f!.byLevel.outdoor.covered['4G'].viettel.percent).toBeCloseTo(50, 3);
    expect(f!.byLevel.outdoor.covered['4G'].vnpt.km).toBe(0);
    expect(f!.byLevel.indoor.covered['4G'].viettel.km).toBe(0);
  });

  it('draws no tile when there is no line', () => {
    let asked = 0;
    expect(measureNamedLines([], () => (asked++, []))).toEqual([]);
    expect(asked).toBe(0);
  });

  it('gives the figures the app gives: the worker’s lineFigures on the same covered tiles', async () => {
    // A line of two parts, one of them across the tile's corner, so that clipping and the ratios count.
    const lines = [
      createLine('Phố Huế'),
      createLine('Vành đai 3', [
        [destination(C, 0, 300), destination(destination(C, 0, 300), 120, 1500)],
        [destination(C, 270, 500), destination(C, 180, 800)],
      ]),
    ];
    const engine: LineEngine = {
      coveredByTile: (tech, op, level) => [...halfCovered(tech, op, level)],
      areaIndex: { areas: [] },
      results: () => [CITY],
    };
    const source: DataSource = {
      getBytes: async () =>
        new TextEncoder().encode(JSON.stringify({ source: 'OSM 2017', licence: 'ODbL 1.0', vintage: '2017', lines })),
    };
    const app = namedLinesHandlers({ sites: [], requireEngine: () => engine }, async () => ({ source }));
    const cli = measureNamedLines([shipped(...lines)], halfCovered);
    for (const at of COVERAGE_LEVELS)
      for (const [i, line] of lines.entries()) {
        const answer = await app.lineFigures(null as never, `built-in/${i}`, at, false);
        expect(lineRows(line, cli[i]!.byLevel[at], at)).toEqual(lineRows(line, answer, at));
      }
    expect(cli[1]!.byLevel.outdoor.covered['4G'].any.km).toBeGreaterThan(0);
    expect(cli[1]!.byLevel.outdoor.covered['4G'].any.km).toBeLessThan(cli[1]!.byLevel.outdoor.km);
  });
});

/** The engine's city result: one object while the coverage does not change. */
const CITY = {};

describe('linesCsv', () => {
  const text = linesCsv(
    measureNamedLines([shipped(createLine('Phố Huế'), createLine('=Ngõ 5, Hàng Bạc'))], halfCovered),
  );
  const lines = text.split('\r\n');

  it('starts with a byte-order mark and the header, and ends with a line break', () => {
    expect(lines[0]).toBe(
      '\uFEFFname,kind,source,classes,technology,operator,km,covered_km,covered_pct,coverage_level',
    );
    expect(lines[0]).toBe(`\uFEFF${LINES_COLUMNS.join(',')}`);
    expect(lines.at(-1)).toBe('');
  });

  it('writes km to the metre and the covered share to 2 decimals', () => {
    expect(lines).toContain('Phố Huế,road,shipped,primary;secondary,4G,viettel,2.000,1.000,50.00,outdoor');
    expect(lines).toContain('Phố Huế,road,shipped,primary;secondary,4G,vnpt,2.000,0.000,0.00,outdoor');
    expect(lines).toContain('Phố Huế,road,shipped,primary;secondary,4G,viettel,2.000,0.000,0.00,indoor');
  });

  it('quotes a name holding a comma and defuses one read as a formula', () => {
    expect(lines).toContain(`"'=Ngõ 5, Hàng Bạc",road,shipped,primary;secondary,4G,any,2.000,1.000,50.00,outdoor`);
  });

  it('has a row per line, technology and operator set, outdoor first, in the lines’ order', () => {
    const rows = lines.slice(1, -1).map((r) => r.replace(/^"[^"]*"/, 'x').split(','));
    expect(rows).toHaveLength(COVERAGE_LEVELS.length * 2 * TECHNOLOGIES.length * OP_SETS.length);
    expect(rows.slice(0, 10).map((r) => `${r[4]} ${r[5]}`)).toEqual(
      TECHNOLOGIES.flatMap((t) => OP_SETS.map((op) => `${t} ${op}`)),
    );
    expect(rows.map((r) => r[9])).toEqual([...Array(20).fill('outdoor'), ...Array(20).fill('indoor')]);
    expect(rows.map((r) => r[0]).slice(0, 20)).toEqual([...Array(10).fill('Phố Huế'), ...Array(10).fill('x')]);
  });
});

describe('linesCsv with line files', () => {
  /** A railway as a line file gives it: every feature imported as railway, its class from its tags. */
  const rail: NamedLine = { ...createLine('Đường sắt Bắc Nam'), kind: 'railway', classes: ['rail'] };
  const text = linesCsv(
    measureNamedLines(
      [
        shipped(createLine('Phố Huế')),
        { source: 'duong-sat.geojson', lines: [rail] },
        { source: 'x=1, y.fgb', lines: [] },
      ],
      halfCovered,
    ),
  );
  const rows = text.split('\r\n').slice(1, -1);

  it('names the file a line came from in the source column', () => {
    expect(rows).toContain('Đường sắt Bắc Nam,railway,duong-sat.geojson,rail,4G,viettel,2.000,1.000,50.00,outdoor');
    expect(rows).toContain('Đường sắt Bắc Nam,railway,duong-sat.geojson,rail,5G,any,2.000,0.000,0.00,indoor');
  });

  it('puts the line files’ rows after the shipped ones at each coverage level', () => {
    const order = rows.map((r) => `${r.split(',')[2]} ${r.split(',').at(-1)}`);
    expect(order).toEqual(
      ['outdoor', 'indoor'].flatMap((at) => [
        ...Array(10).fill(`shipped ${at}`),
        ...Array(10).fill(`duong-sat.geojson ${at}`),
      ]),
    );
  });

  it('quotes a file name holding a comma, as any text field', () => {
    expect(
      lineRows(rail, measureNamedLines([shipped(rail)], halfCovered)[0]!.byLevel.indoor, 'indoor', 'x=1, y.fgb')[0],
    ).toBe('Đường sắt Bắc Nam,railway,"x=1, y.fgb",rail,4G,viettel,2.000,0.000,0.00,indoor');
  });
});
