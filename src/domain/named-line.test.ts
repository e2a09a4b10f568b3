import { describe, expect, it } from 'vitest';
import { lineNameOf, matchNamedLines, namedLineKey } from './named-line.js';

const lines = ['Vành đai 3', 'Đường dẫn Vành Đai 3 xuống TT Hội Nghị QG', 'Vành đai 3,5', 'Phố Huế'].map((name) => ({
  name,
}));

describe('matchNamedLines', () => {
  it('finds names ignoring case and diacritics, starting matches first, then shorter names', () => {
    expect(matchNamedLines(lines, 'vanh dai 3').map((l) => l.name)).toEqual([
      'Vành đai 3',
      'Vành đai 3,5',
      'Đường dẫn Vành Đai 3 xuống TT Hội Nghị QG',
    ]);
  });

  it('finds nothing for a blank query and keeps to the limit', () => {
    expect(matchNamedLines(lines, '  ')).toEqual([]);
    expect(matchNamedLines(lines, 'vanh', 1).map((l) => l.name)).toEqual(['Vành đai 3']);
  });
});

describe('namedLineKey', () => {
  it('groups spellings that differ in case and spaces, not in diacritics or kind', () => {
    expect(namedLineKey('road', 'Đại Lộ  Thăng Long')).toBe(namedLineKey('road', 'đại lộ thăng long'));
    expect(namedLineKey('road', 'Phố Huế')).not.toBe(namedLineKey('road', 'Phố Hue'));
    expect(namedLineKey('road', 'X')).not.toBe(namedLineKey('metro', 'X'));
    expect(lineNameOf(' \t ')).toBeNull();
  });
});
