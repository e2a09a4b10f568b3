/**
 * The 1,000,000-row site CSV benchmark (issue #13's target: under 15 s and 600 MB peak in Node):
 * `tsx scripts/bench/import-sites.ts [rows]`. Makes a synthetic project CSV of `rows` sites (default 1,000,000;
 * `createBenchCsv` in `test/support/site-csv.ts`: fixed seed, a twentieth of the rows in VN-2000 metres)
 * and streams it through `createSiteImporter` in 64 KiB chunks, as the Web Worker does. The text is generated
 * chunk by chunk while it is imported, so the figures count the importer, not a 100 MB string held aside.
 *
 * Prints one JSON line: rows, accepted, import ms (parsing and validation; making the text is excluded), rows/s,
 * peak resident memory (MB: the process's high-water mark `VmHWM` from `/proc/self/status`, else the largest
 * `process.memoryUsage().rss` sampled after each chunk) and the heap used at the end (MB).
 */
import { BENCH_CHUNK_CHARS, createBenchCsvChunks } from '../../test/support/site-csv.js';
import { createSiteImporter } from '../../src/data/import/import-sites.js';
import { vmHwmMb } from './measure.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const MB = 1024 * 1024;

// The file's VN-2000 rows are converted, as after the user answered the import's question (`auto` would hold them).
const importer = createSiteImporter({ source: 'bench.csv', coordinates: 'vn2000' });
let importMs = 0;
let sampledPeak = 0;
for (const chunk of createBenchCsvChunks(ROWS, BENCH_CHUNK_CHARS)) {
  const t = performance.now();
  importer.push(chunk);
  importMs += performance.now() - t;
  sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
}
const t = performance.now();
const { report } = importer.end();
importMs += performance.now() - t;
sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());

console.log(
  JSON.stringify({
    rows: report.rows,
    accepted: report.accepted,
    rejectedRows: report.rejectedRows,
    importMs: Math.round(importMs),
    rowsPerS: Math.round(report.rows / (importMs / 1000)),
    peakRssMb: Math.round(vmHwmMb() ?? sampledPeak / MB),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / MB),
  }),
);
