/**
 * The engine sizes of `npm run bench`: each size in its own process (`engine-size.ts`) so that its peak memory is
 * its own, then the 2-thread run and the baselines (the naive approach, PostGIS with the engine's cold start on
 * the stored area index beside it) in processes of their own. Prints the table.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../pipeline/options.js';

const SIZES = (process.env.BENCH_SIZES ?? '2000,8000,20000,100000').split(',').map(Number);
const NAIVE_MAX = Number(process.env.BENCH_NAIVE_MAX ?? 8000);
const PARALLEL_MAX = Number(process.env.BENCH_PARALLEL_MAX ?? 20000);

type Row = Record<string, number | null>;
/** V8 heap cap of the engine-only run, MB: 100,000 sites at both levels need ~1.5 GB (768 ran out, 1,536 thrashed). */
const HEAP_CAP_MB = 3072;

function run(n: number, flags: string[], capped: boolean): Row {
  const out = execFileSync(
    'npx',
    ['tsx', path.join(REPO_ROOT, 'scripts/bench/engine-size.ts'), '--sites', String(n), ...flags],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: capped
        ? {
            ...process.env,
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_CAP_MB}`.trim(),
          }
        : process.env,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Row;
}

/** Runs every size and prints the table, then the engine's start beside PostGIS. */
export function benchEngineSizes(): void {
  const rows: Row[] = [];
  for (const n of SIZES) {
    process.stdout.write(`bench: ${n} sites… `);
    // Engine alone (peak memory is the engine's), then the 2-thread run and the baselines in processes of their own.
    const row = run(n, [], true);
    if (n <= PARALLEL_MAX) {
      const p = run(n, ['--parallel'], false);
      row.parallelMs = p.parallelMs ?? null;
      row.parallelMaxDiffPp = p.parallelMaxDiffPp ?? null;
    }
    // Beside PostGIS the engine starts on the stored area index, as the app does: its cold start is that process's.
    const baselines = [...(n <= NAIVE_MAX ? ['--naive'] : []), ...(n === 8000 ? ['--postgis', '--stored'] : [])];
    if (baselines.length > 0) {
      const b = run(n, baselines, false);
      row.naiveMs = b.naiveMs ?? null;
      row.postgisMs = b.postgisMs ?? null;
      row.baselineEngineMs = b.fullMs ?? null;
      if (n === 8000) [row.storedIndexMs, row.storedColdMs] = [b.indexMs ?? null, b.fullColdMs ?? null];
    }
    rows.push(row);
    console.log('done');
  }

  const f = (v: number | null | undefined, d = 0) => (v === null || v === undefined ? '—' : v.toFixed(d));
  console.log(
    '\nCoverage engine, all levels (126 units, 30 districts, 584 wards, 146 zones, city), 4 operators + any, 4G and 5G',
  );
  console.log(
    'sites   5G sites  index ms  full ms (cold)  full ms  2 threads ms  per 1k sites  move median/p95/max ms  naive ms  naive/engine  PostGIS ms  PostGIS/engine  peak RSS MB',
  );
  for (const r of rows) {
    const full = r.fullMs!;
    console.log(
      [
        f(r.sites).padStart(6),
        f(r.sites5g).padStart(9),
        f(r.indexMs).padStart(9),
        f(r.fullColdMs).padStart(15),
        f(full).padStart(8),
        f(r.parallelMs).padStart(13),
        f((full / r.sites!) * 1000, 1).padStart(13),
        `${f(r.moveMedianMs, 1)}/${f(r.moveP95Ms, 1)}/${f(r.moveMaxMs, 1)}`.padStart(23),
        f(r.naiveMs).padStart(9),
        (r.naiveMs ? `${(r.naiveMs / (r.baselineEngineMs ?? full)).toFixed(1)}×` : '—').padStart(13),
        f(r.postgisMs).padStart(11),
        (r.postgisMs
          ? `${(r.postgisMs / (r.baselineEngineMs ?? full)).toFixed(1)}× / ${r.parallelMs ? `${(r.postgisMs / r.parallelMs).toFixed(1)}×` : '—'}`
          : '—'
        ).padStart(15),
        f(r.peakRssMb).padStart(12),
      ].join(' '),
    );
  }
  console.log(
    `(engine-only runs with the V8 heap capped at ${HEAP_CAP_MB} MB; ratios: baseline time ÷ engine time, the engine timed again in the\n baselines' own process; PostGIS column: ÷ one thread / ÷ two threads. 2 threads differ from one by at most\n  ${Math.max(...rows.map((r) => r.parallelMaxDiffPp ?? 0)).toExponential(1)} pp on the 2025 units' 5G percent.)`,
  );
  console.log('\nCity coverage at each size (area %, 4G any / 5G any; 5G population %):');
  for (const r of rows)
    console.log(`  ${r.sites}: ${f(r.city4gAnyPct, 2)} / ${f(r.city5gAnyPct, 2)}; ${f(r.city5gAnyPopPct, 2)}`);
  const pg = rows.find((r) => r.postgisMs && r.storedColdMs);
  if (pg) {
    const cold = pg.storedIndexMs! + pg.storedColdMs!;
    console.log(
      `\nEngine beside PostGIS at ${f(pg.sites)} sites, both coverage levels, one process (PostGIS: ${f(pg.postgisMs)} ms of computing, its loading not counted):`,
    );
    console.log(
      `  cold start on the stored area index ${f(cold)} ms (index read ${f(pg.storedIndexMs)} + first full ${f(pg.storedColdMs)}) = ${(cold / pg.postgisMs!).toFixed(2)}× PostGIS (goal ≤ 0.5×); warm full ${f(pg.baselineEngineMs)} ms = ${(pg.baselineEngineMs! / pg.postgisMs!).toFixed(2)}× (goal ≤ 0.25×)`,
    );
  }
}
