/**
 * Speed tests at scale: `tsx scripts/bench/import-speeds.ts [rows]`. Makes 1,000,000 (or `rows`) synthetic
 * individual tests in Hà Nội's extent as a measurement app's CSV (kbit/s columns, ISO times with zone, brand
 * names, LTE/NR; a fixed-seed generator), streams them through `createSpeedImporter` in 64 KiB chunks, then
 * computes the per-area averages the app shows (`TargetsCache.speeds`, the service's own path: every test located
 * in the real area index of `public/data` — 2025 units, 2019 districts and wards, zones — then weighted means).
 * Prints one JSON line: rows, kept, import ms (parsing and validation only; making the text is not counted),
 * aggregation ms, areas with a figure, and peak RSS (MB). Run `npm run data` first.
 */
import path from 'node:path';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import { TargetsCache } from '../../src/analysis/results-cache.js';
import { createSpeedImporter } from '../../src/data/import/speed-import.js';
import { REPO_ROOT } from '../pipeline/options.js';
import { loadRealInputs } from './load-real.js';
import { mulberry32 } from './measure.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);
/** Hà Nội's extent, degrees (the city boundary's bounding box, rounded out). */
const WEST = 105.28,
  EAST = 106.02,
  SOUTH = 20.56,
  NORTH = 21.39;
const CHUNK_CHARS = 64 * 1024;
const OPERATORS = ['Viettel', 'VinaPhone', 'MobiFone', 'Vietnamobile'];

const rand = mulberry32(13);
const start = Date.parse('2025-01-01T00:00:00+07:00');
function row(): string {
  const nr = rand() < 0.3;
  const down = Math.round((nr ? 80_000 : 15_000) + rand() * (nr ? 300_000 : 60_000));
  const time = new Date(start + Math.floor(rand() * 365 * 86_400_000)).toISOString();
  return `${time},${(SOUTH + rand() * (NORTH - SOUTH)).toFixed(6)},${(WEST + rand() * (EAST - WEST)).toFixed(6)},${down},${Math.round(down / 4)},${10 + Math.round(rand() * 40)},${OPERATORS[Math.floor(rand() * 4)]},${nr ? 'NR NSA' : 'LTE'}\n`;
}

const importer = createSpeedImporter({ source: 'bench-speeds.csv' });
let importMs = 0;
let text = 'time,lat,lon,download_kbps,upload_kbps,latency_ms,operator,network_type\n';
for (let i = 0; i < ROWS; i++) {
  text += row();
  if (text.length >= CHUNK_CHARS || i === ROWS - 1) {
    const t = performance.now();
    importer.push(text);
    importMs += performance.now() - t;
    text = '';
  }
}
let t = performance.now();
const { tests, report } = importer.end();
importMs += performance.now() - t;

const inputs = await loadRealInputs(path.join(REPO_ROOT, 'public/data'));
t = performance.now();
const engine = new CoverageEngine(inputs.areas, inputs.population);
const indexMs = performance.now() - t;
t = performance.now();
const speeds = new TargetsCache(engine).speeds(tests);
const aggregationMs = performance.now() - t;
const shown = Object.values(speeds).filter((s) => s['4G'].meanMbps !== null || s['5G'].meanMbps !== null).length;

console.log(
  JSON.stringify({
    rows: report.rows,
    kept: report.kept,
    rejected: report.rejectedRows,
    importMs: Math.round(importMs),
    areaIndexMs: Math.round(indexMs),
    aggregationMs: Math.round(aggregationMs),
    areas: Object.keys(speeds).length,
    areasWithFigure: shown,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
