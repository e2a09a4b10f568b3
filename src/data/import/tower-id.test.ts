import { describe, expect, test } from 'vitest';
import { createSite } from '../../../test/support/site-import.js';
import { MAX_TOWER_ID_CHARS, readTowerId, towerIdCounts } from './tower-id.js';

describe('readTowerId', () => {
  test.each([
    ['T-0012', false, 'T-0012'],
    ['  T 12 ', false, 'T 12'],
    [1234, false, '1234'],
    [12.5, false, '12.5'],
    [0, false, '0'],
    ['1234.0', false, '1234'],
    ['1234.00', true, '1234'],
    ['1234,0', true, '1234'],
    ['1234,0', false, '1234,0'],
    ['12.50', false, '12.50'],
    ['0012', false, '0012'],
    ['', false, null],
    ['   ', false, null],
    [null, false, null],
    [undefined, false, null],
  ])('%j (decimal comma %s) → %j', (raw, comma, expected) => {
    expect(readTowerId(raw, comma)).toEqual({ ok: true, towerId: expected });
  });

  test('64 characters pass, 65 do not; an astral character counts once', () => {
    expect(readTowerId('x'.repeat(MAX_TOWER_ID_CHARS), false)).toEqual({ ok: true, towerId: 'x'.repeat(64) });
    expect(readTowerId('x'.repeat(65), false)).toEqual({ ok: false, reason: 'long' });
    // 64 emoji are 128 UTF-16 code units but 64 characters.
    expect(readTowerId('🗼'.repeat(64), false)).toEqual({ ok: true, towerId: '🗼'.repeat(64) });
  });

  test.each([[true], [{ id: 1 }], [[1, 2]], [Number.NaN]])('%j is not a tower id', (raw) => {
    expect(readTowerId(raw, false)).toEqual({ ok: false, reason: 'type' });
  });
});

test('towerIdCounts counts the sites with a tower id and the distinct ids', () => {
  const at = { operator: 'viettel', lng: 105.85, lat: 21.03 } as const;
  const sites = [
    createSite({ id: 'A', ...at, towerId: 'T1' }),
    createSite({ id: 'B', ...at, towerId: 'T1' }),
    createSite({ id: 'C', ...at, towerId: 'T2' }),
    createSite({ id: 'D', ...at }),
  ];
  expect(towerIdCounts(sites)).toEqual({ sites: 3, distinct: 2 });
});
