import { describe, expect, test } from 'vitest';
import { guardText, normaliseDate, normaliseOperator, normaliseTechnologies, readDecimal, unguardText } from './values';

describe('normaliseDate', () => {
  test.each([
    ['2021-03-15', '2021-03-15'], ['2021/3/5', '2021-03-05'], ['2021-03-15T08:00:00Z', '2021-03-15'], ['15/03/2021', '2021-03-15'],
    ['5-3-2021', '2021-03-05'], ['15.03.2021', '2021-03-15'], ['', null], ['29/02/2023', undefined], ['2021-13-01', undefined], ['March 5', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});

test.each([['Viettel', 'viettel'], ['VNPT-VinaPhone', 'vnpt'], ['vinaphone', 'vnpt'], ['MOBIFONE', 'mobifone'], ['Gmobile', 'Gmobile']])('operator %j → %j', (raw, id) => {
  expect(normaliseOperator(raw)).toBe(id);
});

test.each([['LTE', '4G'], ['4G/5G', '4G 5G'], ['lte+nr', '4G 5G'], ['5G NR', '5G'], ['3g', '3G']])('technologies %j → %j', (raw, out) => {
  expect(normaliseTechnologies(raw)).toBe(out);
});

test('decimal commas only where allowed', () => {
  expect([readDecimal('21,0285', true), readDecimal('21,0285', false), readDecimal('1,2,3', true)]).toEqual([
    { text: '21.0285', comma: true }, { text: '21,0285', comma: false }, { text: '1,2,3', comma: false },
  ]);
});

test.each(['=1+1', '-x', '@sum', "'=already", "'plain", 'plain', "''=two"])('formula guard round trip %j', (value) => {
  expect(unguardText(guardText(value))).toBe(value);
});
