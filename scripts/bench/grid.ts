/**
 * The H3 grid levels in the engine: `tsx scripts/bench/grid.ts --sites N`. Adds resolution 8, then 9, to an
 * engine with N sample sites, then moves sites one at a time with both grids in place. Prints one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { loadRealInputs } from './load-real.js';
import { loadSampleInput } from '../sample/load-input.js';
import { generateSample } from '../sample/generate.js';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import { readFgb } from '../../src/data/fgb-read.js';
import { parseOptions, REPO_ROOT } from '../pipeline/options.js';

const argv = process.argv.slice(2);
const n = Number(argv[argv.indexOf('--sites') + 1]);
const opts = parseOptions([]);
const dataDir = path.join(REPO_ROOT, 'public/data');
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const inputs = await loadRealInputs(dataDir);
const sites = generateSample(loadSampleInput(opts.dataDir), { seed: opts.seed, sites: n }).sites;
const engine = new CoverageEngine(inputs.areas, inputs.population);
engine.setSites(sites);
const moveTimes = () => {
  const out: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s = sites[(i * 7919) % sites.length]!;
    out.push(time(() => engine.upsertSite({ ...s, lng: s.lng + 0.002, lat: s.lat - 0.001 })));
    engine.upsertSite(s);
  }
  return out.sort((a, b) => a - b);
};
const before = moveTimes();
const row: Record<string, number> = { sites: n, moveMedianMs: before[30]!, moveP95Ms: before[56]! };
for (const level of ['h3r8', 'h3r9'] as const) {
  const fc = await readFgb(new Uint8Array(fs.readFileSync(path.join(dataDir, `grid-${level}.fgb`))), {
    name: `grid-${level}.fgb`,
  });
  const cells = fc.features.map((f) => ({ id: String(f.properties!.code), level, geometry: f.geometry as Polygon }));
  row[`${level}Cells`] = cells.length;
  row[`${level}AddMs`] = time(() => engine.addGridLevel(cells));
}
const after = moveTimes();
row.gridMoveMedianMs = after[30]!;
row.gridMoveP95Ms = after[56]!;
row.fullWithGridsMs = time(() => engine.setSites(sites));
const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
row.peakRssMb = m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1e6;
console.log(JSON.stringify(row));
