/** The pure parts of `npm run calibrate`: its options, the parameter file, the fit table. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE_DEFAULTS } from '../../src/analysis/coverage/model.js';
import { ENVIRONMENTS } from '../../src/analysis/coverage/environment.js';
import { CALIBRATION_DEFAULTS, type Calibration } from '../../src/analysis/calibration/types.js';
import { CalibrateUsageError, parseCalibrateArgs } from './args.js';
import { parseParamsJson } from './params-file.js';
import { fitTable } from './table.js';

const CWD = '/work/run';
const parse = (...argv: string[]) => parseCalibrateArgs(argv, CWD, '/repo/public/data');

describe('calibrate options', () => {
  it('reads a file and the defaults', () => {
    expect(parse('do-kiem.csv')).toEqual({
      file: path.resolve(CWD, 'do-kiem.csv'),
      paramsFile: null,
      outFile: path.resolve(CWD, 'calibration.json'),
      sitesFile: null,
      dataDir: '/repo/public/data',
      level: 'outdoor',
      searchRadiusM: null,
      minSamples: null,
      lang: 'en',
      help: false,
    });
  });

  it('reads every option, with a value after it or after =', () => {
    const o = parse('m.csv', '--params', 'p.json', '--out=o/c.json', '--sites', 's.csv', '--level', 'indoor');
    expect([o.paramsFile, o.outFile, o.sitesFile, o.level]).toEqual([
      path.resolve(CWD, 'p.json'),
      path.resolve(CWD, 'o/c.json'),
      path.resolve(CWD, 's.csv'),
      'indoor',
    ]);
    expect(parse('m.csv', '--radius', '3000', '--min-samples=50', '--lang', 'vi')).toMatchObject({
      searchRadiusM: 3000,
      minSamples: 50,
      lang: 'vi',
    });
  });

  it('refuses a wrong value, naming the option, the value and what it takes', () => {
    expect(() => parse('m.csv', '--min-samples', '2.5')).toThrow(
      new CalibrateUsageError('--min-samples "2.5": write a whole number above 0'),
    );
    expect(() => parse('m.csv', '--level', 'deep')).toThrow('--level "deep": write one of outdoor, indoor');
  });

  it('wants exactly one measurement file', () => {
    expect(() => parse()).toThrow('no measurement file given — npm run calibrate -- FILE');
    expect(() => parse('a.csv', 'b.csv')).toThrow('2 files given (a.csv, b.csv) — give one measurement file');
  });
});

describe('calibrate parameter file', () => {
  it('puts its members over the defaults, at any depth', () => {
    const r = parseParamsJson('{"linkBudget": {"4G": {"rsrpThresholdDbm": -112}}, "maxRangeM": 10000}', 'p.json');
    expect(r).toEqual({
      params: {
        ...COVERAGE_DEFAULTS,
        linkBudget: {
          ...COVERAGE_DEFAULTS.linkBudget,
          '4G': { ...COVERAGE_DEFAULTS.linkBudget['4G'], rsrpThresholdDbm: -112 },
        },
        maxRangeM: 10000,
      },
    });
  });

  it('takes the parameters of a calibration this command wrote', () => {
    const written = { params: { envOffsetDb: { urban: 2.5 } }, calibration: {} };
    const r = parseParamsJson(JSON.stringify(written), 'c.json');
    expect('params' in r && r.params.envOffsetDb).toEqual({ ...COVERAGE_DEFAULTS.envOffsetDb, urban: 2.5 });
  });

  it('reports every unknown member and wrong type, naming the file and the path', () => {
    expect(parseParamsJson('{"linkBudget": {"4G": {"txPowerDbm": "46"}}, "sigma": 8}', 'p.json')).toEqual({
      errors: [
        'p.json: "linkBudget.4G.txPowerDbm" is "46" — it must be a number',
        `p.json: "sigma" is no parameter — the parameters here are ${Object.keys(COVERAGE_DEFAULTS).join(', ')}`,
      ],
    });
  });
});

describe('calibrate fit table', () => {
  const stats = { n: 40, meanErrorDb: -1.25, rmseDb: 8.04, levelMatch: 0.9 };
  const calibration: Calibration = {
    version: 1,
    envOffsetDb: { ...COVERAGE_DEFAULTS.envOffsetDb, urban: 1.25 },
    classes: ENVIRONMENTS.map((env) => ({
      env,
      n: env === 'urban' ? 40 : env === 'rural' ? 3 : 0,
      fitted: env === 'urban',
      offsetDb: env === 'urban' ? 1.25 : 0,
      sigmaDb: env === 'urban' ? 8.04 : env === 'rural' ? 2 : null,
      before: stats,
      after: stats,
    })),
    before: { n: 43, meanErrorDb: -1.25, rmseDb: 8.14, levelMatch: 0.9 },
    after: { n: 43, meanErrorDb: 0, rmseDb: 8.04, levelMatch: 0.9302 },
    passes: 2,
    options: CALIBRATION_DEFAULTS,
    provenance: {
      file: 'm.csv',
      measurements: 1045,
      withServer: 43,
      noServer: 1002,
      from: '2025-03-14',
      to: '2025-03-15',
      fitDate: '2026-12-05T10:00:00.000Z',
      sites: 12500,
    },
  };

  it('prints the measurements, the classes and the error before and after', () => {
    const noServer = [
      ...Array.from({ length: 1000 }, (_, index) => ({ index, reason: 'no-site-in-radius' as const })),
      { index: 1000, reason: 'no-band' as const },
      { index: 1001, reason: 'no-band' as const },
    ];
    expect(fitTable(calibration, noServer, 'en')).toEqual([
      'Calibration — m.csv: 1,045 measurements (2025-03-14 to 2025-03-15), 43 with a server, 1,002 without one (no site within 5,000 m: 1,000; no site on their band: 2)',
      '',
      'environment  n   offset dB  σ dB  fitted',
      'dense-urban  0   0.0        —     no: fewer than 30, offset kept',
      'urban        40  1.3        8.0   yes',
      'suburban     0   0.0        —     no: fewer than 30, offset kept',
      'rural        3   0.0        2.0   no: fewer than 30, offset kept',
      'open         0   0.0        —     no: fewer than 30, offset kept',
      '',
      '        mean error dB  RMSE dB  inside predicted level',
      'before  −1.3           8.1      90.0 %',
      'after   0.0            8.0      93.0 %',
      '',
      '2 passes; error = predicted − measured',
    ]);
  });

  it('writes Vietnamese figures and dates in Vietnamese', () => {
    const lines = fitTable(calibration, [], 'vi');
    expect(lines[0]).toBe(
      'Hiệu chỉnh — m.csv: 1.045 lượt đo (14/03/2025 đến 15/03/2025), 43 có trạm phục vụ, 1.002 không có',
    );
    expect(lines[10]).toBe('trước  −1,3          8,1      90,0 %');
  });
});
