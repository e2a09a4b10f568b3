/**
 * Checks the coverage engine against PostGIS on the real data: `tsx scripts/check-postgis.ts [--sites N]
 * [--strategy per-area|global-union] [--db NAME] [--psql CMD]`. Builds the engine on every level and the first N
 * sample sites (all of `public/data/sites.fgb` by default), computes the same coverage in PostGIS from the
 * engine's exported plane polygons, and compares percent covered per area, technology and operator set.
 * Prints per level the count, the largest and mean difference (percentage points) and the 5 worst cases, and
 * both compute times. Exits 1 when a difference exceeds 0.1 pp; exits 0 with a note when PostGIS is missing.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CoverageEngine } from '../src/analysis/engine/engine.js';
import type { EngineLevel } from '../src/analysis/engine/types.js';
import { loadRealInputs } from './bench/load-real.js';
import { compareWithPostgis, postgisCoverage, type PostgisOptions, type PostgisStrategy } from './bench/postgis.js';

/** Largest tolerated difference in percent covered, percentage points. */
const MAX_DIFF_PP = 0.1;
const LEVELS: Exclude<EngineLevel, 'city'>[] = ['unit2025', 'district2019', 'ward2019', 'zone'];
const STRATEGIES: readonly PostgisStrategy[] = ['per-area', 'global-union'];

function flag(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function parseArgs(): { sites: number | null; pg: Partial<PostgisOptions> } {
  const problems: string[] = [];
  const n = flag('sites');
  const sites = n === null ? null : Number(n);
  if (sites !== null && !(Number.isInteger(sites) && sites > 0))
    problems.push(`--sites ${n}: expected a positive integer`);
  const strategy = flag('strategy');
  if (strategy !== null && !STRATEGIES.includes(strategy as PostgisStrategy))
    problems.push(`--strategy ${strategy}: expected ${STRATEGIES.join(' or ')}`);
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    process.exit(2);
  }
  const pg: Partial<PostgisOptions> = {};
  if (strategy !== null) pg.strategy = strategy as PostgisStrategy;
  const db = flag('db');
  if (db !== null) pg.db = db;
  const psql = flag('psql');
  if (psql !== null) pg.psql = psql;
  return { sites, pg };
}

const fmt = (x: number, d = 4) => x.toFixed(d);

async function main(): Promise<void> {
  const args = parseArgs();
  const input = await loadRealInputs(path.resolve('public/data'));
  const sites = args.sites === null ? input.sites : input.sites.slice(0, args.sites);
  let t = performance.now();
  const engine = new CoverageEngine(input.areas, input.population);
  const indexMs = performance.now() - t;
  t = performance.now();
  engine.setSites(sites);
  const engineMs = performance.now() - t;
  const exp = engine.exportGeometry();
  console.log(
    `${sites.length} sites, ${exp.footprints.length} footprints, ${exp.areas.length} areas; engine index ${fmt(indexMs, 0)} ms, setSites ${fmt(engineMs, 0)} ms`,
  );

  t = performance.now();
  const run = await postgisCoverage(exp, args.pg);
  const wallMs = performance.now() - t;
  if (run === null) return;

  const results = LEVELS.flatMap((l) => engine.results(l));
  const levels = compareWithPostgis(results, run);
  let failed = 0;
  for (const l of levels) {
    console.log(`\n${l.level}: ${l.count} comparisons, max ${fmt(l.maxPp, 6)} pp, mean ${fmt(l.meanPp, 6)} pp`);
    for (const w of l.worst)
      console.log(
        `  ${w.id} ${w.coverage} ${w.tech} ${w.op}: engine ${fmt(w.engine)} %, PostGIS ${fmt(w.postgis)} %, diff ${fmt(w.diffPp, 6)} pp (${fmt(w.diffM2, 1)} m²)`,
      );
    if (l.maxPp > MAX_DIFF_PP) failed++;
  }
  console.log(
    `\nPostGIS (${run.strategy}): load ${fmt(run.loadMs, 0)} ms, compute ${fmt(run.computeMs, 0)} ms (wall ${fmt(wallMs, 0)} ms incl. psql and output)`,
  );
  console.log(
    `Engine setSites ${fmt(engineMs, 0)} ms vs PostGIS compute ${fmt(run.computeMs, 0)} ms: PostGIS/engine = ${fmt(run.computeMs / engineMs, 2)}`,
  );
  if (failed > 0) {
    console.error(`\n${failed} level(s) differ by more than ${MAX_DIFF_PP} pp`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
