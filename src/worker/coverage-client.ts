/**
 * The app's side of the coverage worker: starts it, forwards its progress, results and errors to the
 * store, and hands coverage geometry to whoever draws it. Nothing here blocks the main thread.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { AppStore } from '../state/store.js';
import type { Technology } from '../domain/telecom.js';
import type { EngineLevel, OpSet } from '../analysis/engine/types.js';
import type { FromWorker, ToWorker } from './protocol.js';

export type CoverageClient = {
  requestCoverage(tech: Technology): void;
  /** Asks for the uncovered part of an area; the answer comes to `onUncovered` with the same key. */
  requestUncovered(level: Exclude<EngineLevel, 'city'>, id: string, tech: Technology, op: OpSet): void;
  terminate(): void;
};

export function startCoverageWorker(
  store: AppStore,
  dataBaseUrl: string,
  onCoverage: (tech: Technology, data: FeatureCollection<MultiPolygon>) => void,
  onUncovered: (key: string, data: { geometry: MultiPolygon; areaKm2: number } | null) => void = () => {},
): CoverageClient {
  const worker = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
  const send = (m: ToWorker) => worker.postMessage(m);
  const set = store.getState().setAnalysis;
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'progress') set({ status: 'computing', stage: m.stage });
    else if (m.type === 'results') {
      set({ status: 'ready', stage: null, results: m.results });
      const s = store.getState();
      s.setData({ issues: [...s.issues, ...m.results.issues] });
      send({ type: 'coverage', tech: '5G' });
      send({ type: 'coverage', tech: '4G' });
    } else if (m.type === 'coverage') onCoverage(m.tech, m.data);
    else if (m.type === 'uncovered') onUncovered(m.key, m.data);
    else if (m.type === 'error') set({ status: 'error', stage: null, error: m.message });
  };
  worker.onerror = (e) => set({ status: 'error', stage: null, error: `coverage worker: ${e.message || 'failed to start'}` });
  set({ status: 'computing', stage: 'start' });
  send({ type: 'init', dataBaseUrl });
  return {
    requestCoverage: (tech) => send({ type: 'coverage', tech }),
    requestUncovered: (level, id, tech, op) => send({ type: 'uncovered', level, id, tech, op }),
    terminate: () => worker.terminate(),
  };
}
