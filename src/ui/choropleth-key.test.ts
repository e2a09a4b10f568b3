import { describe, expect, it } from 'vitest';
import { changeKeyItems, coverageKeyItems, indicatorKeyItems, noDataItem } from './choropleth-key.js';
import { CHANGE_COLORS, CHOROPLETH_COLORS, INDICATOR_CLASS_COLORS, NO_DATA_COLOR } from '../map/choropleth.js';

describe('choropleth legend rows', () => {
  it('lists the coverage classes with the map’s colours, then "no data"', () => {
    const items = coverageKeyItems('vi');
    expect(items.map((i) => i.color)).toEqual([...CHOROPLETH_COLORS, NO_DATA_COLOR]);
    expect(items.map((i) => i.label)).toEqual([
      '< 10 %',
      '10–25 %',
      '25–50 %',
      '50–80 %',
      '80–95 %',
      '95–99 %',
      '≥ 99 %',
      'Không có số liệu',
    ]);
  });

  it('names "no data" in the reader’s language', () => {
    expect(noDataItem('en')).toEqual({ color: NO_DATA_COLOR, label: 'No data' });
    expect(coverageKeyItems('en').at(-1)!.label).toBe('No data');
  });

  it('gives an indicator’s classes the indicator colours in order, then "no data"', () => {
    const items = indicatorKeyItems(['< 50 %', '50–80 %', '≥ 80 %'], 'en');
    expect(items).toEqual([
      { color: INDICATOR_CLASS_COLORS[0], label: '< 50 %' },
      { color: INDICATOR_CLASS_COLORS[1], label: '50–80 %' },
      { color: INDICATOR_CLASS_COLORS[2], label: '≥ 80 %' },
      { color: NO_DATA_COLOR, label: 'No data' },
    ]);
  });

  it('refuses more indicator classes than there are colours', () => {
    expect(() => indicatorKeyItems(['a', 'b', 'c', 'd', 'e', 'f'], 'vi')).toThrow(
      'An indicator has at most 5 classes, got 6',
    );
  });

  it('lists the change classes with their colours, numbers in the reader’s format', () => {
    const items = changeKeyItems('vi', 'đ.p.t.');
    expect(items.map((i) => i.color)).toEqual([...CHANGE_COLORS]);
    expect(items.map((i) => i.label)).toEqual([
      '< −5 đ.p.t.',
      '−5 – 0 đ.p.t.',
      '± 0 đ.p.t.',
      '0 – +5 đ.p.t.',
      '+5 – +20 đ.p.t.',
      '≥ +20 đ.p.t.',
    ]);
  });
});
