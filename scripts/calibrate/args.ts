/**
 * The command line of `npm run calibrate` (see `../calibrate.ts` for the usage text): argv in, checked options out.
 * A wrong option is a {@link CalibrateUsageError} naming the option, the value and what it accepts.
 */
import path from 'node:path';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../src/domain/coverage-level.js';

/** The checked options of one run. Paths are absolute. */
export type CalibrateOptions = {
  /** The measurement file. */
  file: string;
  /** A coverage-parameter JSON file to calibrate (`--params`); null for the defaults. @default null */
  paramsFile: string | null;
  /** Where the calibration JSON goes (`--out`). @default `calibration.json` in the working directory */
  outFile: string;
  /** A site file to calibrate against instead of the shipped sample (`--sites`). @default null */
  sitesFile: string | null;
  /** The generated data folder (`--data`). @default `public/data` of the repository */
  dataDir: string;
  /** The level the measurements were taken at (`--level`). @default 'outdoor' */
  level: CoverageLevel;
  /** Search radius of the best server, metres (`--radius`). @default 5000 */
  searchRadiusM: number | null;
  /** Fewest measurements a class needs for an offset (`--min-samples`). @default 30 */
  minSamples: number | null;
  /** @default 'en' */
  lang: 'en' | 'vi';
  help: boolean;
};

/** A command-line mistake: the message names the option and the value. */
export class CalibrateUsageError extends Error {}

const VALUED = new Set(['--params', '--out', '--sites', '--data', '--level', '--radius', '--min-samples', '--lang']);

/** Parses argv (without `node` and the script); `cwd` resolves relative paths. `--name=value` is accepted too. */
export function parseCalibrateArgs(argv: readonly string[], cwd: string, defaultDataDir: string): CalibrateOptions {
  const files: string[] = [];
  const opts: Omit<CalibrateOptions, 'file'> = {
    paramsFile: null,
    outFile: path.resolve(cwd, 'calibration.json'),
    sitesFile: null,
    dataDir: defaultDataDir,
    level: 'outdoor',
    searchRadiusM: null,
    minSamples: null,
    lang: 'en',
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!raw.startsWith('--')) {
      files.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    let value = '';
    if (VALUED.has(flag)) {
      const v = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new CalibrateUsageError(`${flag}: a value is missing`);
      value = v;
    } else if (eq > 0) throw new CalibrateUsageError(`${flag} takes no value (got "${raw.slice(eq + 1)}")`);
    if (flag === '--params') opts.paramsFile = path.resolve(cwd, value);
    else if (flag === '--out') opts.outFile = path.resolve(cwd, value);
    else if (flag === '--sites') opts.sitesFile = path.resolve(cwd, value);
    else if (flag === '--data') opts.dataDir = path.resolve(cwd, value);
    else if (flag === '--level') opts.level = oneOf(flag, value, COVERAGE_LEVELS);
    else if (flag === '--lang') opts.lang = oneOf(flag, value, ['en', 'vi'] as const);
    else if (flag === '--radius') opts.searchRadiusM = positive(flag, value, 'a distance in metres above 0');
    else if (flag === '--min-samples') opts.minSamples = positive(flag, value, 'a whole number above 0', true);
    else if (flag === '--help') opts.help = true;
    else throw new CalibrateUsageError(`unknown option ${flag} — see npm run calibrate -- --help`);
  }
  if (opts.help) return { ...opts, file: '' };
  if (files.length !== 1)
    throw new CalibrateUsageError(
      files.length === 0
        ? 'no measurement file given — npm run calibrate -- FILE'
        : `${files.length} files given (${files.join(', ')}) — give one measurement file`,
    );
  return { ...opts, file: path.resolve(cwd, files[0]!) };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CalibrateUsageError(`${flag} "${value}": write one of ${allowed.join(', ')}`);
}

function positive(flag: string, value: string, what: string, integer = false): number {
  const n = Number(value);
  if (Number.isFinite(n) && n > 0 && (!integer || Number.isInteger(n))) return n;
  throw new CalibrateUsageError(`${flag} "${value}": write ${what}`);
}
