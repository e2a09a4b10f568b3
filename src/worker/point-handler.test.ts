import { describe, expect, it } from 'vitest';
import type { LngLat } from '../domain/geo.js';
import type { Site } from '../domain/telecom.js';
import { CoverageEngine } from '../analysis/engine/engine.js';
import { pointHandler, type PointService } from './point-handler.js';
import { createSite, createSquare, offset } from '../../test/fixtures/analysis.js';

const C: LngLat = [105.85, 21.0];

/** A service over an engine of one 10 km square area, with `base` placed and `plan` on top. */
function createService(base: Site[], plan: Site[] = []) {
  const engine = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 10_000) }], []);
  engine.setSites([...base, ...plan]);
  const service: PointService & { sites: readonly Site[] } = { sites: base, requireEngine: () => engine };
  return { service, engine };
}

const layers = async () => ({ coverage: [], speedTests: [] });

describe('pointHandler', () => {
  it("answers coverage, the nearest sites and the areas at a point from the engine's sites", async () => {
    const { service } = createService([createSite('b', C, 1000, { technologies: ['4G'], bands: ['B3'] })]);
    const r = await pointHandler(service, layers)(null, offset(...C, 300, 0), null, []);
    expect(r.covered['4G'].outdoor.viettel).toBe(true);
    expect(r.covered['5G'].outdoor.any).toBe(false);
    expect(r.nearest[0]!.id).toBe('b');
    expect(r.nearest[0]!.distanceM).toBeCloseTo(300, 0);
    expect(r.areas).toEqual([{ level: 'unit2025', id: 'U' }]);
  });

  it("adds the plan's sites the engine has placed", async () => {
    const planSite = createSite('plan-1', offset(...C, 2000, 0), 800, { operator: 'mobifone' });
    const { service } = createService([], [planSite]);
    const r = await pointHandler(service, layers)(null, offset(...C, 2000, 100), null, [planSite]);
    expect(r.covered['5G'].outdoor.mobifone).toBe(true);
    expect(r.nearestByOperator['5G'].mobifone?.id).toBe('plan-1');
  });

  it('builds the base lookup again when the base sites change', async () => {
    const first = createSite('a', C, 1000);
    const { service, engine } = createService([first]);
    const ask = pointHandler(service, layers);
    expect((await ask(null, C, null, [])).nearest[0]!.id).toBe('a');
    const moved = createSite('z', offset(...C, 3000, 0), 1000);
    engine.setSites([moved]);
    service.sites = [moved];
    expect((await ask(null, C, null, [])).nearest[0]!.id).toBe('z');
  });

  it('refuses a point outside Hà Nội in both languages', async () => {
    const { service } = createService([]);
    const ask = () => pointHandler(service, layers)(null, [106.7, 10.77], null, []);
    await expect(ask()).rejects.toThrow(
      "the point (longitude 106.7, latitude 10.77) is not in Hà Nội's box 105.2, 20.5, 106.1, 21.5",
    );
    await expect(ask()).rejects.toMatchObject({
      vi: 'điểm (kinh độ 106,7, vĩ độ 10,77) không nằm trong khung của Hà Nội 105,2; 20,5; 106,1; 21,5',
    });
  });
});
