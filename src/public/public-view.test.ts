import { describe, expect, it } from 'vitest';
import { PUBLIC_ATTRIBUTION, SUMMARY_SOURCE_LAYER } from './public-view.js';
import { LAYER_TEXTS } from '../ui/attributions.js';

/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the tone-marked vowels U+1EA0–U+1EF9. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạ-ỹ]/iu;

describe("the public map's attribution line", () => {
  it('credits OpenStreetMap and the census, and says "dữ liệu mẫu", in Vietnamese only', () => {
    expect(PUBLIC_ATTRIBUTION.vi).toBe(
      '© Những người đóng góp OpenStreetMap (ODbL) · Tổng điều tra dân số 2019, TCTK (GSO) · dữ liệu mẫu',
    );
    expect(PUBLIC_ATTRIBUTION.vi).not.toMatch(/sample|census|contributors/i);
  });

  it('credits OpenStreetMap and the census, and says "sample data", in English only', () => {
    expect(PUBLIC_ATTRIBUTION.en).toBe('© OpenStreetMap contributors (ODbL) · GSO 2019 census · sample data');
    expect(PUBLIC_ATTRIBUTION.en).not.toMatch(VIETNAMESE_LETTERS);
  });
});

describe('SUMMARY_SOURCE_LAYER', () => {
  it('names a manifest layer with translated texts for every source of summary.json', () => {
    for (const [key, layer] of Object.entries(SUMMARY_SOURCE_LAYER)) expect(LAYER_TEXTS[layer], key).toBeDefined();
  });
});
