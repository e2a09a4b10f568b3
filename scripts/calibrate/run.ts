/**
 * One run of `npm run calibrate` (usage in `../calibrate.ts`): options → sites, parameters and measurements read →
 * the fit → the table on stdout, every problem on stderr, the calibration JSON written. Returns the exit code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyCalibration, fitCalibration } from '../../src/analysis/calibration/fit.js';
import { COVERAGE_DEFAULTS, type CoverageParams } from '../../src/analysis/coverage/model.js';
import { importSiteFile } from '../../src/data/import/import-file.js';
import { importMeasurementFile } from '../../src/data/import/measurements-file.js';
import { issueText, type DataIssue } from '../../src/domain/report.js';
import { errorMessage } from '../../src/domain/errors.js';
import type { Site } from '../../src/domain/telecom.js';
import { loadShippedData } from '../analyse/shipped-data.js';
import { REPO_ROOT } from '../pipeline/options.js';
import { CalibrateUsageError, parseCalibrateArgs, type CalibrateOptions } from './args.js';
import { parseParamsJson } from './params-file.js';
import { siteEnvironment } from './site-environment.js';
import { fitTable } from './table.js';

/** The usage text (`--help`). */
export const CALIBRATE_USAGE = `npm run calibrate -- FILE [--params FILE.json] [--out FILE.json] [--sites FILE] [--data DIR]
  [--level outdoor|indoor] [--radius M] [--min-samples N] [--lang en|vi]

FILE: signal measurements (CSV/TSV or GeoJSON points: lat, lon, rsrp or ss_rsrp, operator; band, technology,
time optional). Fits one offset per environment class, prints the fit table and writes the calibrated
parameters with their provenance to --out (default calibration.json).`;

/** Most messages printed per kind; the rest are counted. */
const SHOWN = 20;

/** Prints issues (at most {@link SHOWN}, then a count) to stderr in the chosen language. */
function printIssues(issues: readonly DataIssue[], lang: 'en' | 'vi'): void {
  for (const i of issues.slice(0, SHOWN)) console.error(`${i.severity}: ${issueText(i, lang)}`);
  if (issues.length > SHOWN) console.error(`… ${issues.length - SHOWN} more`);
}

/** Runs the command on `argv` (without node and the script); resolves to the exit code. */
export async function runCalibrate(argv: readonly string[]): Promise<number> {
  let opts: CalibrateOptions;
  try {
    opts = parseCalibrateArgs(argv, process.cwd(), path.join(REPO_ROOT, 'public/data'));
  } catch (err) {
    if (!(err instanceof CalibrateUsageError)) throw err;
    console.error(`error: ${err.message}\n\n${CALIBRATE_USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(CALIBRATE_USAGE);
    return 0;
  }
  try {
    return await calibrate(opts);
  } catch (err) {
    console.error(`error: ${errorMessage(err)}`);
    return 1;
  }
}

async function calibrate(opts: CalibrateOptions): Promise<number> {
  const { lang } = opts;
  let params: CoverageParams = COVERAGE_DEFAULTS;
  if (opts.paramsFile !== null) {
    const parsed = parseParamsJson(await fs.promises.readFile(opts.paramsFile, 'utf8'), path.basename(opts.paramsFile));
    if ('errors' in parsed) {
      for (const e of parsed.errors) console.error(`error: ${e}`);
      return 2;
    }
    params = parsed.params;
  }
  const data = await loadShippedData(opts.dataDir);
  let sites: readonly Site[] = data.sample.sites;
  if (opts.sitesFile !== null) {
    const name = path.basename(opts.sitesFile);
    const { sites: imported, report } = await importSiteFile(await fs.openAsBlob(opts.sitesFile), name, {});
    printIssues([...report.fileErrors, ...report.rejected, ...report.warnings], lang);
    if (imported.length === 0) {
      console.error(`error: ${name}: no site could be read — nothing to calibrate against`);
      return 2;
    }
    sites = imported;
  }
  const name = path.basename(opts.file);
  const { measurements, report } = await importMeasurementFile(await fs.openAsBlob(opts.file), name);
  printIssues([...report.fileErrors, ...report.rejected, ...report.warnings], lang);
  if (measurements.length === 0) {
    console.error(`error: ${name}: no measurement could be read — nothing to fit`);
    return 2;
  }
  const env = siteEnvironment(data.input.environment, data.input.wards);
  const { calibration, noServer } = fitCalibration({
    measurements,
    sites,
    params,
    environmentOf: env,
    file: name,
    fitDate: new Date().toISOString(),
    options: {
      level: opts.level,
      ...(opts.searchRadiusM === null ? {} : { searchRadiusM: opts.searchRadiusM }),
      ...(opts.minSamples === null ? {} : { minSamples: opts.minSamples }),
    },
  });
  console.log(fitTable(calibration, noServer, lang).join('\n'));
  if (calibration.provenance.withServer === 0) {
    console.error(
      `error: ${name}: no measurement has a site of its operator within the search radius — nothing fitted`,
    );
    return 2;
  }
  const out = { params: applyCalibration(params, calibration), calibration };
  await fs.promises.mkdir(path.dirname(opts.outFile), { recursive: true });
  await fs.promises.writeFile(opts.outFile, `${JSON.stringify(out, null, 2)}\n`);
  console.error(`${lang === 'vi' ? 'đã ghi' : 'wrote'} ${opts.outFile}`);
  return 0;
}
