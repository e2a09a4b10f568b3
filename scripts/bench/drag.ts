/**
 * Dragging a candidate site, as the app's worker does it: `tsx scripts/bench/drag.ts`. The app's `CoverageService`
 * on the shipped data (12,500 sample sites, both coverage levels); a Viettel n78 candidate placed in Hoàn Kiếm, then
 * dragged 40 steps of about 140 m east and 40 m south, three times from three starting points. Each drag is run
 * twice: opened on mousedown and then as drag steps (`applyPlan(..., 'plan-1')`: previews on the other sites' kept unions, see drag-preview.ts) and
 * settled on release, and as plain edits (every step rebuilt in rank order, the app before drags were previews).
 * The plain run goes first on the same route, so neither finds the other's union states. Prints one JSON line: median, p95 and max of a step for each, and the release (settle) times.
 */
import path from 'node:path';
import { CoverageService } from '../../src/analysis/coverage-service.js';
import { DEFAULT_DRAFT, siteFromDraft } from '../../src/state/plan.js';
import { loadShippedData } from '../analyse/shipped-data.js';
import { REPO_ROOT } from '../pipeline/options.js';

const data = await loadShippedData(path.join(REPO_ROOT, 'public/data'));
const service = new CoverageService();
service.init(data.input);
const site = (lng: number, lat: number) => siteFromDraft('plan-1', lng, lat, DEFAULT_DRAFT);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
const timed = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

function drags(asDrag: boolean, route = 0): { steps: number[]; releases: number[] } {
  const steps: number[] = [];
  const releases: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const [lng0, lat0] = [105.8523 + rep * 0.01, 21.0285 - rep * 0.004 + route * 0.02];
    service.applyPlan([site(lng0, lat0)], []);
    if (asDrag) service.applyPlan([], [], 'plan-1');
    for (let i = 1; i <= 40; i++) {
      const s = site(lng0 + i * 0.00135, lat0 - i * 0.00036);
      steps.push(timed(() => service.applyPlan([s], [], asDrag ? 'plan-1' : null)));
    }
    if (asDrag) releases.push(timed(() => service.applyPlan([], [])));
    service.applyPlan([], ['plan-1']);
  }
  return { steps, releases };
}

// A first pass, elsewhere, warms the JIT. The plain edits go first: a drag reads no union state they leave.
drags(true, 1);
const plain = drags(false);
const drag = drags(true);
const out = {
  sites: data.input.siteRows.length,
  steps: drag.steps.length,
  plainMedianMs: quantile(plain.steps, 0.5),
  plainP95Ms: quantile(plain.steps, 0.95),
  plainMaxMs: quantile(plain.steps, 1),
  dragMedianMs: quantile(drag.steps, 0.5),
  dragP95Ms: quantile(drag.steps, 0.95),
  dragMaxMs: quantile(drag.steps, 1),
  releaseMaxMs: quantile(drag.releases, 1),
};
console.log(JSON.stringify(out));
