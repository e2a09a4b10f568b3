import { describe, expect, test } from 'vitest';
import { createSite } from '../../test/support/site-import.js';
import { featureToSite, siteToFeature } from './site-codec.js';

describe('site codec: the tower id', () => {
  const withId = createSite({ id: 'A', operator: 'viettel', lng: 105.85, lat: 21.03, towerId: 'HN-0457' });
  const without = createSite({ id: 'B', operator: 'vnpt', lng: 105.86, lat: 21.04 });

  test('a flat `towerId` property on a site that has one, and no such key on one that has none', () => {
    expect(siteToFeature(withId).properties.towerId).toBe('HN-0457');
    // No key at all: the shipped sites.fgb, built from sites without tower ids, gets no empty column.
    expect(Object.keys(siteToFeature(without).properties)).not.toContain('towerId');
  });

  test('feature → site gives the same site back, with or without a tower id', () => {
    expect(featureToSite(siteToFeature(withId))).toStrictEqual(withId);
    expect(featureToSite(siteToFeature(without))).toStrictEqual(without);
  });
});
