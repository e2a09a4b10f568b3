import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import type { Calibration } from '../../analysis/calibration/types.js';
import { createAppStore } from '../store.js';
import { createParamsSlice } from './params.js';

/** A calibration with these offsets, dB per environment (the rest of it as `npm run calibrate` writes it). */
function createCalibration(offsets: Partial<Calibration['envOffsetDb']>): Calibration {
  const envOffsetDb = { 'dense-urban': 0, urban: 0, suburban: 0, rural: 0, open: 0, ...offsets };
  const stats = { n: 0, meanErrorDb: 0, rmseDb: 0, levelMatch: 0 };
  return {
    version: 1,
    envOffsetDb,
    classes: [],
    before: stats,
    after: stats,
    passes: 1,
    options: { searchRadiusM: 5000, nearestSites: 20, minSamples: 30, level: 'outdoor' },
    provenance: {
      file: 'drive.csv',
      measurements: 100,
      withServer: 90,
      noServer: 10,
      from: '2026-01-02',
      to: '2026-02-03',
      fitDate: '2026-03-01T00:00:00.000Z',
      sites: 12,
    },
  };
}

function createMemoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('params slice', () => {
  it('starts on the defaults, without calibration', () => {
    expect(frozenSlice(createParamsSlice).getState()).toMatchObject({ coverageParams: {}, calibration: null });
  });

  it('paramsChosen keeps only the fields that differ from the defaults', () => {
    const store = frozenSlice(createParamsSlice);
    store.getState().paramsChosen({ edgeProbability: 0.95, linkBudget: { '4G': { txPowerDbm: 46, feederLossDb: 3 } } });
    expect(store.getState().coverageParams).toEqual({
      edgeProbability: 0.95,
      linkBudget: { '4G': { feederLossDb: 3 } },
    });
  });

  it('calibrationApplied puts the offsets in the parameters and keeps the calibration', () => {
    const store = frozenSlice(createParamsSlice);
    store.getState().paramsChosen({ edgeProbability: 0.95 });
    const c = createCalibration({ urban: -3.5, rural: 2 });
    store.getState().calibrationApplied(c);
    expect(store.getState().coverageParams).toEqual({ edgeProbability: 0.95, envOffsetDb: { urban: -3.5, rural: 2 } });
    expect(store.getState().calibration).toBe(c);
  });

  it('paramsChosen keeps the calibration while its offsets stay, and drops it when one is edited', () => {
    const store = frozenSlice(createParamsSlice);
    store.getState().calibrationApplied(createCalibration({ urban: -3.5 }));
    store.getState().paramsChosen({ ...store.getState().coverageParams, edgeProbability: 0.8 });
    expect(store.getState().calibration).not.toBeNull();
    store.getState().paramsChosen({ edgeProbability: 0.8, envOffsetDb: { urban: -1 } });
    expect(store.getState().calibration).toBeNull();
  });

  it('paramsReset goes back to the defaults without calibration', () => {
    const store = frozenSlice(createParamsSlice);
    store.getState().calibrationApplied(createCalibration({ urban: -3.5 }));
    store.getState().paramsReset();
    expect(store.getState()).toMatchObject({ coverageParams: {}, calibration: null });
  });
});

describe('parameters in the preferences', () => {
  it('are kept across a reload with the calibration', () => {
    const storage = createMemoryStorage();
    createAppStore(storage)
      .getState()
      .calibrationApplied(createCalibration({ suburban: 1.5 }));
    const b = createAppStore(storage).getState();
    expect(b.coverageParams).toEqual({ envOffsetDb: { suburban: 1.5 } });
    expect(b.calibration?.provenance.file).toBe('drive.csv');
  });

  it('drop a saved field that is not a valid parameter', () => {
    const storage = createMemoryStorage();
    const state = { coverageParams: { edgeProbability: 2, circleVertices: 32, shadowMarginDb: 8 }, calibration: 'x' };
    storage.setItem('hanoi-coverage-map/preferences/v1', JSON.stringify({ state, version: 0 }));
    const s = createAppStore(storage).getState();
    expect(s.coverageParams).toEqual({ circleVertices: 32 });
    expect(s.calibration).toBeNull();
  });
});
