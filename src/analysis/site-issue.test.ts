import { describe, expect, it } from 'vitest';
import { viNumber } from './site-issue.js';
import { positionProblem } from './site-rules.js';

describe('viNumber', () => {
  it('writes the decimal comma and the thousands dot, and keeps every decimal', () => {
    expect(viNumber(105.854194)).toBe('105,854194');
    expect(viNumber(588394.44)).toBe('588.394,44');
    expect(viNumber(300)).toBe('300');
  });

  it('writes a negative number with the minus sign U+2212', () => {
    expect(viNumber(-21.0285)).toBe('\u221221,0285');
  });
});

describe('positionProblem in Vietnamese', () => {
  it('writes the position and the bounds of Hà Nội with decimal commas, the pair parted by a semicolon', () => {
    const p = positionProblem('106.7', '10.78', 106.7, 10.78)!;
    expect(p.what).toEqual(['position [106.7, 10.78] is outside Hà Nội', 'vị trí [106,7; 10,78] nằm ngoài Hà Nội']);
    expect(p.why).toEqual([
      'a site must lie in or near Hà Nội (lon 105.2–106.1, lat 20.5–21.5)',
      'trạm phải nằm trong hoặc gần Hà Nội (kinh độ 105,2–106,1, vĩ độ 20,5–21,5)',
    ]);
  });
});
