/**
 * The time slider's step: `tsx scripts/bench/time.ts`. On the app's data, steps one quarter at a time from
 * 2023 Q1 to 2026 Q4 through `CoverageService.setAsOf` (incremental, batched), then back again, and prints one
 * JSON line per size: each forward step's time and how many sites it changed, the median, the 95th percentile
 * and the maximum (ms), how the steps split between the engine (`engineMs`: the date filter, the diff and
 * `applyBatch`) and building the results (`collectMs`), the times of the steps back (`back`), the steps after
 * the app's warm-up (`warmed`: on a fresh service, the slider moved to 2026 Q2, the 16 nearest quarters
 * prepared as the worker does in idle time, then every one of them stepped through from 2026 Q3 back to 2022
 * Q4; with the warm-up's own time), and the annual report's time (`reportMs`, 2026, layout 2025).
 *
 * Sizes (`size`, `sites` on air at the end of 2026): `all` of the sample's sites (12,500; printed last, the
 * line `scripts/bench.ts` reads), and `subset`, the issue's 8,000 ("figures updated under 100 ms"): the 8,000
 * site rows whose id has the smallest FNV-1a 32-bit hash (in the file's order), a deterministic subset spread
 * over the whole city, every operator and every on-air date, in a second service built the way
 * `analyseDataFolder` builds the first.
 */
import path from 'node:path';
import { analyseDataFolder } from '../public/analyse-data.js';
import { REPO_ROOT } from '../pipeline/options.js';
import { CoverageService } from '../../src/analysis/coverage-service.js';
import { nearestQuarters } from '../../src/domain/quarters.js';
import { serviceReport } from '../../src/analysis/service-report.js';
import { folderDataSource } from '../analyse/shipped-data.js';
import { loadStoredDate } from '../../src/data/load-stored.js';

/** Sites of the target size. */
const SUBSET_SITES = 8_000;

/** FNV-1a, 32 bits (Fowler, Noll, Vo): a stable hash of a site id. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

type Step = { date: string; ms: number; engineMs: number; collectMs: number; sitesChanged: number };

/** One step of the slider to `date`, timed. */
function step(service: CoverageService, date: string): Step {
  const t = performance.now();
  const r = service.setAsOf(date);
  const ms = performance.now() - t;
  const engineMs = r.timings.engineMs ?? Number.NaN;
  return {
    date,
    ms: Math.round(ms),
    engineMs: Math.round(engineMs),
    collectMs: Math.round(ms - engineMs),
    sitesChanged: r.timings.sitesChanged ?? 0,
  };
}

/** Median, 95th percentile (nearest rank) and maximum of the steps' times, ms. */
function stats(steps: readonly Step[]) {
  const ms = steps.map((s) => s.ms).sort((a, b) => a - b);
  return {
    medianMs: ms[Math.floor(ms.length / 2)]!,
    p95Ms: ms[Math.min(ms.length - 1, Math.ceil(0.95 * ms.length) - 1)]!,
    maxMs: ms[ms.length - 1]!,
  };
}

/**
 * Forward from 2022 Q4 to 2026 Q4 (each date met for the first time), then back to 2023 Q1 (`back`: dates met
 * before, as when the slider is dragged back or two dates are compared).
 */
function bench(service: CoverageService) {
  service.setAsOf('2022-12-31');
  const dates: string[] = [];
  for (let y = 2023; y <= 2026; y++) for (const q of ['03-31', '06-30', '09-30', '12-31']) dates.push(`${y}-${q}`);
  const steps = dates.map((date) => step(service, date));
  const sites = service.sites.length;
  const back = dates
    .slice(0, -1)
    .reverse()
    .map((date) => step(service, date));
  return { sites, steps, ...stats(steps), back: { steps: back.map((s) => s.ms), ...stats(back) } };
}

