import { describe, expect, test } from 'vitest';
import type { Technology } from '../../domain/telecom.js';
import { readBandCell, splitBandItems } from './bands.js';

/** The bands and the problem kinds of a cell, for a row listing `techs`. */
function read(cell: string, techs: Technology[] = []): { bands: string[]; bad: string[] } {
  const r = readBandCell(cell, techs);
  return { bands: r.bands, bad: r.items.filter((i) => i.kind !== 'band').map((i) => `${i.kind} ${i.written}`) };
}

describe('every documented form reads as its band', () => {
  test.each([
    ['B3', 'B3'],
    ['b3', 'B3'],
    ['n78', 'n78'],
    ['N78', 'n78'],
    ['b28', 'B28'],
    ['N41', 'n41'],
    ['1800', 'B3'],
    ['1800MHz', 'B3'],
    ['1800 MHz', 'B3'],
    ['1.8 GHz', 'B3'],
    ['1,8 GHz', 'B3'],
    ['900', 'B8'],
    ['2100', 'B1'],
    ['3500', 'n78'],
    ['3700', 'n78'],
    ['3.5', 'n78'],
    ['3,5 GHz', 'n78'],
    ['3.5GHz', 'n78'],
    ['2600', 'n41'],
    ['LTE1800', 'B3'],
    ['L1800', 'B3'],
    ['4G 1800', 'B3'],
    ['LTE-1800', 'B3'],
    ['lte 900', 'B8'],
    ['L700', 'B28'],
    ['NR3500', 'n78'],
    ['5G 3.5GHz', 'n78'],
    ['5G NR 3500', 'n78'],
    ['NR700', 'n28'],
    ['5G 2600', 'n41'],
    ['n78 (3500)', 'n78'],
    ['B3 (1800 MHz)', 'B3'],
    ['4G B3', 'B3'],
  ])('%j → %s', (cell, band) => {
    expect(read(cell)).toEqual({ bands: [band], bad: [] });
  });
});

describe('lists', () => {
  test.each([
    ['B3 n78', ['B3', 'n78']],
    ['1800/2100', ['B3', 'B1']],
    ['1800,2100', ['B3', 'B1']],
    ['L1800, NR3500', ['B3', 'n78']],
    ['1800; 3,5 GHz', ['B3', 'n78']],
    ['B3|B1+n78', ['B3', 'B1', 'n78']],
    ['4G 1800 5G 3500', ['B3', 'n78']],
    ['B3 b3 1800', ['B3']],
    ['', []],
  ])('%j → %j', (cell, bands) => {
    expect(read(cell)).toEqual({ bands, bad: [] });
  });

  test('items keep their written text', () => {
    expect(splitBandItems('4G 1800, 5G 3,5 GHz; n78 ( 3500 )')).toEqual(['4G 1800', '5G 3,5 GHz', 'n78 (3500)']);
  });
});

describe("a frequency two technologies share is decided by the item's, then the row's technology", () => {
  test.each([
    ['700', ['4G'], { bands: ['B28'], bad: [] }],
    ['700', ['5G'], { bands: ['n28'], bad: [] }],
    ['700', ['4G', '5G'], { bands: [], bad: ['ambiguous 700'] }],
    ['700', [], { bands: [], bad: ['ambiguous 700'] }],
    ['L700', ['4G', '5G'], { bands: ['B28'], bad: [] }],
    ['2600', ['4G'], { bands: [], bad: ['not-modelled 2600'] }],
    ['1800', ['5G'], { bands: [], bad: ['not-modelled 1800'] }],
    ['3500', ['4G'], { bands: ['n78'], bad: [] }],
  ] as const)('%j on %j', (cell, techs, expected) => {
    expect(read(cell, [...techs])).toEqual(expected);
  });
});

describe('exact messages', () => {
  const message = (cell: string, techs: Technology[] = []) =>
    readBandCell(cell, techs).items.flatMap((i) => (i.kind === 'band' ? [] : [[i.what, i.why]]));
  const MODELLED = {
    en: 'the coverage model knows B28 700, B8 900, B3 1800, B1 2100 MHz (4G) and n28 700, n41 2600, n78 3500 MHz (5G)',
    vi: 'mô hình vùng phủ chỉ có B28 700, B8 900, B3 1800, B1 2100 MHz (4G) và n28 700, n41 2600, n78 3500 MHz (5G)',
  };

  test('unknown', () => {
    expect(message('1800x')).toEqual([
      [
        { en: 'band "1800x" is not recognised', vi: 'băng tần "1800x" không nhận ra' },
        {
          en: 'write a 3GPP band (B3, n78), a frequency in MHz (1800, 3500) or a label such as L1800, NR3500 or 5G 3.5GHz',
          vi: 'hãy ghi băng tần 3GPP (B3, n78), tần số MHz (1800, 3500) hoặc nhãn như L1800, NR3500, 5G 3.5GHz',
        },
      ],
    ]);
  });

  test('ambiguous, without and with technologies', () => {
    expect(message('700')).toEqual([
      [
        { en: 'band "700" is ambiguous: B28 (4G) or n28 (5G)', vi: 'băng tần "700" không rõ: B28 (4G) hay n28 (5G)' },
        {
          en: 'the row names no technology: write B28 or n28 (or L700 or NR700), or fill in the technology',
          vi: 'dòng không ghi công nghệ: hãy ghi B28 hoặc n28 (hoặc L700 hoặc NR700), hoặc điền công nghệ',
        },
      ],
    ]);
    expect(message('700', ['4G', '5G'])[0]![1]).toEqual({
      en: 'the site has both technologies: write B28 or n28 (or L700 or NR700)',
      vi: 'trạm có cả hai công nghệ: hãy ghi B28 hoặc n28 (hoặc L700 hoặc NR700)',
    });
  });

  test.each([
    ['850', 'LTE B5 / NR n5, 850 MHz'],
    ['2300', 'LTE B40 / NR n40, 2300 MHz'],
    ['3900', 'NR n77, 3900 MHz'],
    ['B7', 'LTE B7, 2500–2690 MHz'],
    ['n3', 'NR n3, 1710–1880 MHz'],
  ])('%j is not modelled', (cell, where) => {
    expect(message(cell)).toEqual([
      [
        { en: `band "${cell}" (${where}) is not modelled`, vi: `băng tần "${cell}" (${where}) không có trong mô hình` },
        MODELLED,
      ],
    ]);
  });

  test('a bracketed frequency outside its band', () => {
    expect(message('n78 (1800)')).toEqual([
      [
        {
          en: 'band "n78 (1800)": n78 is 3300–3800 MHz, not 1800 MHz',
          vi: 'băng tần "n78 (1800)": n78 là 3300–3800 MHz, không phải 1800 MHz',
        },
        { en: 'the frequency in brackets must lie in the band', vi: 'tần số trong ngoặc phải nằm trong băng tần' },
      ],
    ]);
  });

  test('a bare small number is not guessed', () => {
    expect(read('3')).toEqual({ bands: [], bad: ['unknown 3'] });
  });
});
