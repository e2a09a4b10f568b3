import { describe, expect, it } from 'vitest';
import { APP_ATTRIBUTION } from './map-attribution.js';

/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the tone-marked vowels U+1EA0–U+1EF9. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạ-ỹ]/iu;

describe("the app's attribution line", () => {
  it('credits OpenStreetMap and the census, and says "dữ liệu mẫu", in Vietnamese only', () => {
    expect(APP_ATTRIBUTION.vi).toContain('© Những người đóng góp OpenStreetMap (ODbL)');
    expect(APP_ATTRIBUTION.vi).toContain('TCTK');
    expect(APP_ATTRIBUTION.vi).toContain('dữ liệu mẫu');
    expect(APP_ATTRIBUTION.vi).not.toMatch(/sample|census|contributors/i);
  });

  it('credits OpenStreetMap and the census, and says "sample data", in English only', () => {
    expect(APP_ATTRIBUTION.en).toContain('© OpenStreetMap contributors (ODbL)');
    expect(APP_ATTRIBUTION.en).toContain('GSO 2019 census');
    expect(APP_ATTRIBUTION.en).toContain('sample data');
    expect(APP_ATTRIBUTION.en).not.toMatch(VIETNAMESE_LETTERS);
  });
});
