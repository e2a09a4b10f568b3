import { describe, expect, it } from 'vitest';
import { featureView } from './feature-rows.js';
import { siteToFeature } from '../data/site-codec.js';
import { candidate } from '../../test/support/coverage-service-input.js';

/** The panel's rows of a site as the map hands its properties over (site-codec.ts's flat properties). */
const rowsOf = (towerId: string | undefined, lang: 'vi' | 'en' = 'vi') =>
  featureView(
    'sites',
    { ...siteToFeature(candidate('VT-1', 0, 0, towerId === undefined ? {} : { towerId })).properties },
    lang,
  ).rows;

describe("a site's tower id in the feature panel", () => {
  it('lists "Mã cột" with the imported tower id', () => {
    expect(rowsOf('HN-COT-0042').at(-1)).toEqual({ label: 'Mã cột', value: 'HN-COT-0042' });
  });

  it('lists "Tower id" in English', () => {
    expect(rowsOf('HN-COT-0042', 'en').at(-1)).toEqual({ label: 'Tower id', value: 'HN-COT-0042' });
  });

  it('has no tower id row for a site without one', () => {
    expect(rowsOf(undefined).map((r) => r.label)).not.toContain('Mã cột');
  });
});
