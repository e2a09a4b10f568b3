import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import type { DataIssue, Manifest } from '../../domain/report.js';
import type { SearchEntry } from '../../domain/places.js';
import { SAMPLE_PROVENANCE } from '../../domain/provenance.js';
import { createDataSlice } from './data.js';

const createIssue = (message: string): DataIssue => ({
  severity: 'warning',
  rule: 'test',
  file: 'a.csv',
  index: null,
  key: null,
  message,
});
const createManifest = (warnings: DataIssue[]): Manifest => ({
  generatedAt: '2026-11-26T00:00:00Z',
  inputHash: 'x',
  sampleSeed: 1,
  layers: [],
  leftOut: [],
  repairs: {},
  warnings,
});
const PLACE: SearchEntry = {
  level: 'unit2025',
  id: '00070',
  name: 'Hoàn Kiếm',
  nameEn: 'Hoan Kiem Ward',
  fullName: 'Phường Hoàn Kiếm',
  context: null,
};

describe('data slice', () => {
  it('loading, manifest, loaded: the status moves on and the manifest warnings join the list', () => {
    const store = frozenSlice(createDataSlice);
    const idle = store.getState();
    store.getState().warningsAdded([createIssue('earlier')]);
    store.getState().dataLoading();
    expect(store.getState().status).toBe('loading');
    store.getState().manifestLoaded(createManifest([createIssue('repaired')]));
    expect(store.getState().issues.map((i) => i.message)).toEqual(['earlier', 'repaired']);
    store.getState().dataLoaded([PLACE]);
    expect(store.getState()).toMatchObject({ status: 'ready', places: [PLACE], error: null });
    expect(idle).toMatchObject({ status: 'idle', places: [], issues: [], manifest: null });
  });

  it('dataFailed keeps the message', () => {
    const store = frozenSlice(createDataSlice);
    store.getState().dataFailed('manifest.json: 404');
    expect(store.getState()).toMatchObject({ status: 'error', error: 'manifest.json: 404' });
  });

  it('warningsAdded appends in order; an empty list changes nothing', () => {
    const store = frozenSlice(createDataSlice);
    store.getState().warningsAdded([createIssue('a'), createIssue('b')]);
    const two = store.getState();
    store.getState().warningsAdded([]);
    expect(store.getState()).toBe(two);
    store.getState().warningsAdded([createIssue('c')]);
    expect(store.getState().issues.map((i) => i.message)).toEqual(['a', 'b', 'c']);
    expect(two.issues.map((i) => i.message)).toEqual(['a', 'b']);
  });

  it('importsApplied sets the imports in use and where the data in use comes from', () => {
    const store = frozenSlice(createDataSlice);
    expect(store.getState().provenance).toEqual(SAMPLE_PROVENANCE);
    const before = store.getState();
    const mixed = { ...SAMPLE_PROVENANCE, cables: 'mixed' as const };
    const meta = { id: 'a', fileName: 'a.geojson', importedAt: '2026-01-01T00:00:00Z', mode: 'join' as const };
    store.getState().importsApplied([{ ...meta, kind: 'cables', count: 3 }], mixed);
    expect(store.getState().provenance).toEqual(mixed);
    expect(store.getState().imports.map((i) => [i.id, i.count])).toEqual([['a', 3]]);
    expect(before.imports).toEqual([]);
  });
});
