/**
 * Builders for the site-import unit tests (`src/data/import/import-sites-*.test.ts`, `opencellid-*.test.ts`): the
 * text of a fixture under `test/fixtures/import/`, and an imported site with the defaults a bare CSV row gets.
 */
import type { Site } from '../../src/domain/telecom.js';

/**
 * A site as the importer builds it from a row that gives only `fields`: 4G, no bands, 30 m antenna height, omni
 * (no azimuths), no on-air dates, modelled range, not a sample. `lng`, `lat` are WGS84 degrees.
 */
export function createSite(fields: Partial<Site> & Pick<Site, 'id' | 'operator' | 'lng' | 'lat'>): Site {
  return {
    technologies: ['4G'],
    bands: [],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
    ...fields,
  };
}
