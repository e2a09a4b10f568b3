import { describe, expect, it } from 'vitest';
import { gapsLayer, parseTileLayer } from './protocol.js';

describe('tile layer names', () => {
  it('name the coverage of a technology and the gaps of a technology and operator set', () => {
    expect(parseTileLayer('5G')).toEqual({ kind: 'coverage', tech: '5G' });
    expect(parseTileLayer(gapsLayer('4G', 'vnpt'))).toEqual({ kind: 'gaps', tech: '4G', op: 'vnpt' });
    expect(parseTileLayer('gaps-5G-any')).toEqual({ kind: 'gaps', tech: '5G', op: 'any' });
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
