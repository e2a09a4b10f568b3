/**
 * What `npm run analyse` writes about itself: the names of its output files, `import-report.json` (options, the
 * data in use, each file's report, phase times) and the line of phase times printed at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CoverageService, ServiceResults } from '../../src/analysis/coverage-service.js';
import { loadLayer } from '../../src/data/load-layers.js';
import { COVERAGE_DEFAULTS } from '../../src/analysis/coverage/model.js';
import type { DataIssue } from '../../src/domain/report.js';
import type { AnalyseOptions } from './args.js';
import type { AnalysisBase } from './base.js';
import { messageOf, type FileReport } from './import-report.js';
import { roadsCsv } from './roads-csv.js';
import { resultAreas, roadResults, type AnalysisDetail } from './run-analysis.js';
import { sharingCsv } from './sharing-csv.js';
import { detectTowers, sharingByArea } from '../../src/analysis/sharing.js';
import { folderDataSource, type ShippedData } from './shipped-data.js';
import type { ParamsFile } from '../params/params-file.js';

/** Output file names inside `--out`. */
export const OUTPUT_FILES = {
  results: 'results.csv',
  report: 'import-report.json',
  indicators: 'indicators.csv',
  roads: 'roads.csv',
  sharing: 'sharing.csv',
} as const;

/** Phase times of a run, ms. */
export type PhaseTimes = {
  loadMs: number;
  importMs: number;
  analysisMs: number;
  writeMs: number;
  totalMs: number;
  /** When results.csv was first written from the stored analysis (stored-first.ts), ms from the start; else null. */
  firstMs: number | null;
  analysis: AnalysisDetail | null;
};

/**
 * Writes `import-report.json` into `--out` (see `../analyse.ts`); times are rounded to whole ms. `params` is the
 * `--params` file's content (null: the defaults), recorded as `coverageParams`: the file, the overrides of the
 * defaults and every parameter the analysis used.
 */
export async function writeReport(
  opts: AnalyseOptions,
  data: ShippedData,
  files: FileReport[],
  base: AnalysisBase | null,
  dataIssues: DataIssue[],
  times: PhaseTimes,
  exitCode: number,
  params: ParamsFile | null = null,
): Promise<void> {
  const round = (ms: number) => Math.round(ms);
  const json = {
    generatedAt: new Date().toISOString(),
    exitCode,
    options: {
      coordinates: opts.coordinates,
      footprint: opts.footprint,
      ocidBands: opts.ocidBandsFile,
      params: opts.paramsFile,
      mode: opts.mode,
      asOf: opts.asOf,
      repairMojibake: opts.repairMojibake,
      lang: opts.lang,
    },
    data: {
      folder: opts.dataDir,
      generatedAt: data.manifest.generatedAt,
      sampleLayers: data.manifest.layers.filter((l) => l.sample).map((l) => l.id),
      provenance: base?.provenance ?? null,
      sites: base?.sites.length ?? null,
      indicatorValues: base?.indicators.length ?? null,
      issues: dataIssues.map(messageOf),
    },
    coverageParams: {
      file: params?.file ?? null,
      overrides: params?.overrides ?? {},
      params: params?.params ?? COVERAGE_DEFAULTS,
    },
    files,
    timingsMs: {
      load: round(times.loadMs),
      import: round(times.importMs),
      analysis: round(times.analysisMs),
      write: round(times.writeMs),
      total: round(times.totalMs),
      firstResults: times.firstMs === null ? null : round(times.firstMs),
      analysisSplit: times.analysis && {
        index: round(times.analysis.indexMs),
        targets: round(times.analysis.targetsMs),
        coverage: round(times.analysis.coverageMs),
      },
    },
  };
  await fs.promises.writeFile(path.join(opts.outDir, OUTPUT_FILES.report), `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * Writes `roads.csv` into `--out` (see roads-csv.ts): coverage along the data folder's `roads` layer for the sites
 * the service has in use. Resolves to the time it took, ms (reading the roads, measuring, writing).
 */
export async function writeRoadsCsv(
  opts: Pick<AnalyseOptions, 'outDir' | 'dataDir'>,
  data: ShippedData,
  service: CoverageService,
): Promise<number> {
  const t0 = performance.now();
  const roads = await loadLayer(folderDataSource(opts.dataDir), data.manifest, 'roads');
  const csv = roadsCsv(roadResults(data, service, roads.features));
  await fs.promises.writeFile(path.join(opts.outDir, OUTPUT_FILES.roads), csv);
  return performance.now() - t0;
}

/** Writes `sharing.csv`: towers and shared towers per area (see src/analysis/sharing.ts); answers the time, ms. */
export async function writeSharingCsv(
  opts: Pick<AnalyseOptions, 'outDir'>,
  data: ShippedData,
  results: ServiceResults,
  service: CoverageService,
): Promise<number> {
  const t0 = performance.now();
  const table = sharingByArea(detectTowers(service.sites), service);
  await fs.promises.writeFile(
    path.join(opts.outDir, OUTPUT_FILES.sharing),
    sharingCsv(resultAreas(data, results), table),
  );
  return performance.now() - t0;
}

/** Seconds to one decimal. */
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The phase times printed at the end of a run, in seconds to one decimal. */
export function timeLine(t: PhaseTimes, lang: 'vi' | 'en'): string {
  const a = t.analysis;
  const split = a
    ? lang === 'en'
      ? ` (area index ${s(a.indexMs)}, targets ${s(a.targetsMs)}, coverage ${s(a.coverageMs)})`
      : ` (chỉ mục vùng ${s(a.indexMs)}, chỉ tiêu ${s(a.targetsMs)}, vùng phủ ${s(a.coverageMs)})`
    : '';
  const first =
    t.firstMs === null
      ? ''
      : lang === 'en'
        ? `first results after ${s(t.firstMs)}, `
        : `kết quả đầu sau ${s(t.firstMs)}, `;
  return lang === 'en'
    ? `time: load ${s(t.loadMs)}, import ${s(t.importMs)}, analysis ${s(t.analysisMs)}${split}, write ${s(t.writeMs)}; ${first}all results after ${s(t.totalMs)}`
    : `thời gian: nạp dữ liệu ${s(t.loadMs)}, nhập tệp ${s(t.importMs)}, phân tích ${s(t.analysisMs)}${split}, ghi ${s(t.writeMs)}; ${first}đủ kết quả sau ${s(t.totalMs)}`;
}
