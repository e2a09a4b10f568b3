/** The shipped sites' density at city zoom (sample-density.ts): the sites the dots' filters show, counted per cell. */
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { DOTS_AT_CITY_ZOOM_MAX, sampleDensity, siteShown, type SiteFilterState } from './sample-density.js';

const ALL: SiteFilterState = {
  operators: { viettel: true, vnpt: true, mobifone: true, vietnamobile: true },
  technologies: { '4G': true, '5G': true },
  sources: { sample: true, imported: true },
  asOf: null,
};
const site = (i: number, props: Record<string, unknown>): Feature => ({
  type: 'Feature',
  // Two per 0.02° cell along a row at 21.03° N (cell centres 105.85, 105.87, …).
  geometry: { type: 'Point', coordinates: [105.8501 + Math.floor(i / 2) * 0.02, 21.0251] },
  properties: { operator: 'viettel', has5g: false, sample: true, onAir: '2020-01-01', ...props },
});
const sites = (n: number, props: (i: number) => Record<string, unknown> = () => ({})): FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => site(i, props(i))),
});
const total = (fc: FeatureCollection | null) =>
  (fc?.features ?? []).reduce((s, f) => s + Number(f.properties?.count), 0);

describe('siteShown follows the dots’ filters', () => {
  const p = { operator: 'vnpt', has5g: true, sample: true, onAir: '2024-05-01' };
  it('by operator, technology, data source and date', () => {
    expect(siteShown(p, ALL)).toBe(true);
    expect(siteShown(p, { ...ALL, operators: { ...ALL.operators, vnpt: false } })).toBe(false);
    expect(siteShown(p, { ...ALL, technologies: { '4G': false, '5G': true } })).toBe(true);
    expect(siteShown({ ...p, has5g: false }, { ...ALL, technologies: { '4G': false, '5G': true } })).toBe(false);
    expect(siteShown(p, { ...ALL, technologies: { '4G': false, '5G': false } })).toBe(false);
    expect(siteShown(p, { ...ALL, sources: { sample: false, imported: true } })).toBe(false);
    expect(siteShown({ ...p, sample: false }, { ...ALL, sources: { sample: false, imported: true } })).toBe(true);
    expect(siteShown(p, { ...ALL, asOf: '2024-04-30' })).toBe(false);
    expect(siteShown(p, { ...ALL, asOf: '2024-05-01' })).toBe(true);
    // An unknown date counts as on air, as the map's `coalesce(onAir, '')` does.
    expect(siteShown({ ...p, onAir: null }, { ...ALL, asOf: '2014-01-01' })).toBe(true);
    expect(siteShown({ ...p, operator: 'gmobile' }, ALL)).toBe(false);
  });
});

describe('sampleDensity', () => {
  it('counts every shown site once, per 0.02° cell, with its 5G sites', () => {
    const fc = sampleDensity(
      sites(DOTS_AT_CITY_ZOOM_MAX + 2, (i) => ({ has5g: i % 4 === 0 })),
      ALL,
    )!;
    expect(total(fc)).toBe(DOTS_AT_CITY_ZOOM_MAX + 2);
    expect(fc.features).toHaveLength((DOTS_AT_CITY_ZOOM_MAX + 2) / 2);
    expect(fc.features[0]!.properties).toEqual({ count: 2, count5g: 1 });
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [105.85, 21.03] });
    expect(fc.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [105.87, 21.03] });
  });

  it('draws dots at every zoom when few sites are shown, and for the worker’s tiles', () => {
    expect(sampleDensity(sites(DOTS_AT_CITY_ZOOM_MAX), ALL)).toBeNull();
    const many = sites(3 * DOTS_AT_CITY_ZOOM_MAX, (i) => ({ operator: i % 3 === 0 ? 'vnpt' : 'viettel' }));
    expect(total(sampleDensity(many, ALL))).toBe(3 * DOTS_AT_CITY_ZOOM_MAX);
    // Only VNPT shown: a third of the sites, few enough for dots.
    const vnpt = { ...ALL, operators: { ...ALL.operators, viettel: false } };
    expect(sampleDensity(many, vnpt)).toBeNull();
    expect(sampleDensity('blob:tiles', ALL)).toBeNull();
    expect(sampleDensity(undefined, ALL)).toBeNull();
  });

  it('follows the map’s date', () => {
    const dated = sites(4 * DOTS_AT_CITY_ZOOM_MAX, (i) => ({ onAir: i % 2 === 0 ? '2015-01-01' : '2025-01-01' }));
    expect(total(sampleDensity(dated, { ...ALL, asOf: '2020-12-31' }))).toBe(2 * DOTS_AT_CITY_ZOOM_MAX);
  });
});
