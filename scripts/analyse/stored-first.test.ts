/**
 * `npm run analyse` starting on the data build's stored analysis (stored-first.ts): a copy of the shared real-data
 * build (2,000 sample sites) is given the stored analysis `npm run data` writes, then analysed with no file. The
 * first results.csv comes from the stored figures and must equal, byte for byte, both what the same run computes
 * afterwards (no "differs" warning) and what a run on data without a stored analysis computes. With two imported
 * sites joining the sample, the first figures (stored sums plus the tiles they reach) equal the computed ones up
 * to their last digit. The app's worker
 * computes the stored figures; the command line computing others (an input it leaves out, such as the environment
 * grid) fails here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import { sharedPipeline } from '../../test/setup/shared-pipeline.js';
import { storeAnalysis } from '../pipeline/stored-analysis.js';
import { runAnalyse } from './run.js';

const hasData = fs.existsSync(HANOI_DATA_DIR);

describe.skipIf(!hasData)('npm run analyse on a stored analysis', () => {
  let tmp: string;
  let stored: string;
  const run = async (data: string, out: string, ...argv: string[]) => {
    const lines: string[] = [];
    const code = await runAnalyse([...argv, '--lang', 'en', '--out', path.join(tmp, out), '--data', data], {
      stderr: (l) => lines.push(l),
    });
    const csv = fs.existsSync(path.join(tmp, out, 'results.csv'))
      ? fs.readFileSync(path.join(tmp, out, 'results.csv'), 'utf8')
      : '';
    return { code, lines, csv };
  };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-stored-first-'));
    stored = path.join(tmp, 'data');
    fs.cpSync(sharedPipeline().dir, stored, { recursive: true });
    const manifestPath = path.join(stored, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    manifest.stored = await storeAnalysis(stored, manifest, '2026-12-01', () => {});
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes results.csv from the stored figures first, and they equal the computed ones', async () => {
    const r = await run(stored, 'stored');
    expect(r.code).toBe(0);
    const first = r.lines.findIndex((l) => l.startsWith('[analyse] first results from the stored analysis: '));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(r.lines.filter((l) => l.includes('differs'))).toEqual([]);
    expect(r.lines.at(-1)).toMatch(/; first results after \d+\.\d s, all results after \d+\.\d s$/);
    const report = JSON.parse(fs.readFileSync(path.join(tmp, 'stored', 'import-report.json'), 'utf8'));
    expect(report.timingsMs.firstResults).toBeGreaterThan(0);
    expect(report.timingsMs.firstResults).toBeLessThan(report.timingsMs.total);

    const fresh = await run(sharedPipeline().dir, 'fresh');
    expect(fresh.lines.some((l) => l.includes('first results'))).toBe(false);
    expect(r.csv.length).toBeGreaterThan(1000);
    expect(r.csv).toBe(fresh.csv);
  });

  it('writes results.csv first from the stored figures and the tiles imported sites reach, as computed', async () => {
    const file = path.join(tmp, 'hai-tram.csv');
    // As Excel on Vietnamese Windows writes it: semicolons, decimal commas, CRLF, the 5G band in MHz.
    fs.writeFileSync(
      file,
      'id;operator;lat;lon;technology;band\r\nX1;Viettel;21,0285;105,8542;5G;3500\r\nX2;MobiFone;21,04;105,80;4G;1800\r\n',
    );
    const r = await run(stored, 'joined', file);
    expect(r.code).toBe(0);
    const first = /^\[analyse\] first results from the stored analysis and the (\d+) tiles the 2 imported sites reach/;
    const tiles = r.lines.map((l) => first.exec(l)?.[1]).find((n) => n !== undefined);
    expect(Number(tiles)).toBeGreaterThan(0);
    // The figures computed afterwards equal the first ones up to their last digit: no warning.
    expect(r.lines.filter((l) => l.includes('differs'))).toEqual([]);
    const fresh = await run(sharedPipeline().dir, 'joined-fresh', file);
    expect(r.csv).toBe(fresh.csv);
    // Replacing the sample leaves nothing stored to start from.
    const replaced = await run(stored, 'replaced', file, '--replace');
    expect(replaced.lines.some((l) => l.includes('first results'))).toBe(false);
  });

  it('computes without the stored figures for a date, an import or parameters', async () => {
    const r = await run(stored, 'dated', '--as-of', '2024-06-30');
    expect(r.code).toBe(0);
    expect(r.lines.some((l) => l.includes('first results'))).toBe(false);
  });

  it('says so and keeps the computed figures when the stored ones differ', async () => {
    const other = path.join(tmp, 'tampered');
    fs.cpSync(stored, other, { recursive: true });
    // Stored figures of other sites (as data built by another version would hold): "now" swapped for a quarter's.
    const dates = path.join(other, 'analysis', 'dates');
    const quarter = fs.readdirSync(dates).find((f) => f !== 'now.bin')!;
    fs.copyFileSync(path.join(dates, quarter), path.join(dates, 'now.bin'));
    const r = await run(other, 'tampered');
    expect(r.code).toBe(0);
    expect(r.lines.some((l) => l.startsWith('[analyse] warning: the stored analysis differs'))).toBe(true);
    const good = fs.readFileSync(path.join(tmp, 'stored', 'results.csv'), 'utf8');
    expect(r.csv).toBe(good);
  });
});
