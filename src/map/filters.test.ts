import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { sitesFilter, sourceFilter } from './filters.js';

const ALL_OPS = { viettel: true, vnpt: true, mobifone: true, vietnamobile: true };
const BOTH = { '4G': true, '5G': true };

/** Whether a point feature with these properties passes a filter, as MapLibre evaluates it. */
function passes(filter: FilterSpecification, properties: Record<string, unknown>): boolean {
  const f = featureFilter(filter, 'layers[0].filter');
  return f.filter({ zoom: 12 }, { type: 1, properties, geometry: [] } as never);
}

describe('data source filter', () => {
  const sample = { sample: true, operator: 'viettel', has5g: true };
  const imported = { sample: false, operator: 'viettel', has5g: true };
  const unlabelled = { operator: 'viettel', has5g: true };

  it('shows sample records, imported records (false or no flag), both or neither', () => {
    const only = (s: boolean, i: boolean) => sourceFilter({ sample: s, imported: i });
    expect([sample, imported, unlabelled].map((p) => passes(only(true, true), p))).toEqual([true, true, true]);
    expect([sample, imported, unlabelled].map((p) => passes(only(true, false), p))).toEqual([true, false, false]);
    expect([sample, imported, unlabelled].map((p) => passes(only(false, true), p))).toEqual([false, true, true]);
    expect([sample, imported, unlabelled].map((p) => passes(only(false, false), p))).toEqual([false, false, false]);
  });

  it('combines with the operator and technology filters', () => {
    const f = [
      'all',
      sitesFilter({ ...ALL_OPS, viettel: false }, BOTH),
      sourceFilter({ sample: true, imported: false }),
    ] as FilterSpecification;
    expect(passes(f, sample)).toBe(false);
    expect(passes(f, { ...sample, operator: 'vnpt' })).toBe(true);
    expect(passes(f, { ...imported, operator: 'vnpt' })).toBe(false);
  });
});
