/**
 * Shared infrastructure on the sample: `tsx scripts/bench/sharing.ts [--sites N]`. Reads the sample sites of
 * public/data (≈12,500; `npm run data` first) or generates N, builds the engine's area index (for `locate`), then
 * times tower detection and the per-area counts (median of 5 runs each) and prints one JSON line with the times
 * (ms), the towers found and the city's figures.
 */
import path from 'node:path';
import { loadRealInputs } from './load-real.js';
import { loadSampleInput } from '../sample/load-input.js';
import { generateSample } from '../sample/generate.js';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import {
  detectTowers,
  operatorsPerTower,
  sharedSitesPercent,
  sharingByArea,
  type SharingTable,
  type Tower,
} from '../../src/analysis/sharing.js';
import { parseOptions, REPO_ROOT } from '../pipeline/options.js';

const RUNS = 5;
const argv = process.argv.slice(2);
const n = argv.includes('--sites') ? Number(argv[argv.indexOf('--sites') + 1]) : null;
const opts = parseOptions([]);

const inputs = await loadRealInputs(path.join(REPO_ROOT, 'public/data'));
const sites =
  n === null ? inputs.sites : generateSample(loadSampleInput(opts.dataDir), { seed: opts.seed, sites: n }).sites;
const t0 = performance.now();
const engine = new CoverageEngine(inputs.areas, inputs.population);
const indexMs = performance.now() - t0;

/** The median time of `RUNS` calls, ms, and the last call's value. */
function timed<T>(f: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, value };
}

const towers = timed((): Tower[] => detectTowers(sites));
const table = timed((): SharingTable => sharingByArea(towers.value, engine));
const city = table.value.city;
const round = (v: number | null, d: number) => (v === null ? null : Number(v.toFixed(d)));
console.log(
  JSON.stringify({
    sites: sites.length,
    indexMs: Math.round(indexMs),
    detectMs: round(towers.ms, 1),
    perAreaMs: round(table.ms, 1),
    towers: towers.value.length,
    sharedTowers: city.sharedTowers,
    byTowerId: towers.value.filter((t) => t.by === 'tower-id').length,
    largestTower: Math.max(0, ...towers.value.map((t) => t.siteIds.length)),
    sharedSitesPct: round(sharedSitesPercent(city), 2),
    operatorsPerTower: round(operatorsPerTower(city), 3),
    areas: Object.keys(table.value.areas).length,
  }),
);
