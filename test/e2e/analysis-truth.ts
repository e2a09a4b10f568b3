/**
 * The expected figures of the end-to-end tests: the analysis run in Node on the built data (`dist/data`), as
 * the app's worker runs it in the browser, so the page's numbers can be checked against it.
 */
import { join } from 'node:path';
import { analyseDataFolder, type AnalysedData } from '../../scripts/public/analyse-data.js';

export type Truth = AnalysedData;

/** Runs the coverage analysis on `<distDir>/data` in Node (some seconds). */
export function analyseBuiltData(distDir: string): Promise<Truth> {
  return analyseDataFolder(join(distDir, 'data'));
}

/** A percent as the app's panel shows it in Vietnamese ("12,3 %"). */
export const percentVi = (v: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v)} %`;

/** A number as the app shows it in Vietnamese, with at most `digits` decimals ("1.234,5"). */
export const numberVi = (v: number, digits = 0) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(v);
