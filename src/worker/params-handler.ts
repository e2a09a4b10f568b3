/**
 * The worker's handlers of the coverage model's parameters: `setParams` puts parameters in use and answers the
 * figures recomputed under them; `calibrate` reads a signal-measurement file (`importMeasurementFile`) and fits
 * per-environment offsets against the base sites of all the data (`fitCalibration`), the environment of each site
 * as the engine classifies it. Nothing is applied by `calibrate`: the page applies a fit through `setParams`.
 */
import { fitCalibration } from '../analysis/calibration/fit.js';
import type { CoverageService } from '../analysis/coverage-service.js';
import type { IndicatorTable } from '../analysis/indicators.js';
import { importMeasurementFile } from '../data/import/measurements-file.js';
import type { CalibrationRun, CoverageApi } from './protocol.js';
import type { Handlers } from './rpc.js';

/** An error in both languages, as the worker's reply carries them (rpc.ts `WireError`). */
export class CalibrationError extends Error {
  constructor(
    message: string,
    readonly vi: string,
  ) {
    super(message);
    this.name = 'CalibrationError';
  }
}

/**
 * The `setParams` and `calibrate` handlers over `service`: `ready` waits for the first analysis (and a running
 * suggestion), `changed` tells the worker the figures changed (it forgets its cut tiles and grid answers),
 * `indicatorTable` gives the indicator table as of the map's date (null when no indicator is in use).
 */
export function paramsHandlers(
  service: CoverageService,
  ready: () => Promise<unknown>,
  changed: () => void,
  indicatorTable: () => IndicatorTable | null,
): Pick<Handlers<CoverageApi>, 'setParams' | 'calibrate'> {
  return {
    async setParams(_ctx, overrides) {
      await ready();
      const results = service.setParams(overrides);
      changed();
      return { results, indicators: indicatorTable() };
    },
    async calibrate(_ctx, file, name) {
      await ready();
      return calibrateFile(service, file, name, new Date().toISOString());
    },
  };
}

/** Reads `file` (named `name`) and fits it against the service's base sites; throws when nothing can be fitted. */
export async function calibrateFile(
  service: CoverageService,
  file: Blob,
  name: string,
  fitDate: string,
): Promise<CalibrationRun> {
  const { measurements, report } = await importMeasurementFile(file, name);
  const issues = [...report.fileErrors, ...report.rejected, ...report.warnings];
  if (measurements.length === 0) {
    const first = report.fileErrors[0];
    throw new CalibrationError(
      `${name}: no measurement could be read — nothing to fit${first ? ` (${first.message})` : ''}`,
      `${name}: không đọc được phép đo nào — không có gì để hiệu chỉnh${first ? ` (${first.vi ?? first.message})` : ''}`,
    );
  }
  // Measurements are of the network as it stands: every base site of the data, whatever the map's date.
  const { calibration } = fitCalibration({
    measurements,
    sites: service.allSites,
    params: service.model.params,
    environmentOf: service.model.environmentOf(),
    file: name,
    fitDate,
  });
  if (calibration.provenance.withServer === 0)
    throw new CalibrationError(
      `${name}: no measurement has a site of its operator within the search radius — nothing fitted`,
      `${name}: không phép đo nào có trạm của nhà mạng mình trong bán kính tìm kiếm — không hiệu chỉnh được`,
    );
  return { calibration, rejectedRows: report.rejectedRows, issues };
}
