import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import type { LngLat } from '../domain/geo.js';
import { COVERAGE_DEFAULTS, siteRangeM } from './coverage/model.js';
import { importedFootprint, siteFootprints } from './engine/footprints.js';
import { buildPointLookup, lookupPoint, type PointLookupInput } from './point-lookup.js';
import { levelsOf, type ListedFootprint } from './point-lookup-engine.js';
import { createSite, createSquare, offset } from '../../test/fixtures/analysis.js';

const C: LngLat = [105.85, 21.0];

const createLookup = (input: Partial<PointLookupInput> = {}) =>
  buildPointLookup({ sites: [], footprints: [], speedTests: [], ...input });

/** A listed footprint of a technology and range (the geometry is not read by `levelsOf`). */
const createListed = (tech: '4G' | '5G', rangeM: number, over: Partial<ListedFootprint> = {}): ListedFootprint => ({
  tech,
  rangeM,
  geometry: { type: 'MultiPolygon', coordinates: [] } as MultiPolygon,
  ...over,
});

describe('lookupPoint: coverage levels', () => {
  // A 5G omni site with a declared 1,000 m outdoor range: its indoor range is the model's ratio of it.
  const site = createSite('s', C, 1000, { technologies: ['5G'], bands: ['n78'] });
  const indoorM = siteRangeM(site, '5G', 'urban', COVERAGE_DEFAULTS, 'indoor');
  const lookup = createLookup({ footprints: siteFootprints(site, 'urban', COVERAGE_DEFAULTS) });

  it('the indoor range is shorter than the outdoor one (the building-entry loss)', () => {
    expect(indoorM).toBeGreaterThan(0);
    expect(indoorM).toBeLessThan(1000);
  });

  it('a point between the indoor and the outdoor range is covered outdoors only', () => {
    const r = lookupPoint(lookup, offset(...C, 0, (indoorM + 1000) / 2)).covered['5G'];
    expect(r.outdoor.viettel).toBe(true);
    expect(r.indoor.viettel).toBe(false);
    expect(r.indoor.any).toBe(false);
  });

  it('a point well inside the indoor range is covered at both levels', () => {
    const r = lookupPoint(lookup, offset(...C, 0, indoorM / 2)).covered['5G'];
    expect(r.outdoor.viettel).toBe(true);
    expect(r.indoor.viettel).toBe(true);
    expect(r.indoor.any).toBe(true);
  });

  it('an imported coverage polygon counts as outdoor', () => {
    const square = importedFootprint('q', 'vnpt', '4G', createSquare(...C, 1000))!;
    const r = lookupPoint(createLookup({ footprints: [square] }), C).covered['4G'];
    expect(r.outdoor.vnpt).toBe(true);
    expect(r.indoor.vnpt).toBe(false);
  });
});

describe('lookupPoint over several lookups', () => {
  it('is covered where either covers and lists the nearest sites of both', () => {
    const base = createLookup({
      sites: [createSite('base', offset(...C, 0, 2000), 500)],
      footprints: [importedFootprint('q', 'vnpt', '4G', createSquare(...C, 1000))!],
    });
    const planSite = createSite('plan-1', offset(...C, 0, 300), 800, { operator: 'mobifone', technologies: ['4G'] });
    const plan = createLookup({ sites: [planSite], footprints: siteFootprints(planSite, 'urban', COVERAGE_DEFAULTS) });
    const r = lookupPoint([base, plan], C);
    expect(r.covered['4G'].outdoor.vnpt).toBe(true);
    expect(r.covered['4G'].outdoor.mobifone).toBe(true);
    expect(r.nearest.map((s) => s.id)).toEqual(['plan-1', 'base']);
    expect(r.nearest[0]!.distanceM).toBeCloseTo(300, 0);
    expect(r.nearestByOperator['4G'].mobifone?.id).toBe('plan-1');
  });
});

describe('levelsOf', () => {
  it('labels the longer footprint of a technology outdoor and the shorter indoor, whatever the order', () => {
    const listed = [createListed('4G', 400), createListed('5G', 900), createListed('4G', 1500)];
    expect(levelsOf(listed)).toEqual(['indoor', 'outdoor', 'outdoor']);
  });

  it('takes the level an engine states over the ranges', () => {
    const listed = [createListed('4G', 400, { level: 'outdoor' }), createListed('4G', 1500, { level: 'indoor' })];
    expect(levelsOf(listed)).toEqual(['outdoor', 'indoor']);
  });

  it('gives null to a third footprint of one technology (no third level)', () => {
    const listed = [createListed('4G', 3), createListed('4G', 2), createListed('4G', 1)];
    expect(levelsOf(listed)).toEqual(['outdoor', 'indoor', null]);
  });
});
