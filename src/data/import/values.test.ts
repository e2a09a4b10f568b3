import { describe, expect, test } from 'vitest';
import {
  guardText,
  normaliseAzimuths,
  normaliseDate,
  normaliseOperator,
  normaliseTechnologies,
  readDecimal,
  readTechnologies,
  unguardText,
} from './values.js';

describe('normaliseDate', () => {
  test.each([
    ['2021-03-15', '2021-03-15'],
    ['2021/3/5', '2021-03-05'],
    ['2021-03-15T08:00:00Z', '2021-03-15'],
    ['15/03/2021', '2021-03-15'],
    ['5-3-2021', '2021-03-05'],
    ['15.03.2021', '2021-03-15'],
    ['', null],
    ['29/02/2023', undefined],
    ['2021-13-01', undefined],
    ['March 5', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});

test.each([
  ['Viettel', 'viettel'],
  ['VNPT-VinaPhone', 'vnpt'],
  ['vinaphone', 'vnpt'],
  ['MOBIFONE', 'mobifone'],
  ['Gmobile', 'Gmobile'],
])('operator %j → %j', (raw, id) => {
  expect(normaliseOperator(raw)).toBe(id);
});

test.each([
  ['LTE', '4G'],
  ['4G/5G', '4G 5G'],
  ['lte+nr', '4G 5G'],
  ['5G NR', '5G'],
  ['3g', '3G'],
])('technologies %j → %j', (raw, out) => {
  expect(normaliseTechnologies(raw)).toBe(out);
});

test('decimal commas only where allowed', () => {
  expect([readDecimal('21,0285', true), readDecimal('21,0285', false), readDecimal('1,2,3', true)]).toEqual([
    { text: '21.0285', comma: true },
    { text: '21,0285', comma: false },
    { text: '1,2,3', comma: false },
  ]);
});

test.each(['=1+1', '-x', '@sum', "'=already", "'plain", 'plain', "''=two"])('formula guard round trip %j', (value) => {
  expect(unguardText(guardText(value))).toBe(value);
});

describe('azimuths', () => {
  test.each(['omni', 'OMNI', 'Omni', '0-360', '0 - 360', '0–360', '360', '', '  '])('%j means omni', (cell) => {
    expect(normaliseAzimuths(cell, false)).toEqual([]);
  });

  test.each([
    ['0 120 240', false, [0, 120, 240]],
    ['0/120/240', false, [0, 120, 240]],
    ['0,120,240', false, [0, 120, 240]],
    ['0;120;240', true, [0, 120, 240]],
    ['0,120,240', true, [0, 120, 240]],
    ['120,5', true, [120.5]],
    ['30,5 150,5 270,5', true, [30.5, 150.5, 270.5]],
    ['120,5', false, [120, 5]],
  ] as const)('%j (decimal comma allowed: %s) → %j', (cell, comma, degrees) => {
    expect(normaliseAzimuths(cell, comma)).toEqual(degrees);
  });

  test('a token that is no number leaves the text for checkSites to name', () => {
    expect(normaliseAzimuths('0 NE 240', false)).toBe('0 NE 240');
  });
});

test.each([
  ['LTE', { text: '4G', technologies: ['4G'], empty: false }],
  ['4G/5G', { text: '4G 5G', technologies: ['4G', '5G'], empty: false }],
  ['3G', { text: '3G', technologies: null, empty: false }],
  ['', { text: '', technologies: null, empty: true }],
])('technology cell %j', (cell, read) => {
  expect(readTechnologies(cell)).toEqual(read);
});
