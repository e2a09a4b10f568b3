import { describe, expect, it } from 'vitest';
import { layerName, measureText } from './measure-text.js';
import { LAYERS_MEASURES_MESSAGES } from './messages/layers-measures.js';

describe('measureText', () => {
  it('fills a number slot the Vietnamese way', () => {
    expect(measureText('vi')('envMeaning.dense-urban', { n: 15000 })).toBe('từ 15.000 người/km²');
  });

  it('fills a number slot the English way', () => {
    expect(measureText('en')('envMeaning.dense-urban', { n: 15000 })).toBe('from 15,000 people/km²');
  });

  it('leaves a slot without a value as written', () => {
    expect(measureText('en')('ops5g.count')).toBe('{n} operators');
  });

  it('holds the same keys in both languages, none empty', () => {
    const { vi, en } = LAYERS_MEASURES_MESSAGES;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.entries({ ...vi, ...en }).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('names the measure toggles from this part and the others from the base strings', () => {
    expect(layerName('roadCoverage', 'vi')).toBe('Phủ sóng dọc đường');
    expect(layerName('towers', 'en')).toBe('Shared towers');
    expect(layerName('environment', 'vi')).toBe('Môi trường truyền sóng');
    expect(layerName('sites', 'en')).toBe('Base stations (BTS)');
  });
});
