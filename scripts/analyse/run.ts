/**
 * The body of `npm run analyse` (usage in `../analyse.ts`), callable in-process: argv in, exit code out, every
 * line for the user through `io.stderr`. Phases: load the shipped data, import the files, analyse, write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { editBandTable } from '../../src/data/import/opencellid-bands.js';
import type { FileImportOptions } from '../../src/data/import/import-file.js';
import { loadNamedLines } from '../../src/data/named-lines-file.js';
import { issueText } from '../../src/domain/report.js';
import { REPO_ROOT } from '../pipeline/options.js';
import { isLineFileKind, parseAnalyseArgs, UsageError, type AnalyseOptions } from './args.js';
import { baseFromImports } from './base.js';
import { importedLineSets, importFiles } from './import-files.js';
import { fileReport } from './import-report.js';
import { indicatorsCsv } from './indicators-csv.js';
import { LINES_FILE, linesCsv, measureNamedLines, SHIPPED_LINES_SOURCE } from './lines-csv.js';
import { printFileReport } from './print-file-report.js';
import { resultsCsv } from './results-csv.js';
import { areaNames, coveredTilesOf, resultAreas, runAnalysis } from './run-analysis.js';
import { OUTPUT_FILES, timeLine, writeReport, writeRoadsCsv, writeSharingCsv, type PhaseTimes } from './run-report.js';
import { areaCatalogueOf, folderDataSource, loadShippedData } from './shipped-data.js';
import { indexFor } from './index-threads.js';
import { ANALYSE_USAGE } from './usage.js';
import { sameUpToLastDigit, storedFirstResults } from './stored-first.js';
import { ParamsFileError, readParamsFile, type ParamsFile } from '../params/params-file.js';

/** Where a run writes and what it is told. */
export type AnalyseIo = {
  /** One line for the user (progress, problems, timings). @default `console.error` */
  stderr: (line: string) => void;
  /** Resolves relative paths. @default `process.cwd()` */
  cwd: string;
  /** The shipped data folder unless `--data`. @default `public/data` of the repository */
  defaultDataDir: string;
};

/** Exit codes. */
export const EXIT = { ok: 0, internal: 1, refused: 2 } as const;

