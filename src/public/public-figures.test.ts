import { describe, expect, it } from 'vitest';
import { fixedFigure, percentFigure } from './public-figures.js';

describe('fixed figures', () => {
  it('write exactly the decimals asked for, in Vietnamese', () => {
    expect([100, 87.25, 3].map((v) => fixedFigure('vi', v, 1))).toEqual(['100,0', '87,3', '3,0']);
  });

  it('write thousands and decimals in each language’s way', () => {
    expect([fixedFigure('vi', 1234.5, 1), fixedFigure('en', 1234.5, 1)]).toEqual(['1.234,5', '1,234.5']);
  });

  it('write a negative figure with the minus sign, and one that rounds to zero without a sign', () => {
    expect([fixedFigure('vi', -0.74, 1), fixedFigure('vi', -0.04, 1)]).toEqual(['\u22120,7', '0,0']);
  });

  it('write no figure as a dash', () => {
    expect([fixedFigure('vi', null, 1), fixedFigure('vi', undefined, 1), fixedFigure('vi', NaN, 1)]).toEqual([
      '—',
      '—',
      '—',
    ]);
  });

  it('give percents one decimal and their sign', () => {
    expect([percentFigure('vi', 100), percentFigure('en', 99.96), percentFigure('vi', null)]).toEqual([
      '100,0 %',
      '100.0 %',
      '—',
    ]);
  });
});
