/**
 * `npm run analyse` end to end, in-process, on the data folder the real-data project builds once for its suites
 * (test/setup/pipeline.ts: 2,000 sample sites, seed 7; read-only here). Two full analyses share it: the shipped data alone, and imported files replacing the sample. The other
 * runs refuse every file before any analysis; lines.csv's test analyses the shipped data again for the app's worker.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import { sharedPipeline } from '../../test/setup/shared-pipeline.js';
import { COVERAGE_LEVELS } from '../../src/domain/coverage-level.js';
import type { NamedLine } from '../../src/domain/named-line.js';
import { namedLinesHandlers } from '../../src/worker/named-lines-handler.js';
import { baseFromImports } from './base.js';
import { LINES_COLUMNS, lineRows } from './lines-csv.js';
import { csvText, RESULTS_COLUMNS } from './results-csv.js';
import { ROADS_COLUMNS } from './roads-csv.js';
import { SHARING_COLUMNS } from './sharing-csv.js';
import { runAnalyse } from './run.js';
import { runAnalysis } from './run-analysis.js';
import { folderDataSource, loadShippedData } from './shipped-data.js';

const hasData = fs.existsSync(HANOI_DATA_DIR);
const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures');
/** Generous: two full analyses take 20 s on an idle two-core machine, 79 s on a busy one. */
const SETUP_TIMEOUT_MS = 300_000;

type Run = { code: number; lines: string[]; out: string };
type Row = Record<(typeof RESULTS_COLUMNS)[number], string>;

