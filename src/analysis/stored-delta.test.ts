/**
 * Stored figures plus added sites (stored-delta.ts): the stored sums of some sites, plus what the tiles the added
 * sites reach gain, equal a full computation of all the sites, area by area, within rounding; and the cases where
 * it does not apply answer null.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon, Position } from 'geojson';
import { at, candidate, createInput } from '../../test/support/coverage-service-input.js';
import { COVERAGE_DEFAULTS } from './coverage/model.js';
import type { CoverageEngine } from './engine/engine.js';
import { N_COMBOS } from './engine/results.js';
import { engineFor } from './service-params.js';
import { engineSnapshot } from './service-stored.js';
import { addedSitesSnapshot } from './stored-delta.js';
import type { ServiceInput } from './service-types.js';
import { decodeSnapshot, encodeSnapshot, type ResultsSnapshot } from './stored-results.js';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => {
  const ring: Position[] = [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1)];
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
};
const feature = (properties: Record<string, unknown>, geometry: Polygon): Feature<Polygon> => ({
  type: 'Feature',
  geometry,
  properties,
});

/** Three 4 km units in a row (12 km × 4 km, about 60 tiles of 1 km), two census wards. */
function createWideInput(): ServiceInput {
  const base = createInput();
  return {
    ...base,
    units: {
      type: 'FeatureCollection',
      features: [-6000, -2000, 2000].map((x, i) => feature({ code: `U${i}` }, rect(x, -2000, x + 4000, 2000))),
    },
    districts: { type: 'FeatureCollection', features: [feature({ code: 'D' }, rect(-6000, -2000, 6000, 2000))] },
    wards: {
      type: 'FeatureCollection',
      features: [
        feature({ code: 'w1', population: 20_000 }, rect(-6000, -2000, 0, 2000)),
        feature({ code: 'w2', population: 5_000 }, rect(0, -2000, 6000, 2000)),
      ],
    },
    siteRows: [],
  };
}

/** Shipped sites across the row, of several operators and ranges (the farthest reaches 2.5 km). */
const STORED = [
  candidate('s1', -5000, 0, { rangeM: 1500 }),
  candidate('s2', -2500, 1000, { operator: 'vnpt', rangeM: 2500 }),
  candidate('s3', 0, -500, { operator: 'mobifone', rangeM: 1200 }),
  candidate('s4', 2500, 0, { rangeM: 2000, technologies: ['4G'], bands: ['B3'] }),
  candidate('s5', 4800, 800, { operator: 'vietnamobile', rangeM: 900 }),
];

const input = createWideInput();
const engineOf = (only: ReadonlySet<number> | null): CoverageEngine =>
  engineFor(input, COVERAGE_DEFAULTS, null, false, { only });

function snapshotOfSites(sites: Parameters<CoverageEngine['setSites']>[0]): ResultsSnapshot {
  const e = engineOf(null);
  e.setSites(sites);
  return engineSnapshot(e, 'now');
}

/** Largest difference between two snapshots' covered m² (relative to the area's m²) and residents, and site counts. */
function expectClose(a: ResultsSnapshot, b: ResultsSnapshot): void {
  expect(a.areaKeys).toEqual(b.areaKeys);
  expect([...a.sums.sites]).toEqual([...b.sums.sites]);
  expect([...a.citySites]).toEqual([...b.citySites]);
  for (let i = 0; i < a.sums.covered.length; i++) {
    expect(a.sums.covered[i]).toBeCloseTo(b.sums.covered[i]!, 3);
    expect(a.sums.pop[i]).toBeCloseTo(b.sums.pop[i]!, 6);
  }
}

describe('addedSitesSnapshot', () => {
  const stored = snapshotOfSites(STORED);

  it('stores the farthest reach of the sites, and keeps it through the bytes', () => {
    expect(stored.maxReachM).toBeGreaterThanOrEqual(2500);
    expect(stored.maxReachM).toBeLessThan(2600);
    expect(decodeSnapshot(encodeSnapshot(stored), 'now.bin').maxReachM).toBe(stored.maxReachM);
  });

  it('equals a full computation with the added sites, recomputing only the tiles they reach', () => {
    const added = [
      candidate('a1', 5200, -1200, { operator: 'vnpt', rangeM: 400 }),
      candidate('a2', 4000, 1500, { rangeM: 600, technologies: ['5G'], bands: ['n78'] }),
    ];
    const joined = addedSitesSnapshot(stored, STORED, added, engineOf)!;
    expect(joined).not.toBeNull();
    expectClose(joined.snapshot, snapshotOfSites([...STORED, ...added]));
    // Two small footprints in the east: a few tiles, and only the shipped sites standing near them placed again.
    expect(joined.work.tiles).toBeGreaterThan(0);
    expect(joined.work.tiles).toBeLessThan(10);
    expect(joined.work.storedSitesPlaced).toBeLessThan(STORED.length);
    // The additions changed something: VNPT 4G and any 5G in the eastern unit.
    const east = stored.areaKeys.indexOf('unit2025|U2');
    const changed = [...Array(N_COMBOS).keys()].filter(
      (c) => joined.snapshot.sums.covered[east * N_COMBOS + c] !== stored.sums.covered[east * N_COMBOS + c],
    );
    expect(changed.length).toBeGreaterThan(0);
  });

  it('answers null when an added site takes a stored id, nothing is added, or the reach is not stored', () => {
    expect(addedSitesSnapshot(stored, STORED, [candidate('s5', 0, 0)], engineOf)).toBeNull();
    expect(addedSitesSnapshot(stored, STORED, [], engineOf)).toBeNull();
    expect(addedSitesSnapshot({ ...stored, maxReachM: null }, STORED, [candidate('a', 0, 0)], engineOf)).toBeNull();
  });

  it('answers null when the added sites reach too much of the city for it to pay', () => {
    const wide = [-5000, -2000, 1000, 4000].map((x, i) => candidate(`w${i}`, x, 0, { rangeM: 3000 }));
    expect(addedSitesSnapshot(stored, STORED, wide, engineOf)).toBeNull();
  });
});
