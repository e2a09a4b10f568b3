/**
 * The command line of `npm run analyse` (see `../analyse.ts` for the usage text): argv in, checked options out.
 * A wrong option is an {@link UsageError} naming the option, the value and what it accepts.
 */
import path from 'node:path';
import type { CoordinateMode, FootprintSource } from '../../src/data/import/types.js';
import type { ImportKindChoice } from '../../src/data/import/import-file.js';
import type { LineKindChoice } from '../../src/data/import/line-import.js';
import type { LineKind } from '../../src/domain/named-line.js';

/**
 * What an input file holds: the app's import kinds, an area-indicators file (read by its own parser), or a line
 * file as the app's line import reads it (`lines`: each feature's kind told by its OSM tags, the app's "auto";
 * `road`, `railway`, `metro`: every feature of that kind, the app's other choices).
 */
export type AnalyseKind = ImportKindChoice | 'indicators' | 'speeds' | LineFileKind;

/** The kinds `--kind` accepts (`auto`: told by the file, as in the app). */
export const ANALYSE_KINDS: readonly AnalyseKind[] = [
  'auto',
  'sites',
  'coverage',
  'cables',
  'speeds',
  'indicators',
  'lines',
  'road',
  'railway',
  'metro',
];

/** The kinds that read a file as the app's line import does. */
export type LineFileKind = 'lines' | LineKind;

/** True when `kind` reads the file as a line file (see {@link AnalyseKind}). */
export const isLineFileKind = (kind: AnalyseKind): kind is LineFileKind =>
  kind === 'lines' || kind === 'road' || kind === 'railway' || kind === 'metro';

/** The app's line-import choice (LineImportSection.tsx) for a line-file kind: `lines` is the app's `auto`. */
export const lineKindChoiceOf = (kind: LineFileKind): LineKindChoice => (kind === 'lines' ? 'auto' : kind);

/** One input file and what the command line says it holds. */
export type InputFile = { path: string; kind: AnalyseKind };

/** Language of the messages printed to stderr. */
export type Lang = 'vi' | 'en';

/** The checked options of one run. Paths are absolute. */
export type AnalyseOptions = {
  files: InputFile[];
  /** How coordinates are read (`--crs`). @default 'auto' */
  coordinates: CoordinateMode;
  /** Footprint source of OpenCelliD cells (`--footprint`). @default 'model' */
  footprint: FootprintSource;
  /** A JSON file of OpenCelliD bands per radio and operator over the default table (`--ocid-bands`). @default null */
  ocidBandsFile: string | null;
  /** A JSON file of the coverage model's parameters over the defaults (`--params`). @default null */
  paramsFile: string | null;
  /** Imported sites and cables join the shipped sample or replace it (`--join` / `--replace`). @default 'join' */
  mode: 'join' | 'replace';
  /** The data as of this date, ISO `YYYY-MM-DD` (`--as-of`); null for all of it. @default null */
  asOf: string | null;
  /** Output folder (`--out`). @default `analysis` in the working directory */
  outDir: string;
  /** The generated data folder (`--data`). @default `public/data` of the repository */
  dataDir: string;
  /** Repair double-encoded UTF-8 (`Ã`, `áº` in names) while reading (`--repair-mojibake`). @default false */
  repairMojibake: boolean;
  /** @default 'en' */
  lang: Lang;
  help: boolean;
};

/** A command-line mistake: the message names the option and the value. */
export class UsageError extends Error {}

const VALUED = new Set([
  '--kind',
  '--crs',
  '--footprint',
  '--ocid-bands',
  '--params',
  '--as-of',
  '--out',
  '--data',
  '--lang',
]);

/**
 * Parses argv (without `node` and the script). `--kind K` applies to every FILE when it is given once; given
 * several times, each applies to the FILEs after it (FILEs before the first are `auto`), e.g.
 * `--kind auto sites.csv cover.geojson --kind indicators households.csv --kind railway rail.geojson`.
 * `--name=value` is accepted too. `cwd` resolves relative paths; `defaultDataDir` is the shipped data folder.
 */
export function parseAnalyseArgs(argv: readonly string[], cwd: string, defaultDataDir: string): AnalyseOptions {
  const opts: AnalyseOptions = {
    files: [],
    coordinates: 'auto',
    footprint: 'model',
    ocidBandsFile: null,
    paramsFile: null,
    mode: 'join',
    asOf: null,
    outDir: path.resolve(cwd, 'analysis'),
    dataDir: defaultDataDir,
    repairMojibake: false,
    lang: 'en',
    help: false,
  };
  const kinds: { at: number; kind: AnalyseKind }[] = [];
  let modeFlag: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--') {
      for (const rest of argv.slice(i + 1)) opts.files.push({ path: path.resolve(cwd, rest), kind: 'auto' });
      break;
    }
    if (!raw.startsWith('--')) {
      opts.files.push({ path: path.resolve(cwd, raw), kind: 'auto' });
      continue;
    }
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    let value: string | undefined;
    if (VALUED.has(flag)) {
      value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag}: a value is missing`);
    } else if (eq > 0) throw new UsageError(`${flag} takes no value (got "${raw.slice(eq + 1)}")`);
    switch (flag) {
      case '--kind':
        kinds.push({ at: opts.files.length, kind: oneOf(flag, value!, ANALYSE_KINDS) });
        break;
      case '--crs':
        opts.coordinates = oneOf(flag, value!, ['wgs84', 'vn2000'] as const);
        break;
      case '--footprint':
        opts.footprint = oneOf(flag, value!, ['model', 'range'] as const);
        break;
      case '--ocid-bands':
        opts.ocidBandsFile = path.resolve(cwd, value!);
        break;
      case '--params':
        opts.paramsFile = path.resolve(cwd, value!);
        break;
      case '--as-of':
        opts.asOf = isoDate(value!);
        break;
      case '--out':
        opts.outDir = path.resolve(cwd, value!);
        break;
      case '--data':
        opts.dataDir = path.resolve(cwd, value!);
        break;
      case '--lang':
        opts.lang = oneOf(flag, value!, ['vi', 'en'] as const);
        break;
      case '--join':
      case '--replace':
        if (modeFlag !== null && modeFlag !== flag) throw new UsageError(`${modeFlag} and ${flag}: give one of them`);
        modeFlag = flag;
        opts.mode = flag === '--join' ? 'join' : 'replace';
        break;
      case '--repair-mojibake':
        opts.repairMojibake = true;
        break;
      case '--help':
        opts.help = true;
        break;
      default:
        throw new UsageError(`${flag}: unknown option (see --help)`);
    }
  }
  if (kinds.length === 1) for (const f of opts.files) f.kind = kinds[0]!.kind;
  else for (const k of kinds) for (const f of opts.files.slice(k.at)) f.kind = k.kind;
  return opts;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} "${value}": must be one of ${allowed.join(', ')}`);
}

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== value)
    throw new UsageError(`--as-of "${value}": must be a date YYYY-MM-DD, e.g. 2025-12-31`);
  return value;
}
