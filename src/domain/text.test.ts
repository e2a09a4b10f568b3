import { describe, expect, it } from 'vitest';
import { searchKey, stripDiacritics, stripUnitType } from './text.js';

describe('searchKey', () => {
  it.each([
    ['hoan kiem', 'Hoàn Kiếm'],
    ['hoan kiem', 'HOÀN KIẾM'],
    ['hoan kiem', '  Hoàn   Kiếm '],
    ['dong da', 'Đống Đa'],
  ])('%s is the key of %s', (key, text) => {
    expect(searchKey(text)).toBe(key);
  });

  it('does not care where the tone mark sits (Hòa vs Hoà, precomposed or combining)', () => {
    const newStyle = 'Ho\u00e0'; // à precomposed on the a: "Hoà"
    const oldStyle = 'H\u00f2a'; // ò on the o: "Hòa"
    const combining = 'Ho\u0061\u0300'; // a + combining grave
    expect(new Set([searchKey(newStyle), searchKey(oldStyle), searchKey(combining)])).toEqual(new Set(['hoa']));
  });
});

describe('stripDiacritics', () => {
  it('keeps case', () => expect(stripDiacritics('Thượng Cát')).toBe('Thuong Cat'));
});

describe('stripUnitType', () => {
  it.each([
    ['Phường Hoàn Kiếm', 'Hoàn Kiếm'],
    ['Thị trấn Đông Anh', 'Đông Anh'],
    ['Thị xã Sơn Tây', 'Sơn Tây'],
    ['Xã Bát Tràng', 'Bát Tràng'],
  ])('%s → %s', (full, short) => expect(stripUnitType(full)).toBe(short));
});
