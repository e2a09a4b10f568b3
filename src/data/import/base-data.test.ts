import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import type { Site, SpeedTestProps } from '../../domain/telecom.js';
import type { StoredImport } from '../persist/schema.js';
import { baseOf, baseSitesOf, baseSpeedsOf, provenanceOf } from './base-data.js';

const site = (id: string, lng = 105.8): Site => ({
  id,
  operator: 'viettel',
  lng,
  lat: 21,
  technologies: ['4G'],
  bands: ['B3'],
  heightM: 30,
  azimuthsDeg: [],
  onAir: null,
  onAir5g: null,
  rangeM: null,
  sample: false,
});
const file = (id: string, mode: 'replace' | 'join', sites: Site[]): StoredImport => ({
  id,
  kind: 'sites',
  fileName: `${id}.csv`,
  importedAt: '2026-11-26T00:00:00Z',
  mode,
  sites,
  report: {} as never,
});

describe('base sites of the imports', () => {
  it('no site file: the sample', () => {
    expect(baseSitesOf([])).toEqual({ mode: 'sample' });
    expect(provenanceOf(baseOf([]))).toEqual({
      sites: 'sample',
      cables: 'sample',
      speeds: 'sample',
      coverageImported: false,
    });
  });

  it('files that join the sample, a later version of a site winning', () => {
    const b = baseSitesOf([file('a', 'join', [site('s1'), site('s2')]), file('b', 'join', [site('s2', 106)])]);
    expect(b).toEqual({ mode: 'join', sites: [site('s1'), site('s2', 106)] });
    expect(provenanceOf(baseOf([file('a', 'join', [site('s1')])])).sites).toBe('mixed');
  });

  it('any file that replaces the sample makes all imported sites stand alone', () => {
    const b = baseSitesOf([file('a', 'join', [site('s1')]), file('b', 'replace', [site('s3')])]);
    expect(b).toEqual({ mode: 'replace', sites: [site('s1'), site('s3')] });
    expect(provenanceOf(baseOf([file('a', 'join', [site('s1')]), file('b', 'replace', [site('s3')])])).sites).toBe(
      'imported',
    );
  });
});

describe('base speed measurements of the imports', () => {
  const speed = (id: string, down: number): Feature<Point, SpeedTestProps> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [105.85, 21.03] },
    properties: {
      id,
      tech: '4G',
      operator: 'viettel',
      downMbps: down,
      upMbps: null,
      latencyMs: null,
      date: '2025-03-01',
      tests: 1,
      kind: 'test',
      sample: false,
    },
  });
  const speedFile = (
    id: string,
    mode: 'join' | 'replace',
    speedTests: Feature<Point, SpeedTestProps>[],
  ): StoredImport => ({
    id,
    kind: 'speeds',
    fileName: `${id}.csv`,
    importedAt: '2026-12-04T00:00:00Z',
    mode,
    speedTests,
    report: { accepted: speedTests.length, issues: [], repairs: null },
  });

  it('join the sample, or replace it when any file says so; a record imported twice keeps its latest version', () => {
    expect(baseSpeedsOf([])).toEqual({ mode: 'sample' });
    const joined = baseSpeedsOf([
      speedFile('a', 'join', [speed('t1', 10), speed('t2', 20)]),
      speedFile('b', 'join', [speed('t2', 30)]),
    ]);
    expect(joined.mode).toBe('join');
    expect(joined.mode !== 'sample' && joined.features.map((f) => [f.properties.id, f.properties.downMbps])).toEqual([
      ['t1', 10],
      ['t2', 30],
    ]);
    const replaced = baseOf([speedFile('a', 'replace', [speed('t1', 10)])]);
    expect(replaced.speeds.mode).toBe('replace');
    expect(provenanceOf(replaced).speeds).toBe('imported');
  });
});
