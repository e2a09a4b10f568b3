/**
 * `npm run calibrate -- FILE [--params FILE.json] [--out FILE.json] [--sites FILE] [--data DIR]
 * [--level outdoor|indoor] [--radius M] [--min-samples N] [--lang en|vi]`
 *
 * Calibrates the coverage model against signal measurements, as the app's calibration section does: FILE (drive
 * tests or speed tests with signal fields, CSV/TSV in any of Excel's encodings or GeoJSON points; read by
 * `importMeasurementFile`) against the shipped sample's sites (`public/data`, `npm run data`) or the sites of
 * `--sites FILE` (any site file the app imports), with the parameters of `--params FILE.json` (members over the
 * defaults, or a calibration this command wrote) or the defaults. Each site's environment class is the engine's
 * (`calibrate/site-environment.ts`).
 *
 * Prints to stdout the fit table (per environment: measurements n, fitted offset dB, residual σ dB; before and
 * after: mean error and RMSE dB, share of measurements inside the predicted level); to stderr every problem of the
 * files read. Writes `--out` (default `calibration.json`): `{ params, calibration }`, the calibrated parameters
 * (`envOffsetDb` set) and the `Calibration` with its provenance (file, counts, date range, fit date, options).
 *
 * Exit codes: 0 when a calibration was written; 2 when an option or the parameter file is wrong, or no measurement
 * (or no measurement with a server) could be read; 1 on an internal error (a missing `public/data` included).
 */
import { runCalibrate } from './calibrate/run.js';

process.exitCode = await runCalibrate(process.argv.slice(2));
