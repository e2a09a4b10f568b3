import { describe, expect, it } from 'vitest';
import { memoryAppDb } from '../data/persist/app-db.js';
import { writeSetting } from '../data/persist/records.js';
import type { DataSource } from '../data/load-layers.js';
import type { NamedLine } from '../domain/named-line.js';
import { lineSetStore, NAMED_LINES_SETTING } from './named-lines-store.js';
import { namedLinesHandlers, type LineService } from './named-lines-handler.js';

const LINE: NamedLine = {
  name: 'Tuyến 2A',
  kind: 'metro',
  classes: ['subway'],
  segments: 1,
  lengthM: 1000,
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [105.8, 21.0],
        [105.8, 21.009],
      ],
    ],
  },
};

/** A data folder without `named-lines.json`: no built-in lines. */
const NO_FILE: DataSource = { getBytes: async (p) => Promise.reject(new Error(`${p}: HTTP 404`)) };
const SERVICE = { sites: [], requireEngine: () => Promise.reject(new Error('no engine')) } as unknown as LineService;

/** A GeoJSON file of one metro line named `name`. */
const metroFile = (name: string) =>
  new Blob([
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name, railway: 'subway' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [105.8, 21.0],
              [105.8, 21.009],
            ],
          },
        },
      ],
    }),
  ]);

describe('lineSetStore', () => {
  it('gives back what it saved', async () => {
    const db = memoryAppDb();
    const store = lineSetStore(async () => db);
    await store.save([{ id: 'import-3', source: 'metro.geojson', lines: [LINE] }]);
    expect(await store.load()).toEqual({
      sets: [{ id: 'import-3', source: 'metro.geojson', lines: [LINE] }],
      issues: [],
    });
  });

  it('skips a broken saved set with a warning naming it, and reads the others', async () => {
    const db = memoryAppDb();
    await writeSetting(db, NAMED_LINES_SETTING, [
      { id: 'import-1', source: 'a.geojson', lines: [{ ...LINE, kind: 'canal' }] },
      { id: 'import-2', source: 'b.geojson', lines: [LINE] },
    ]);
    const { sets, issues } = await lineSetStore(async () => db).load();
    expect(sets.map((s) => s.id)).toEqual(['import-2']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'persist-named-lines', index: 0, key: NAMED_LINES_SETTING });
    expect(issues[0]!.message).toMatch(/^saved named-line file 1: .*line 0: expected .*— skipped$/);
  });

  it('says why when the browser gives no storage', async () => {
    const { sets, issues } = await lineSetStore(() => Promise.reject(new Error('no IndexedDB'))).load();
    expect(sets).toEqual([]);
    expect(issues[0]!.vi).toBe('các tuyến có tên đã lưu: no IndexedDB');
  });
});

describe('named-line handlers with a store', () => {
  it('an imported file is found again by a new worker; ids go on from the saved ones; removal is saved', async () => {
    const db = memoryAppDb();
    const first = namedLinesHandlers(
      SERVICE,
      async () => ({ source: NO_FILE }),
      lineSetStore(async () => db),
    );
    const r = await first.importLines(null as never, metroFile('Tuyến 2A'), 'metro.geojson', 'auto');
    expect(r.setId).toBe('import-1');

    const second = namedLinesHandlers(
      SERVICE,
      async () => ({ source: NO_FILE }),
      lineSetStore(async () => db),
    );
    expect(await second.savedLineIssues(null as never)).toEqual([]);
    const names = await second.lineNames(null as never);
    expect(names.map((e) => [e.id, e.name, e.kind, e.source])).toEqual([
      ['import-1/0', 'Tuyến 2A', 'metro', 'metro.geojson'],
    ]);
    const next = await second.importLines(null as never, metroFile('Tuyến 3'), 'ga.geojson', 'auto');
    expect(next.setId).toBe('import-2');
    await second.removeLines(null as never, 'import-1');

    const third = namedLinesHandlers(
      SERVICE,
      async () => ({ source: NO_FILE }),
      lineSetStore(async () => db),
    );
    expect((await third.lineNames(null as never)).map((e) => e.name)).toEqual(['Tuyến 3']);
  });

  it('an import the storage refuses is kept for the page, with a warning saying so', async () => {
    const store = lineSetStore(async () => memoryAppDb());
    store.save = () => Promise.reject(new Error('QuotaExceededError'));
    const h = namedLinesHandlers(SERVICE, async () => ({ source: NO_FILE }), store);
    const r = await h.importLines(null as never, metroFile('Tuyến 2A'), 'metro.geojson', 'auto');
    expect(r.setId).toBe('import-1');
    expect(r.issues.map((i) => i.rule)).toContain('persist-named-lines');
    expect((await h.lineNames(null as never)).map((e) => e.name)).toEqual(['Tuyến 2A']);
  });
});