/** The app's warm-up on a fresh service: the first step, the warm-up of the 16 nearest quarters, then steps through them. */
function warmed(service: CoverageService) {
  const first = step(service, '2026-06-30');
  const dates = nearestQuarters('2026-06-30', '2026-09-30', 16);
  const t = performance.now();
  for (const _ of service.warmDates(dates)) void _;
  const warmUpMs = Math.round(performance.now() - t);
  const steps = [...dates]
    .sort()
    .reverse()
    .map((date) => step(service, date));
  return { firstMs: first.ms, warmUpMs, steps: steps.map((x) => x.ms), ...stats(steps) };
}

/** The annual report's time (two dates analysed, figures), ms. */
function reportMs(service: CoverageService): number {
  const t = performance.now();
  serviceReport(service, 2026, '2025');
  return Math.round(performance.now() - t);
}

/**
 * The slider on the stored path, as the app's worker takes it for the shipped data (#15): each quarter's first
 * visit reads the data build's stored figures of that date (one file, `loadMs`) and answers from them
 * (`setAsOf`, `answerMs`); `ms` is both. On a fresh service, so that no date was met before.
 */
async function storedPath(dir: string) {
  const fresh = await analyseDataFolder(dir);
  const source = folderDataSource(dir);
  const stored = fresh.service.storedDates!;
  const steps: { date: string; ms: number; loadMs: number; answerMs: number; fromStored: boolean }[] = [];
  for (let y = 2023; y <= 2026; y++)
    for (const q of ['03-31', '06-30', '09-30', '12-31']) {
      const date = `${y}-${q}`;
      const t0 = performance.now();
      const snap = await loadStoredDate(source, fresh.manifest, date);
      if (snap) stored.add(snap);
      const t1 = performance.now();
      const r = fresh.service.setAsOf(date);
      const t2 = performance.now();
      steps.push({
        date,
        ms: Math.round(t2 - t0),
        loadMs: Math.round(t1 - t0),
        answerMs: Math.round(t2 - t1),
        fromStored: r.timings.stored === 1,
      });
    }
  const ms = steps.map((x) => x.ms).sort((a, b) => a - b);
  return {
    sites: fresh.service.sites.length,
    steps,
    medianMs: ms[Math.floor(ms.length / 2)]!,
    p95Ms: ms[Math.min(ms.length - 1, Math.ceil(0.95 * ms.length) - 1)]!,
    maxMs: ms[ms.length - 1]!,
  };
}

const d = await analyseDataFolder(path.join(REPO_ROOT, 'public/data'));

const rows = d.loaded.input.siteRows;
const kept = new Set(
  rows
    .map((r) => ({ r, h: fnv1a(String(r.id)) }))
    .sort((a, b) => a.h - b.h || String(a.r.id).localeCompare(String(b.r.id)))
    .slice(0, SUBSET_SITES)
    .map((x) => x.r),
);
const subset = rows.filter((r) => kept.has(r));
/** A service on the same data with the given site rows. */
function serviceWith(siteRows: Record<string, unknown>[], siteSource: string): CoverageService {
  const svc = new CoverageService();
  // The layers of the first service, the environment grid included; the site rows are checked anew (all of them,
  // or the subset).
  const { checkedSites: _checked, ...layers } = d.loaded.input;
  svc.init({ ...layers, siteRows, siteSource });
  return svc;
}
const small = serviceWith(subset, 'sites.fgb (8,000 by id hash)');
const smallReport = reportMs(small);
const smallRun = bench(small);
const smallWarm = warmed(serviceWith(subset, 'sites.fgb (8,000 by id hash)'));
console.log(JSON.stringify({ size: 'subset', ...smallRun, warmed: smallWarm, reportMs: smallReport }));
console.log(JSON.stringify({ size: 'stored', ...(await storedPath(path.join(REPO_ROOT, 'public/data'))) }));
const allReport = reportMs(d.service);
const allRun = bench(d.service);
const allWarm = warmed(serviceWith(rows, 'sites.fgb'));
// The full data last: `scripts/bench.ts` reads the last line.
console.log(JSON.stringify({ size: 'all', ...allRun, warmed: allWarm, reportMs: allReport }));
