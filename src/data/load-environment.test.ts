import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { environmentAt, environmentCellPolygon } from '../analysis/coverage/environment-grid.js';
import { HANOI_LAEA } from '../analysis/projection.js';
import type { Manifest } from '../domain/report.js';
import { writeFgb } from './fgb-write.js';
import { environmentGridOf, loadEnvironmentGrid } from './load-environment.js';

/** A cell feature as the pipeline writes it; `props` overrides its properties. */
function createCell(i: number, j: number, env: string, props: Record<string, unknown> = {}): Feature {
  return { type: 'Feature', geometry: environmentCellPolygon(i, j), properties: { i, j, env, ...props } };
}

const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A manifest listing the given layer ids, each as `<id>.fgb`. */
function createManifest(...ids: string[]): Manifest {
  return {
    generatedAt: '',
    inputHash: '',
    sampleSeed: 0,
    layers: ids.map((id) => ({
      id,
      file: `${id}.fgb`,
      featureCount: 0,
      vintage: '',
      source: '',
      licence: '',
      sample: false,
      sha256: '',
      bytes: 0,
    })),
    leftOut: [],
    repairs: {},
    warnings: [],
  };
}

describe('environmentGridOf', () => {
  it('builds the lookup grid of the cells', () => {
    const grid = environmentGridOf(collection(createCell(0, 0, 'urban'), createCell(1, 0, 'open')), 'environment.fgb');
    expect(environmentAt(grid, ...HANOI_LAEA.inverse([1500, 500]))).toBe('open');
    expect(grid.count).toBe(2);
  });

  it('refuses an unknown class', () => {
    expect(() => environmentGridOf(collection(createCell(0, 0, 'forest')), 'environment.fgb')).toThrow(
      'environment.fgb: feature 0: env "forest" — must be one of dense-urban, urban, suburban, rural, open',
    );
  });

  it('refuses a column that is not an integer', () => {
    expect(() => environmentGridOf(collection(createCell(0, 0, 'urban', { i: 0.5 })), 'environment.fgb')).toThrow(
      'environment.fgb: feature 0: i 0.5 — must be an integer',
    );
  });

  it('refuses a cell listed twice', () => {
    const fc = collection(createCell(2, 3, 'urban'), createCell(2, 3, 'rural'));
    expect(() => environmentGridOf(fc, 'environment.fgb')).toThrow(
      'environment.fgb: feature 1: cell (2, 3) is listed twice (first as feature 0)',
    );
  });

  it('refuses a cell drawn away from its place on the grid (a grid of another size)', () => {
    const moved = { ...createCell(2, 3, 'urban'), geometry: environmentCellPolygon(1, 1, 2000) };
    expect(() => environmentGridOf(collection(moved), 'environment.fgb')).toThrow(
      'environment.fgb: feature 0: cell (2, 3) is not at its place on the 1000 m grid — rebuild the data with `npm run data`',
    );
  });
});

describe('loadEnvironmentGrid', () => {
  it('reads the layer the manifest lists', async () => {
    const bytes = writeFgb(collection(createCell(-4, 2, 'suburban')));
    const source = { getBytes: async (file: string) => (file === 'environment.fgb' ? bytes : new Uint8Array()) };
    const grid = await loadEnvironmentGrid(source, createManifest('environment'));
    expect(grid && environmentAt(grid, ...HANOI_LAEA.inverse([-3500, 2500]))).toBe('suburban');
  });

  it('gives null for data built before the layer existed', async () => {
    const source = { getBytes: async () => new Uint8Array() };
    await expect(loadEnvironmentGrid(source, createManifest('units-2025'))).resolves.toBeNull();
  });
});
