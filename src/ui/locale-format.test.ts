import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatFigure, MINUS_SIGN } from './locale-format.js';

describe('formatDate', () => {
  it('writes ISO days and months in the Vietnamese order, and keeps them in English', () => {
    expect(formatDate('2026-11-30', 'vi')).toBe('30/11/2026');
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025');
    expect(formatDate('2025-08', 'vi')).toBe('08/2025');
    expect(formatDate('2025', 'vi')).toBe('2025');
    expect(formatDate('2026-11-30', 'en')).toBe('2026-11-30');
  });

  it('returns text that is no date unchanged', () => {
    expect(formatDate('sample', 'vi')).toBe('sample');
    expect(formatDate('2025-7-1', 'vi')).toBe('2025-7-1');
  });
});

describe('formatFigure', () => {
  it('uses the decimal comma and the thousands dot in Vietnamese, the reverse in English', () => {
    expect(formatFigure(1234.56, 'vi')).toBe('1.234,6');
    expect(formatFigure(1234.56, 'en')).toBe('1,234.6');
    expect(formatFigure(0.456, 'vi', 2)).toBe('0,46');
  });

  it('writes negative figures with the minus sign U+2212, not the hyphen', () => {
    expect(MINUS_SIGN).toBe('\u2212');
    expect(formatFigure(-0.7, 'vi')).toBe('\u22120,7');
    expect(formatFigure(-1234.5, 'en')).toBe('\u22121,234.5');
    expect(formatFigure(-0.7, 'vi')).not.toContain('-');
  });

  it('shows a negative figure that rounds to zero as plain 0, and null as a dash', () => {
    expect(formatFigure(-0.04, 'vi')).toBe('0');
    expect(formatFigure(null, 'vi')).toBe('—');
  });
});

describe('formatChange', () => {
  it('always writes the sign of a change, and none for zero', () => {
    expect(formatChange(1.5, 'vi')).toBe('+1,5');
    expect(formatChange(-0.7, 'vi')).toBe('\u22120,7');
    expect(formatChange(-0.7, 'en')).toBe('\u22120.7');
    expect(formatChange(0.04, 'vi')).toBe('0');
    expect(formatChange(null, 'en')).toBe('—');
  });
});
