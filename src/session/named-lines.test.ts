import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/store.js';
import { NamedLines } from './named-lines.js';
import type { CoverageClient } from './client.js';
import type { LineFiguresAnswer, NamedLineEntry } from '../worker/named-lines-handler.js';
import { WorkerCallError } from '../worker/rpc.js';

const entry = (id: string, name: string): NamedLineEntry => ({
  id,
  name,
  kind: 'road',
  classes: ['primary'],
  segments: 2,
  km: 2,
  bbox: [105.8, 21.0, 105.82, 21.0],
  set: id.split('/')[0]!,
  source: 'test',
});

const GIAI_PHONG = entry('built-in/0', 'Giải Phóng');

/** A fake worker: its calls are logged, and `lineFigures` answers when `answer(i)` is called for the i-th one. */
function fakeClient(savedIssues: unknown[] = []) {
  const log: string[] = [];
  const pending: { resolve: (v: unknown) => void; reject: (e: unknown) => void; level: string }[] = [];
  const call = (method: string, args: unknown[]): Promise<unknown> => {
    log.push(`${method} ${JSON.stringify(args.map((a) => (a instanceof Blob ? 'file' : a)))}`);
    if (method === 'lineNames') return Promise.resolve([GIAI_PHONG]);
    if (method === 'savedLineIssues') return Promise.resolve(savedIssues);
    if (method === 'lineFigures')
      return new Promise((resolve, reject) => pending.push({ resolve, reject, level: args[1] as string }));
    if (method === 'importLines')
      return Promise.resolve({
        setId: 'import-1',
        lines: [entry('import-1/0', 'Tuyến 2A')],
        accepted: 3,
        features: 4,
        issues: [],
        read: READ,
      });
    if (method === 'removeLines') return Promise.resolve([GIAI_PHONG]);
    return Promise.reject(new Error(`unexpected ${method}`));
  };
  const figures = (level: string) => ({ line: GIAI_PHONG, level, km: 2 }) as unknown as LineFiguresAnswer;
  return { client: { call } as unknown as CoverageClient, log, pending, figures };
}

/** How the worker read the imported file: a GeoJSON file without a crs member. */
const READ = {
  format: 'geojson',
  encoding: null,
  crs: { system: 'wgs84', declared: null, reason: 'r', reasonVi: 'r-vi' },
} as const;

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('NamedLines', () => {
  it('reads the names once, and asks a picked line’s figures at the store’s coverage level', async () => {
    const store = createAppStore(null);
    const w = fakeClient();
    const lines = new NamedLines(store, () => w.client);
    await Promise.all([lines.load(), lines.load()]);
    expect(lines.getSnapshot().entries).toEqual([GIAI_PHONG]);
    lines.pick(GIAI_PHONG);
    expect(lines.getSnapshot().picked).toEqual({ entry: GIAI_PHONG, figures: null, error: null });
    w.pending[0]!.resolve(w.figures('outdoor'));
    await settle();
    expect(lines.getSnapshot().picked?.figures?.level).toBe('outdoor');
    expect(w.log).toEqual(['lineNames []', 'savedLineIssues []', 'lineFigures ["built-in/0","outdoor",true]']);
  });

  it('tells the saved files that could not be read back as warnings', async () => {
    const store = createAppStore(null);
    const issue = { severity: 'warning', rule: 'persist-named-lines', file: 'browser storage', index: 0, key: null };
    const w = fakeClient([{ ...issue, message: 'saved named-line file 1: … — skipped' }]);
    await new NamedLines(store, () => w.client).load();
    expect(store.getState().issues.map((i) => i.rule)).toContain('persist-named-lines');
  });

  it('asks again when the coverage level changes, and keeps only the newest answer', async () => {
    const store = createAppStore(null);
    const w = fakeClient();
    const lines = new NamedLines(store, () => w.client);
    lines.pick(GIAI_PHONG);
    store.getState().coverageLevelChosen('indoor');
    expect(w.pending.map((p) => p.level)).toEqual(['outdoor', 'indoor']);
    w.pending[1]!.resolve(w.figures('indoor'));
    w.pending[0]!.resolve(w.figures('outdoor'));
    await settle();
    expect(lines.getSnapshot().picked?.figures?.level).toBe('indoor');
  });

  it('shows the worker’s error in both languages', async () => {
    const store = createAppStore(null);
    const w = fakeClient();
    const lines = new NamedLines(store, () => w.client);
    lines.pick(GIAI_PHONG);
    w.pending[0]!.reject(
      new WorkerCallError('lineFigures', { message: 'no named line has the id', vi: 'không có tuyến nào' }),
    );
    await settle();
    expect(lines.getSnapshot().picked?.error).toEqual({ vi: 'không có tuyến nào', en: 'no named line has the id' });
  });

  it('one panel at a time: picking a line closes the point, asking a point closes the line', () => {
    const store = createAppStore(null);
    const w = fakeClient();
    const lines = new NamedLines(store, () => w.client);
    store.getState().pointAsked([105.85, 21.03], 'map');
    lines.pick(GIAI_PHONG);
    expect(store.getState().point).toBeNull();
    store.getState().pointAsked([105.85, 21.03], 'map');
    expect(lines.getSnapshot().picked).toBeNull();
  });

  it('an imported file joins the names with its report; removing it forgets both', async () => {
    const store = createAppStore(null);
    const w = fakeClient();
    const lines = new NamedLines(store, () => w.client);
    await lines.importFile(new File(['{}'], 'metro.geojson'), 'metro');
    expect(lines.getSnapshot().imports).toEqual([
      { file: 'metro.geojson', setId: 'import-1', lines: 1, accepted: 3, features: 4, issues: [], read: READ },
    ]);
    expect(w.log[0]).toBe('importLines ["file","metro.geojson","metro"]');
    await lines.remove('import-1');
    expect(lines.getSnapshot().imports).toEqual([]);
    expect(w.log.at(-1)).toBe('removeLines ["import-1"]');
  });
});
