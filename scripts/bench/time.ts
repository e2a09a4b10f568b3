/**
 * The time slider's step: `tsx scripts/bench/time.ts`. On the app's data (the sample's 12,500 sites), steps one
 * quarter at a time from 2023 Q1 to 2026 Q4 through `CoverageService.setAsOf` (incremental, batched) and
 * prints one JSON line: each step's time and how many sites it changed, the median and the maximum.
 */
import path from 'node:path';
import { analyseDataFolder } from '../public/analyse-data.js';
import { REPO_ROOT } from '../pipeline/options.js';

const d = await analyseDataFolder(path.join(REPO_ROOT, 'public/data'));
d.service.setAsOf('2022-12-31');
const steps: { date: string; ms: number; sitesChanged: number }[] = [];
for (let y = 2023; y <= 2026; y++)
  for (const q of ['03-31', '06-30', '09-30', '12-31']) {
    const date = `${y}-${q}`;
    const t = performance.now();
    const r = d.service.setAsOf(date);
    steps.push({ date, ms: Math.round(performance.now() - t), sitesChanged: r.timings.sitesChanged ?? 0 });
  }
const ms = steps.map((s) => s.ms).sort((a, b) => a - b);
console.log(JSON.stringify({ sites: d.service.sites.length, steps, medianMs: ms[Math.floor(ms.length / 2)], maxMs: ms[ms.length - 1] }));
