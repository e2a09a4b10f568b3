import { describe, expect, it } from 'vitest';
import { fixedFigure } from './fixed-figure.js';

describe('fixedFigure', () => {
  it('keeps the decimals and writes the language’s separators', () => {
    expect(fixedFigure('vi', 1234.5)).toBe('1.234,5');
    expect(fixedFigure('vi', 3)).toBe('3,0');
    expect(fixedFigure('en', 1234.5)).toBe('1,234.5');
  });

  it('writes a negative figure with the minus sign, and one that rounds to zero without a sign', () => {
    expect(fixedFigure('vi', -0.7)).toBe('\u22120,7');
    expect(fixedFigure('en', -0.04)).toBe('0.0');
  });

  it('writes a dash for no figure', () => {
    expect(fixedFigure('vi', null)).toBe('—');
    expect(fixedFigure('vi', Number.NaN)).toBe('—');
  });
});