function readRows(out: string): Row[] {
  const [header, ...lines] = fs
    .readFileSync(path.join(out, 'results.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const names = header!.split(',');
  // No field of these fixtures' areas holds a quoted comma except zone names, which the tests do not read; the
  // coverage level is read from the end of the line, where such a name cannot shift it.
  return lines.map(
    (l) =>
      ({
        ...Object.fromEntries(l.split(',').map((v, i) => [names[i], v])),
        coverage_level: l.split(',').at(-1),
      }) as Row,
  );
}

const readReport = (out: string) => JSON.parse(fs.readFileSync(path.join(out, 'import-report.json'), 'utf8'));
const cityRow = (rows: Row[], tech: string, op: string) =>
  rows.find((r) => r.level === 'city' && r.technology === tech && r.operator === op && r.coverage_level === 'outdoor')!;

describe.skipIf(!hasData)('npm run analyse', () => {
  let tmp: string;
  let data: string;
  let sample: Run;
  let imported: Run;
  const run = async (name: string, ...argv: string[]): Promise<Run> => {
    const out = path.join(tmp, name);
    const lines: string[] = [];
    const code = await runAnalyse([...argv, '--out', out, '--data', data], {
      stderr: (l) => lines.push(l),
      cwd: FIXTURES,
    });
    return { code, lines, out };
  };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-analyse-'));
    data = sharedPipeline().dir;
    sample = await run('sample');
    imported = await run(
      'imported',
      '--replace',
      '--kind',
      'auto',
      'import/sites-excel-semicolon.csv',
      'import/opencellid-mixed.csv',
      'import/coverage.geojson',
      'import/missing.csv',
      '--kind',
      'indicators',
      'indicators/hanoi-2025.csv',
    );
  }, SETUP_TIMEOUT_MS);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 with no file and with files of which some were kept', () => {
    expect(sample.code).toBe(0);
    expect(imported.code).toBe(0);
  });

  it('writes results.csv: BOM, the header, every level, 10 rows per area and coverage level', () => {
    const text = fs.readFileSync(path.join(sample.out, 'results.csv'), 'utf8');
    expect(text.startsWith(`\uFEFF${RESULTS_COLUMNS.join(',')}\r\n`)).toBe(true);
    const rows = readRows(sample.out);
    for (const at of ['outdoor', 'indoor']) {
      const perLevel = (level: string) => rows.filter((r) => r.level === level && r.coverage_level === at).length;
      expect([
        perLevel('city'),
        perLevel('unit2025'),
        perLevel('district2019'),
        perLevel('ward2019'),
        perLevel('zone'),
      ]).toEqual([10, 1260, 300, 5840, 1460]);
    }
    expect(rows).toHaveLength(2 * (10 + 1260 + 300 + 5840 + 1460));
  });

  it('writes roads.csv (km along roads per class) and sharing.csv (towers per area), codes as text', () => {
    const roads = fs.readFileSync(path.join(sample.out, 'roads.csv'), 'utf8').split('\r\n');
    expect(roads[0]).toBe(`\uFEFF${ROADS_COLUMNS.join(',')}`);
    const cityPrimary = roads.find((l) => l.startsWith('city,01,primary,4G,any,'))!.split(',');
    expect(Number(cityPrimary[5])).toBeGreaterThan(100);
    expect(Number(cityPrimary[6])).toBeLessThanOrEqual(Number(cityPrimary[5]));
    expect(roads.some((l) => /^unit2025,00\d{3},/.test(l))).toBe(true);
    const sharing = fs.readFileSync(path.join(sample.out, 'sharing.csv'), 'utf8').split('\r\n');
    expect(sharing[0]).toBe(`\uFEFF${SHARING_COLUMNS.join(',')}`);
    const city = sharing[1]!.split(',');
    expect(city.slice(0, 3)).toEqual(['city', '01', '2000']);
    expect(Number(city[3])).toBeLessThanOrEqual(2000);
    expect(Number(city[4])).toBeLessThanOrEqual(Number(city[3]));
  });

  it(
    'writes lines.csv: each named road per technology, operator and level, as the app measures it',
    async () => {
      const text = fs.readFileSync(path.join(sample.out, 'lines.csv'), 'utf8');
      expect(text.startsWith(`\uFEFF${LINES_COLUMNS.join(',')}\r\n`)).toBe(true);
      const named: NamedLine[] = JSON.parse(fs.readFileSync(path.join(data, 'named-lines.json'), 'utf8')).lines;
      const rows = text.split('\r\n').slice(1, -1);
      expect(named.length).toBeGreaterThan(100);
      expect(rows).toHaveLength(named.length * 2 * 2 * 5);
      // km and covered km, read from the end of the row (a quoted name may hold a comma).
      const [km, covered] = [(r: string) => Number(r.split(',').at(-4)), (r: string) => Number(r.split(',').at(-3))];
      for (const r of rows) expect(covered(r)).toBeLessThanOrEqual(km(r));
      // The longest named road, and what the app's worker answers for it on the same sites.
      const i = named.reduce((best, l, k) => (l.lengthM > named[best]!.lengthM ? k : best), 0);
      const line = named[i]!;
      const ofLine = rows.filter((r) => r.startsWith(`${csvText(line.name)},${line.kind},`));
      expect(km(ofLine[0]!)).toBeCloseTo(line.lengthM / 1000, 2);
      expect(covered(ofLine.find((r) => r.includes(',4G,any,'))!)).toBeGreaterThan(0);
      const shipped = await loadShippedData(data);
      const { sites, cables, speedTests, siteIssues } = shipped.sample;
      const base = baseFromImports([], 'join', { sites, cables, speedTests }, new Date().toISOString());
      const app = namedLinesHandlers(runAnalysis(shipped, base, null, siteIssues).service, async () => ({
        source: folderDataSource(data),
      }));
      for (const at of COVERAGE_LEVELS) {
        const answer = await app.lineFigures(null as never, `built-in/${i}`, at, false);
        expect(ofLine.filter((r) => r.endsWith(`,${at}`))).toEqual(lineRows(line, answer, at));
      }
    },
    SETUP_TIMEOUT_MS,
  );

  it('has a city row per technology and operator set', () => {
    const city = readRows(sample.out).filter((r) => r.level === 'city' && r.coverage_level === 'outdoor');
    expect(city.map((r) => `${r.code} ${r.technology} ${r.operator}`)).toEqual(
      ['4G', '5G'].flatMap((t) => ['viettel', 'vnpt', 'mobifone', 'vietnamobile', 'any'].map((o) => `01 ${t} ${o}`)),
    );
    expect(cityRow(city, '4G', 'any').sites).toBe('2000');
  });

  it('keeps the leading zeros of GSO codes and writes fixed decimals', () => {
    const rows = readRows(sample.out);
    const baDinh = rows.find(
      (r) => r.level === 'unit2025' && r.code === '00004' && r.technology === '4G' && r.operator === 'any',
    )!;
    expect(baDinh.name).toBe('Phường Ba Đình');
    expect(baDinh.area_km2).toMatch(/^\d+\.\d{4}$/);
    expect(baDinh.covered_pct).toMatch(/^\d+\.\d{2}$/);
    expect(baDinh.population).toMatch(/^\d+$/);
    expect(rows.find((r) => r.level === 'district2019')!.code).toBe('001');
  });

  it('counts the imported sites instead of the sample when they replace it, and changes the figures', () => {
    const before = readRows(sample.out);
    const after = readRows(imported.out);
    const report = readReport(imported.out);
    const kept = report.files
      .filter((f: { kind: string }) => f.kind === 'sites')
      .reduce((n: number, f: { counts: { kept: number } }) => n + f.counts.kept, 0);
    expect(kept).toBeGreaterThan(0);
    expect(Number(cityRow(after, '4G', 'any').sites) + Number(cityRow(after, '5G', 'any').sites)).toBeGreaterThan(0);
    expect(cityRow(after, '4G', 'any').sites).not.toBe(cityRow(before, '4G', 'any').sites);
    expect(Number(cityRow(after, '4G', 'any').covered_pct)).toBeLessThan(
      Number(cityRow(before, '4G', 'any').covered_pct),
    );
    expect(report.data).toMatchObject({ provenance: { sites: 'imported', cables: 'sample', coverageImported: true } });
  });

  it('writes import-report.json: per file its format, reading, counts and messages', () => {
    const report = readReport(imported.out);
    expect(report).toMatchObject({
      exitCode: 0,
      options: { coordinates: 'auto', footprint: 'model', mode: 'replace', asOf: null },
    });
    expect(
      report.files.map((f: { file: string; kind: string | null; refused: boolean }) => [f.file, f.kind, f.refused]),
    ).toEqual([
      ['sites-excel-semicolon.csv', 'sites', false],
      ['opencellid-mixed.csv', 'sites', false],
      ['coverage.geojson', 'mixed', false],
      ['missing.csv', null, true],
      ['hanoi-2025.csv', 'indicators', false],
    ]);
    const [excel, ocid] = report.files;
    expect(excel).toMatchObject({
      format: 'project-csv',
      delimiter: ';',
      decimalMark: ',',
      crs: { system: 'wgs84' },
      counts: { read: 3, kept: 3, rejected: 0 },
    });
    expect(ocid.format).toBe('opencellid');
    for (const m of ocid.messages)
      expect(Object.keys(m)).toEqual([
        'severity',
        'rule',
        'index',
        'key',
        'dataRow',
        'line',
        'column',
        'value',
        'message',
        'vi',
      ]);
    expect(Object.keys(report.timingsMs)).toEqual([
      'load',
      'import',
      'analysis',
      'write',
      'total',
      'firstResults',
      'analysisSplit',
    ]);
    // No stored analysis in this data folder: results.csv was written once, after the analysis.
    expect(report.timingsMs.firstResults).toBeNull();
  });

  it('writes indicators.csv from indicator files', () => {
    const text = fs.readFileSync(path.join(imported.out, 'indicators.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFindicator,unit,level,code,name,value,from,derived,date,basis_share');
    expect(text).toContain(
      '\r\nfibre_households_pct,%,unit2025,00004,Phường Ba Đình,82.6,loaded,false,2026-06-30,1\r\n',
    );
  });

  it('prints each file, its first messages and the time of each phase to stderr', () => {
    expect(imported.lines).toContain(
      '[analyse] missing.csv: auto; ? rows: 0 kept, 0 repaired, 0 rejected; 1 error(s), 0 warning(s) — REFUSED: nothing kept',
    );
    expect(imported.lines.at(-1)).toMatch(
      /^\[analyse\] time: load \d+\.\d s, import \d+\.\d s, analysis \d+\.\d s \(area index .*\), write \d+\.\d s; (first results after \d+\.\d s, )?all results after \d+\.\d s$/,
    );
  });

  it('exits 2 when every file is refused, writing the report and removing stale results', async () => {
    const out = path.join(tmp, 'refused');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'results.csv'), 'stale');
    fs.writeFileSync(path.join(out, 'lines.csv'), 'stale');
    const bad = path.join(tmp, 'all-bad.csv');
    fs.writeFileSync(bad, 'id,operator,lon,lat,technology\nX1,Gmobile,105.85,21.03,4G\n');
    const r = await run('refused', bad, 'import/missing.csv');
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(out, 'results.csv'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'roads.csv'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'lines.csv'))).toBe(false);
    const report = readReport(out);
    expect(report.exitCode).toBe(2);
    expect(report.files.map((f: { refused: boolean; counts: { kept: number } }) => [f.refused, f.counts.kept])).toEqual(
      [
        [true, 0],
        [true, 0],
      ],
    );
    expect(r.lines.at(-1)).toBe(
      `[analyse] every input file was refused: nothing analysed; see ${path.join(out, 'import-report.json')}`,
    );
  });

  it('exits 2 on a wrong option, naming it', async () => {
    const r = await run('usage', '--crs', 'utm');
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe('[analyse] --crs "utm": must be one of wgs84, vn2000');
  });

  it('exits 1 when the data folder is missing, saying how to make it', async () => {
    const lines: string[] = [];
    const code = await runAnalyse(['--data', path.join(tmp, 'nowhere'), '--out', path.join(tmp, 'x')], {
      stderr: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    expect(lines[0]).toContain(`${path.join(tmp, 'nowhere', 'manifest.json')} is missing — run \`npm run data\``);
  });
});
