import { describe, expect, it } from 'vitest';
import { coverageLayer, gapsLayer, parseTileLayer } from './protocol.js';

describe('tile layer names', () => {
  it('name the coverage of a technology and the gaps of a technology and operator set, outdoors by default', () => {
    expect(parseTileLayer('5G')).toEqual({ kind: 'coverage', tech: '5G', level: 'outdoor' });
    expect(parseTileLayer(gapsLayer('4G', 'vnpt'))).toEqual({ kind: 'gaps', tech: '4G', op: 'vnpt', level: 'outdoor' });
    expect(parseTileLayer('gaps-5G-any')).toEqual({ kind: 'gaps', tech: '5G', op: 'any', level: 'outdoor' });
  });

  it('name the coverage and the gaps at another level, one name per layer', () => {
    expect(parseTileLayer(coverageLayer('4G', 'indoor'))).toEqual({ kind: 'coverage', tech: '4G', level: 'indoor' });
    expect(parseTileLayer(gapsLayer('5G', 'any', 'indoor'))).toEqual({
      kind: 'gaps',
      tech: '5G',
      op: 'any',
      level: 'indoor',
    });
    expect([parseTileLayer('5G-outdoor'), parseTileLayer('gaps-5G-any-outdoor'), parseTileLayer('5G-cellar')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('name the imported sites and cables in use', () => {
    expect(parseTileLayer('sites')).toEqual({ kind: 'imported', layer: 'sites' });
    expect(parseTileLayer('cables')).toEqual({ kind: 'imported', layer: 'cables' });
  });

  it('refuse anything else', () => {
    for (const bad of ['6G', 'gaps-5G', 'gaps-5G-gmobile', 'gaps-3G-any', '../5G', '', 'zones', 'sites-1'])
      expect(parseTileLayer(bad)).toBeNull();
  });
});
