import { describe, expect, it } from 'vitest';
import type { Site } from '../domain/telecom.js';
import type { StoredImport } from '../data/persist/schema.js';
import { baseOf, baseSitesOf, provenanceOf } from './imports.js';

const site = (id: string, lng = 105.8): Site => ({ id, operator: 'viettel', lng, lat: 21, technologies: ['4G'], bands: ['B3'], heightM: 30, azimuthsDeg: [], onAir: null, onAir5g: null, rangeM: null, sample: false });
const file = (id: string, mode: 'replace' | 'join', sites: Site[]): StoredImport => ({ id, kind: 'sites', fileName: `${id}.csv`, importedAt: '2026-11-26T00:00:00Z', mode, sites, report: {} as never });

describe('base sites of the imports', () => {
  it('no site file: the sample', () => {
    expect(baseSitesOf([])).toEqual({ mode: 'sample' });
    expect(provenanceOf(baseOf([]))).toEqual({ sites: 'sample', cables: 'sample', coverageImported: false });
  });

  it('files that join the sample, a later version of a site winning', () => {
    const b = baseSitesOf([file('a', 'join', [site('s1'), site('s2')]), file('b', 'join', [site('s2', 106)])]);
    expect(b).toEqual({ mode: 'join', sites: [site('s1'), site('s2', 106)] });
    expect(provenanceOf(baseOf([file('a', 'join', [site('s1')])])).sites).toBe('mixed');
  });

  it('any file that replaces the sample makes all imported sites stand alone', () => {
    const b = baseSitesOf([file('a', 'join', [site('s1')]), file('b', 'replace', [site('s3')])]);
    expect(b).toEqual({ mode: 'replace', sites: [site('s1'), site('s3')] });
    expect(provenanceOf(baseOf([file('a', 'join', [site('s1')]), file('b', 'replace', [site('s3')])])).sites).toBe('imported');
  });
});
