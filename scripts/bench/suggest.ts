/**
 * "Suggest sites" on the real data: `tsx scripts/bench/suggest.ts [--sites N] [--k K] [--objective area|population]`.
 * Builds the engine with the sample sites (public/data's, ≈12,500, or N generated), then suggests K (default 10)
 * 5G sites for Viettel and for MobiFone (the operator with the least 5G) over the priority zones each fails.
 * Prints one JSON line per operator; exits 1 when the engine is not left as it was.
 */
import path from 'node:path';
import { loadRealInputs } from './load-real.js';
import { loadSampleInput } from '../sample/load-input.js';
import { generateSample } from '../sample/generate.js';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import { suggestSites, type SuggestObjective } from '../../src/analysis/suggest.js';
import type { Operator } from '../../src/domain/telecom.js';
import { parseOptions, REPO_ROOT } from '../pipeline/options.js';

const argv = process.argv.slice(2);
const arg = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const n = arg('--sites') === undefined ? null : Number(arg('--sites'));
const k = Number(arg('--k') ?? 10);
const objective = (arg('--objective') ?? 'area') as SuggestObjective;
const opts = parseOptions([]);

const inputs = await loadRealInputs(path.join(REPO_ROOT, 'public/data'));
const sites =
  n === null ? inputs.sites : generateSample(loadSampleInput(opts.dataDir), { seed: opts.seed, sites: n }).sites;
const engine = new CoverageEngine(inputs.areas, inputs.population);
engine.setSites(sites);

const PASS = 100 - 0.01;
let failed = false;
for (const operator of ['viettel', 'mobifone'] as Operator[]) {
  const before = engine.results('zone');
  const passing = (rs: typeof before) => rs.filter((r) => r.coverage['5G'][operator].percent >= PASS).length;
  const run = suggestSites(engine, { operator, k, objective, takenIds: sites.map((s) => s.id) });
  const after = engine.results('zone');
  const unchanged = JSON.stringify(after) === JSON.stringify(before);
  for (const p of run.proposals) engine.upsertSite(p.site);
  const built = engine.results('zone');
  for (const p of run.proposals) engine.removeSite(p.site.id);
  failed ||= !unchanged;
  console.log(
    JSON.stringify({
      operator,
      k,
      objective,
      sites: sites.length,
      ms: Math.round(run.ms),
      evaluated: run.evaluated,
      bounded: run.bounded,
      candidates: run.candidates,
      spacingM: run.spacingM,
      zones: run.zones,
      proposals: run.proposals.length,
      stop: run.stop,
      boundMisses: run.boundMisses,
      gainKm2: run.proposals.reduce((s, p) => s + p.gainKm2, 0),
      gainPeople: Math.round(run.proposals.reduce((s, p) => s + p.gainPeople, 0)),
      zonesPassingBefore: passing(before),
      zonesPassingAfter: passing(built),
      engineUnchanged: unchanged,
    }),
  );
}
if (failed) {
  console.error('suggest bench: the engine was not left as it was');
  process.exit(1);
}
