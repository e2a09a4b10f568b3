/**
 * The session and the imports the worker keeps: what is saved comes back after the first analysis, a file read is
 * applied by its number, removed by its id, and everything is asked again from a restarted worker. The page holds
 * the list and where the data comes from, never the data; the sites are drawn from the worker's tiles.
 */
import { describe, expect, it } from 'vitest';
import { setup, until } from '../../support/session-harness.js';
import type { LayerData } from '../../../src/session/data-layers.js';

const SAVED = { id: 'import-1', fileName: 'tram.csv', importedAt: '2026-12-01T00:00:00Z', mode: 'join' as const };

/** The sites layer as the map is told to draw it. */
function drawnSites(session: ReturnType<typeof setup>['session']): () => LayerData | undefined {
  let last: LayerData | undefined;
  session.layers.listen((key, data) => {
    if (key === 'sites') last = data;
  });
  return () => last;
}

describe('session imports', () => {
  it('the imports saved in the browser are put back after the first analysis, their sites drawn from worker tiles', async () => {
    const { store, session, log } = setup([{ ...SAVED, kind: 'sites', count: 2 }]);
    const sites = drawnSites(session);
    await until(() => store.getState().imports.length === 1, 'imports restored');
    expect(log.slice(0, 2)).toEqual(['init', 'restoreImports']);
    expect(store.getState().imports[0]).toMatchObject({ fileName: 'tram.csv', count: 2 });
    expect(store.getState().provenance.sites).toBe('mixed');
    expect(sites()).toMatch(/^hanoi-coverage:\/\/sites\/\{z\}\/\{x\}\/\{y\}\?v=\d+$/);
    expect(session.siteDensity()).toMatch(/^blob:/);
    expect(session.layers.get('sites')).toBeUndefined();
    session.destroy();
  });

  it('a file read is applied by its number and removed by its id; the shipped sites come back', async () => {
    const { store, session, log } = setup();
    const sites = drawnSites(session);
    await until(() => store.getState().analysis.status === 'ready' && log.includes('restoreImports'), 'started');
    expect(store.getState().imports).toEqual([]);
    const read = await session.importFile(new File(['x'], 'a.csv'), 'auto', {} as never, () => {});
    await session.addImport(read.readId, 'replace');
    expect(log).toContain(`applyImport ${read.readId}`);
    expect(store.getState().imports.map((i) => [i.fileName, i.mode])).toEqual([['a.csv', 'replace']]);
    const first = sites();
    expect(first).toMatch(/^hanoi-coverage:\/\/sites\//);
    await session.addImport(
      (await session.importFile(new File(['y'], 'b.csv'), 'auto', {} as never, () => {})).readId,
      'join',
    );
    expect(sites()).not.toBe(first);
    await session.removeImport(store.getState().imports[0]!.id);
    await session.removeImport(store.getState().imports[0]!.id);
    expect(store.getState().imports).toEqual([]);
    expect(store.getState().provenance.sites).toBe('sample');
    expect(session.siteDensity()).toBeNull();
    expect(typeof sites()).toBe('object');
    session.destroy();
  });

  it('a layer the imports leave to the sample is not drawn again (MapLibre would copy it to its worker)', async () => {
    const { store, session, log } = setup();
    await until(() => store.getState().analysis.status === 'ready' && log.includes('restoreImports'), 'started');
    const drawn: string[] = [];
    session.layers.listen((key) => drawn.push(key));
    drawn.length = 0;
    const read = await session.importFile(new File(['x'], 'a.csv'), 'auto', {} as never, () => {});
    await session.addImport(read.readId, 'join');
    expect(drawn).toEqual(['sites']);
    session.destroy();
  });

  it('a restarted worker puts the saved imports back', async () => {
    const { store, session, log, workers } = setup([{ ...SAVED, kind: 'sites', count: 2 }]);
    await until(() => store.getState().imports.length === 1, 'imports restored');
    log.length = 0;
    workers[0]!.crash('out of memory');
    await until(() => log.includes('restoreImports'), 'restored again');
    expect(log[0]).toBe('init');
    await until(() => store.getState().analysis.status === 'ready', 'ready after restart');
    expect(store.getState().imports).toHaveLength(1);
    session.destroy();
  });
});
