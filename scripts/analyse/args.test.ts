import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLineFileKind, lineKindChoiceOf, parseAnalyseArgs } from './args.js';

const CWD = '/home/planner/work';
const DATA = '/repo/public/data';
const parse = (...argv: string[]) => parseAnalyseArgs(argv, CWD, DATA);

describe('the analyse command line', () => {
  it('has the app defaults: detected coordinates, the model footprint, joining the sample, all dates', () => {
    expect(parse()).toEqual({
      files: [],
      coordinates: 'auto',
      footprint: 'model',
      ocidBandsFile: null,
      paramsFile: null,
      mode: 'join',
      asOf: null,
      outDir: path.join(CWD, 'analysis'),
      dataDir: DATA,
      repairMojibake: false,
      lang: 'en',
      help: false,
    });
  });

  it('maps --crs, --footprint, --ocid-bands, --replace, --as-of, --out, --data, --lang and --repair-mojibake, in both spellings', () => {
    const o = parse(
      'cells.csv',
      '--crs',
      'vn2000',
      '--footprint=range',
      '--ocid-bands',
      'bands.json',
      '--replace',
      '--as-of',
      '2025-12-31',
      '--out',
      'out',
      '--data=/d',
      '--lang',
      'vi',
      '--repair-mojibake',
    );
    expect(o).toMatchObject({
      coordinates: 'vn2000',
      footprint: 'range',
      ocidBandsFile: path.join(CWD, 'bands.json'),
      mode: 'replace',
      asOf: '2025-12-31',
      outDir: path.join(CWD, 'out'),
      dataDir: '/d',
      lang: 'vi',
      repairMojibake: true,
    });
    expect(o.files).toEqual([{ path: path.join(CWD, 'cells.csv'), kind: 'auto' }]);
    expect(parse('--crs', 'wgs84').coordinates).toBe('wgs84');
  });

  it('applies a single --kind to every file, wherever it stands', () => {
    expect(parse('a.csv', '--kind', 'indicators', 'b.csv').files.map((f) => f.kind)).toEqual([
      'indicators',
      'indicators',
    ]);
  });

  it('applies each of several --kind to the files after it', () => {
    const o = parse('x.csv', '--kind', 'auto', 'a.csv', 'b.geojson', '--kind', 'indicators', 'c.csv');
    expect(o.files.map((f) => [path.basename(f.path), f.kind])).toEqual([
      ['x.csv', 'auto'],
      ['a.csv', 'auto'],
      ['b.geojson', 'auto'],
      ['c.csv', 'indicators'],
    ]);
  });

  it('takes line files as the app’s line import does: lines (kinds by tags), road, railway or metro', () => {
    const o = parse(
      'a.csv',
      '--kind',
      'lines',
      'osm.geojson',
      '--kind=railway',
      'rail.geojson',
      '--kind',
      'metro',
      'm.fgb',
    );
    expect(o.files.map((f) => [path.basename(f.path), f.kind])).toEqual([
      ['a.csv', 'auto'],
      ['osm.geojson', 'lines'],
      ['rail.geojson', 'railway'],
      ['m.fgb', 'metro'],
    ]);
    expect(parse('--kind', 'road', 'a.geojson', 'b.geojson').files.map((f) => f.kind)).toEqual(['road', 'road']);
  });

  it('maps each line kind to the app’s choice, lines to its auto, and no other kind', () => {
    const kinds = ['lines', 'road', 'railway', 'metro'] as const;
    expect(kinds.map((k) => lineKindChoiceOf(k))).toEqual(['auto', 'road', 'railway', 'metro']);
    expect(kinds.every(isLineFileKind)).toBe(true);
    expect((['auto', 'sites', 'coverage', 'cables', 'speeds', 'indicators'] as const).some(isLineFileKind)).toBe(false);
  });

  it('reads everything after -- as files', () => {
    expect(parse('--', '--odd-name.csv').files).toEqual([{ path: path.join(CWD, '--odd-name.csv'), kind: 'auto' }]);
  });

  it('names the option, the value and what it accepts when one is wrong', () => {
    expect(() => parse('--crs', 'utm')).toThrow('--crs "utm": must be one of wgs84, vn2000');
    expect(() => parse('--kind', 'towers')).toThrow(
      '--kind "towers": must be one of auto, sites, coverage, cables, speeds, indicators, lines, road, railway, metro',
    );
    expect(() => parse('--footprint', 'circle')).toThrow('--footprint "circle": must be one of model, range');
    expect(() => parse('--as-of', '2025-02-30')).toThrow(
      '--as-of "2025-02-30": must be a date YYYY-MM-DD, e.g. 2025-12-31',
    );
    expect(() => parse('--as-of', '31/12/2025')).toThrow(
      '--as-of "31/12/2025": must be a date YYYY-MM-DD, e.g. 2025-12-31',
    );
    expect(() => parse('--join', '--replace')).toThrow('--join and --replace: give one of them');
    expect(() => parse('--out')).toThrow('--out: a value is missing');
    expect(() => parse('--replace=yes')).toThrow('--replace takes no value (got "yes")');
    expect(() => parse('--verbose')).toThrow('--verbose: unknown option (see --help)');
  });
});
