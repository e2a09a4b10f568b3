import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, type UrlState } from './url-state.js';

function createState(over: Partial<UrlState> = {}): UrlState {
  return {
    view: { zoom: 13.5, lat: 21.0285, lng: 105.8523 },
    level: 'district2019',
    tech: '4G',
    op: 'vnpt',
    basis: 'population',
    coverageLevel: 'indoor',
    selection: { level: 'unit2025', id: '00070' },
    lang: 'en',
    point: null,
    ...over,
  };
}

describe('URL state', () => {
  it('writes the coverage level only when it is not outdoor', () => {
    expect(formatUrlState(createState({ coverageLevel: 'indoor' }))).toContain('cov=indoor');
    expect(formatUrlState(createState({ coverageLevel: 'outdoor' }))).not.toContain('cov=');
    expect(parseUrlState('#cov=basement').coverageLevel).toBeNull();
  });

  it('round-trips every field', () => {
    const s = createState();
    expect(parseUrlState(formatUrlState(s))).toEqual(s);
  });

  it('writes a readable hash', () => {
    expect(formatUrlState(createState())).toBe(
      '#map=13.50/21.02850/105.85230&level=district2019&tech=4G&op=vnpt&basis=population&cov=indoor&sel=unit2025:00070&lang=en',
    );
  });

  it('keeps a zone id with dashes', () => {
    const s = createState({ selection: { level: 'zone', id: 'hospital-way-703386650' } });
    expect(parseUrlState(formatUrlState(s)).selection).toEqual({ level: 'zone', id: 'hospital-way-703386650' });
  });

  it.each([
    ['#level=county', 'level'],
    ['#tech=6G', 'tech'],
    ['#op=gmobile', 'op'],
    ['#map=30/21/105', 'view'],
    ['#map=abc', 'view'],
    ['#sel=nowhere:1', 'selection'],
    ['#lang=fr', 'lang'],
  ] as const)('ignores a malformed %s', (hash, field) => {
    expect(parseUrlState(hash)[field]).toBeNull();
  });

  it('reads an empty hash as all null', () => {
    expect(Object.values(parseUrlState('')).every((v) => v === null)).toBe(true);
  });
});

describe('URL state of the grid levels', () => {
  it('round-trips an H3 level and a selected cell', () => {
    const s = createState({ level: 'h3r9', selection: { level: 'h3r9', id: '8941aa1c8c3ffff' } });
    expect(formatUrlState(s)).toContain('level=h3r9&');
    expect(formatUrlState(s)).toContain('sel=h3r9:8941aa1c8c3ffff');
    expect(parseUrlState(formatUrlState(s))).toEqual(s);
  });
});
