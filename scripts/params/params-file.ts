/**
 * `--params FILE.json` of `npm run analyse` and `npm run report`: the coverage model's parameters as overrides of
 * the defaults (`{"edgeProbability": 0.95, "linkBudget": {"5G": {"txPowerDbm": 50}}}`), or a calibration written by
 * `npm run calibrate` (`{"params": {…}, "calibration": {…}}`: its `params` are used). Checked against the parameter
 * catalogue (src/analysis/coverage/params-catalogue.ts): every mistake is reported, naming the file, the field, the
 * value and the rule it broke, and nothing is analysed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CoverageParams } from '../../src/analysis/coverage/model.js';
import { overridesOf, paramsOfFile, resolveParams, type ParamOverrides } from '../../src/analysis/params-overrides.js';
import { errorMessage } from '../../src/domain/errors.js';

/** A parameters file that cannot be used: one line per mistake, each naming the file. */
export class ParamsFileError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'ParamsFileError';
  }
}

/** What a valid parameters file gives: its overrides (only fields that differ from the defaults) and the full set. */
export type ParamsFile = { file: string; overrides: ParamOverrides; params: CoverageParams };

/** Checks the text of a parameters file named `name`; throws a {@link ParamsFileError} listing every mistake. */
export function parseParamsFile(text: string, name: string, file = name): ParamsFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ParamsFileError([`${name}: not JSON (${errorMessage(err)})`]);
  }
  const { params, errors } = resolveParams(paramsOfFile(json));
  if (errors.length > 0) throw new ParamsFileError(errors.map((e) => `${name}: ${e.message}`));
  return { file, overrides: overridesOf(params), params };
}

/** Reads and checks a parameters file at `file` (an absolute path); throws a {@link ParamsFileError}. */
export async function readParamsFile(file: string): Promise<ParamsFile> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    throw new ParamsFileError([`${name}: cannot be read (${errorMessage(err)})`]);
  }
  return parseParamsFile(text, name, file);
}