/** Runs the command; resolves to its exit code (see `../analyse.ts`), never rejects. */
export async function runAnalyse(argv: readonly string[], io: Partial<AnalyseIo> = {}): Promise<number> {
  const say = io.stderr ?? ((line: string) => console.error(line));
  let opts: AnalyseOptions;
  try {
    opts = parseAnalyseArgs(argv, io.cwd ?? process.cwd(), io.defaultDataDir ?? path.join(REPO_ROOT, 'public/data'));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`[analyse] ${err.message}`);
    say(
      '[analyse] usage: npm run analyse -- [FILE…] [--kind K] [--crs wgs84|vn2000] [--footprint model|range] [--ocid-bands FILE.json] [--params FILE.json] [--join|--replace] [--as-of DATE] [--out DIR] [--repair-mojibake] [--lang vi|en] (--help)',
    );
    return EXIT.refused;
  }
  if (opts.help) {
    say(ANALYSE_USAGE);
    return EXIT.ok;
  }
  // The parameters are checked before anything is loaded: a mistake costs no analysis.
  let params: ParamsFile | null = null;
  try {
    params = opts.paramsFile === null ? null : await readParamsFile(opts.paramsFile);
  } catch (err) {
    if (!(err instanceof ParamsFileError)) throw err;
    for (const line of err.lines) say(`[analyse] ${line}`);
    return EXIT.refused;
  }
  try {
    return await analyse(opts, params, (line) => say(`[analyse] ${line}`));
  } catch (err) {
    say(`[analyse] internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return EXIT.internal;
  }
}

async function analyse(opts: AnalyseOptions, params: ParamsFile | null, say: (line: string) => void): Promise<number> {
  const en = opts.lang === 'en';
  const t0 = performance.now();
  const data = await loadShippedData(opts.dataDir);
  const sample = { sites: data.sample.sites, issues: data.sample.siteIssues };
  const loadMs = performance.now() - t0;

  const t1 = performance.now();
  const ocidBands =
    opts.ocidBandsFile === null
      ? null
      : editBandTable(JSON.parse(await fs.promises.readFile(opts.ocidBandsFile, 'utf8')), opts.ocidBandsFile);
  const importOptions: FileImportOptions = {
    coordinates: opts.coordinates,
    footprint: opts.footprint,
    repairMojibake: opts.repairMojibake,
    ...(ocidBands ? { ocidBands } : {}),
  };
  const outcomes = await importFiles(opts.files, importOptions, () => areaCatalogueOf(data));
  const reports = outcomes.map(fileReport);
  const importMs = performance.now() - t1;
  for (const r of reports) printFileReport(r, opts.lang, OUTPUT_FILES.report).forEach(say);

  await fs.promises.mkdir(opts.outDir, { recursive: true });
  const resultsPath = path.join(opts.outDir, OUTPUT_FILES.results);
  if (reports.length > 0 && reports.every((r) => r.refused)) {
    // No figures rather than stale ones: a script must not read the results of an earlier run as this one's.
    await fs.promises.rm(resultsPath, { force: true });
    for (const f of [OUTPUT_FILES.indicators, OUTPUT_FILES.roads, OUTPUT_FILES.sharing, LINES_FILE])
      await fs.promises.rm(path.join(opts.outDir, f), { force: true });
    const times: PhaseTimes = {
      loadMs,
      importMs,
      analysisMs: 0,
      writeMs: 0,
      totalMs: performance.now() - t0,
      firstMs: null,
      analysis: null,
    };
    await writeReport(opts, data, reports, null, sample.issues, times, EXIT.refused, params);
    say(
      en
        ? `every input file was refused: nothing analysed; see ${rel(opts.outDir, OUTPUT_FILES.report)}`
        : `mọi tệp đầu vào đều bị từ chối: không phân tích gì; xem ${rel(opts.outDir, OUTPUT_FILES.report)}`,
    );
    return EXIT.refused;
  }

  const t2 = performance.now();
  const base = baseFromImports(
    outcomes,
    opts.mode,
    { sites: sample.sites, cables: data.sample.cables, speedTests: data.sample.speedTests },
    new Date().toISOString(),
  );
  // The shipped sample as it is: results.csv at once from the data build's stored analysis (stored-first.ts). Line
  // files change no base data (base.ts), so they leave it as it is.
  const imported = opts.files.some((f) => !isLineFileKind(f.kind));
  const when = { imported, params: params !== null, asOf: opts.asOf };
  const stored = await storedFirstResults(data, opts.dataDir, base, when);
  const storedCsv = stored ? resultsCsv(resultAreas(data, stored.results)) : null;
  let firstMs: number | null = null;
  if (stored && storedCsv !== null) {
    await fs.promises.writeFile(resultsPath, storedCsv);
    firstMs = performance.now() - t0;
    const file = rel(opts.outDir, OUTPUT_FILES.results);
    const s = (firstMs / 1000).toFixed(1);
    const a = stored.added;
    say(
      a === null
        ? en
          ? `first results from the stored analysis: ${file} after ${s} s; computing the rest`
          : `kết quả đầu tiên từ phân tích đã lưu: ${file} sau ${s} s; đang tính phần còn lại`
        : en
          ? `first results from the stored analysis and the ${a.tiles} tiles the ${a.sites} imported sites reach (${a.storedSitesPlaced} shipped sites placed again): ${file} after ${s} s; computing the rest`
          : `kết quả đầu tiên từ phân tích đã lưu và ${a.tiles} ô mà ${a.sites} trạm nhập vào phủ tới (đặt lại ${a.storedSitesPlaced} trạm có sẵn): ${file} sau ${s} s; đang tính phần còn lại`,
    );
  }
  const tIndex = performance.now();
  // The stored index when it fits these areas, else one built on worker threads (index-threads.ts).
  const index = await indexFor(data.input, data.index);
  const built = index === data.index ? null : { index, ms: performance.now() - tIndex };
  const { results, service, detail } = runAnalysis(
    data,
    base,
    opts.asOf,
    sample.issues,
    params?.overrides ?? {},
    built,
  );
  const analysisMs = performance.now() - t2;

  const t3 = performance.now();
  const computedCsv = resultsCsv(resultAreas(data, results));
  // Stored sums plus imported sites are added up in another order: their last digit may differ (stored-delta.ts).
  const differs = stored?.added ? !sameUpToLastDigit(storedCsv!, computedCsv) : storedCsv !== computedCsv;
  if (storedCsv !== null && differs)
    say(
      en
        ? `warning: the stored analysis differs from this computation (data built by another version?): ${OUTPUT_FILES.results} rewritten with the computed figures; run npm run data`
        : `cảnh báo: phân tích đã lưu khác kết quả vừa tính (dữ liệu dựng bằng phiên bản khác?): ${OUTPUT_FILES.results} được ghi lại bằng số liệu vừa tính; hãy chạy npm run data`,
    );
  await fs.promises.writeFile(resultsPath, computedCsv);
  await writeRoadsCsv(opts, data, service);
  await writeSharingCsv(opts, data, results, service);
  // The built-in named lines (none when the data folder has no named-lines.json), then the line files' lines, as
  // the app measures them.
  const named = await loadNamedLines(folderDataSource(opts.dataDir));
  const lineSets = [{ source: SHIPPED_LINES_SOURCE, lines: named?.lines ?? [] }, ...importedLineSets(outcomes)];
  const lineFigures = measureNamedLines(lineSets, coveredTilesOf(service));
  const fromFiles = lineFigures.filter((f) => f.source !== SHIPPED_LINES_SOURCE).length;
  await fs.promises.writeFile(path.join(opts.outDir, LINES_FILE), linesCsv(lineFigures));
  const indicatorsPath = path.join(opts.outDir, OUTPUT_FILES.indicators);
  if (base.indicators.length > 0) {
    const names = areaNames(data);
    await fs.promises.writeFile(
      indicatorsPath,
      indicatorsCsv(service.indicators(base.indicators), (key) => names.get(key) ?? ''),
    );
  } else await fs.promises.rm(indicatorsPath, { force: true });
  const writeMs = performance.now() - t3;
  const times: PhaseTimes = {
    loadMs,
    importMs,
    analysisMs,
    writeMs,
    totalMs: performance.now() - t0,
    firstMs,
    analysis: detail,
  };
  await writeReport(opts, data, reports, base, sample.issues, times, EXIT.ok, params);

  // The shipped sites are checked as the app checks them; the JSON lists every problem, here the first few.
  for (const i of sample.issues.slice(0, 5)) say(`${i.severity}: ${issueText(i, opts.lang)}`);
  if (sample.issues.length > 5)
    say(
      en
        ? `… and ${sample.issues.length - 5} more in ${OUTPUT_FILES.report}`
        : `… và ${sample.issues.length - 5} thông báo nữa trong ${OUTPUT_FILES.report}`,
    );
  const p = base.provenance;
  say(
    en
      ? `${base.sites.length} sites (${p.sites}), cables ${p.cables}${p.coverageImported ? ', imported coverage polygons' : ''}${opts.asOf ? `, as of ${opts.asOf}` : ''}: wrote ${rel(opts.outDir, OUTPUT_FILES.results)}, ${OUTPUT_FILES.roads}, ${OUTPUT_FILES.sharing}, ${LINES_FILE} (${lineFigures.length} named lines${fromFiles > 0 ? `, ${fromFiles} from line files` : ''}) and ${OUTPUT_FILES.report}${base.indicators.length > 0 ? ` and ${OUTPUT_FILES.indicators}` : ''}`
      : `${base.sites.length} trạm (${VI_PROVENANCE[p.sites]}), cáp ${VI_PROVENANCE[p.cables]}${p.coverageImported ? ', vùng phủ nhập vào' : ''}${opts.asOf ? `, tính đến ${opts.asOf}` : ''}: đã ghi ${rel(opts.outDir, OUTPUT_FILES.results)}, ${OUTPUT_FILES.roads}, ${OUTPUT_FILES.sharing}, ${LINES_FILE} (${lineFigures.length} tuyến có tên${fromFiles > 0 ? `, ${fromFiles} từ tệp tuyến` : ''}) và ${OUTPUT_FILES.report}${base.indicators.length > 0 ? ` và ${OUTPUT_FILES.indicators}` : ''}`,
  );
  say(timeLine(times, opts.lang));
  return EXIT.ok;
}

/** The data's provenance (`sample`, `imported`, `mixed`) as the Vietnamese summary line names it. */
const VI_PROVENANCE = { sample: 'dữ liệu mẫu', imported: 'dữ liệu nhập', mixed: 'mẫu và dữ liệu nhập' } as const;

/** A written file as the user would type it: relative to the working directory when inside it. */
const rel = (dir: string, file: string) => {
  const r = path.relative(process.cwd(), path.join(dir, file));
  return r.startsWith('..') || path.isAbsolute(r) ? path.join(dir, file) : r;
};
