import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openAppDb } from '../data/persist/indexed-db.js';
import { importSitesText } from '../data/import/import-sites.js';
import type { ImportedFile, ImportedPart } from '../data/import/import-file.js';
import { ImportRegistry, KEPT_READS, MAX_BROWSER_SITES } from './import-registry.js';

const sites = (...ids: string[]): ImportedPart => ({
  kind: 'sites',
  result: importSitesText(
    `id,operator,lng,lat,tech,band\n${ids.map((id, i) => `${id},viettel,105.8${i},21.03,4G,1800`).join('\n')}\n`,
    { source: 'tram.csv' },
  ),
});
/** A site file of `n` sites (copies of one, with ids `<prefix>0`…), made without parsing a text of that size. */
function manySites(prefix: string, n: number): ImportedPart {
  const one = sites('X');
  if (one.kind !== 'sites') throw new Error('not a site part');
  const [site] = one.result.sites;
  return {
    ...one,
    result: { ...one.result, sites: Array.from({ length: n }, (_, i) => ({ ...site!, id: `${prefix}${i}` })) },
  };
}
const stamp = (id: string, mode: 'join' | 'replace' = 'join') => ({
  id,
  importedAt: `2026-12-0${id.at(-1)}T00:00:00Z`,
  mode,
});

describe('ImportRegistry', () => {
  it('applies a read by its number, keeps it in the browser storage, and a new registry reads it back', async () => {
    const factory = new IDBFactory();
    const open = () => openAppDb({ factory, name: 'registry-test' });
    const a = new ImportRegistry(open);
    const read = a.remember('tram.csv', sites('A1', 'A2'));
    await a.apply(read, stamp('import-1', 'replace'));
    expect(a.metas()).toEqual([
      {
        id: 'import-1',
        fileName: 'tram.csv',
        importedAt: '2026-12-01T00:00:00Z',
        mode: 'replace',
        kind: 'sites',
        count: 2,
      },
    ]);
    expect(a.base().sites).toMatchObject({ mode: 'replace', sites: [{ id: 'A1' }, { id: 'A2' }] });
    const b = new ImportRegistry(open);
    expect(await b.restore()).toEqual([]);
    expect(b.metas().map((m) => [m.id, m.count])).toEqual([['import-1', 2]]);
    await b.remove('import-1');
    const c = new ImportRegistry(open);
    await c.restore();
    expect(c.imports).toEqual([]);
    expect(c.base().sites).toEqual({ mode: 'sample' });
  });

  it('an import of the same id is replaced; a read applied or forgotten cannot be applied again', async () => {
    const r = new ImportRegistry(() => openAppDb({ factory: new IDBFactory(), name: 'replace-test' }));
    await r.apply(r.remember('a.csv', sites('A1')), stamp('import-1'));
    const again = r.remember('b.csv', sites('B1', 'B2'));
    await r.apply(again, stamp('import-1'));
    expect(r.metas().map((m) => [m.fileName, m.count])).toEqual([['b.csv', 2]]);
    await expect(r.apply(again, stamp('import-2'))).rejects.toThrow(/number 2\) is no longer kept/);
    const reads = Array.from({ length: KEPT_READS + 1 }, (_, i) => r.remember(`${i}.csv`, sites(`X${i}`)));
    await expect(r.apply(reads[0]!, stamp('import-3'))).rejects.toThrow(/no longer kept; choose the file again/);
    await r.apply(reads.at(-1)!, stamp('import-4'));
    expect(r.metas().map((m) => m.id)).toEqual(['import-1', 'import-4']);
  });

  it('a file of several kinds gives one import per part with something accepted', async () => {
    const r = new ImportRegistry(() => openAppDb({ factory: new IDBFactory(), name: 'parts-test' }));
    const mixed: ImportedFile = { kind: 'mixed', parts: [sites('A1'), sites()], issues: [] };
    await r.apply(r.remember('mixed.geojson', mixed), stamp('import-1'));
    expect(r.metas().map((m) => m.id)).toEqual(['import-1']);
    const two: ImportedFile = { kind: 'mixed', parts: [sites('A1'), sites('B1')], issues: [] };
    await r.apply(r.remember('two.geojson', two), stamp('import-2'));
    expect(r.metas().map((m) => m.id)).toEqual(['import-1', 'import-2-1', 'import-2-2']);
  });

  it('without browser storage the imports work in memory, and a warning says they will not be kept', async () => {
    const r = new ImportRegistry(() => Promise.reject(new Error('IndexedDB is not available')));
    const issues = await r.restore();
    expect(issues.map((i) => [i.rule, i.vi])).toEqual([
      ['persist-unavailable', expect.stringContaining('tệp đã nhập chỉ được giữ đến khi đóng trang này')],
    ]);
    await r.apply(r.remember('a.csv', sites('A1')), stamp('import-1'));
    expect(r.metas()).toHaveLength(1);
    expect(r.takeWarnings()).toEqual([]);
  });
});

describe('ImportRegistry when the storage refuses a write', () => {
  it('uses the import all the same and warns that it will not be kept', async () => {
    const db = await openAppDb({ factory: new IDBFactory(), name: 'full-test' });
    const full = { ...db, put: () => Promise.reject(new Error('QuotaExceededError: the quota has been exceeded')) };
    const r = new ImportRegistry(() => Promise.resolve(full));
    await r.apply(r.remember('big.csv', sites('A1', 'A2')), stamp('import-1'));
    expect(r.metas().map((m) => [m.fileName, m.count])).toEqual([['big.csv', 2]]);
    expect(r.takeWarnings().map((i) => [i.rule, i.file, i.message])).toEqual([
      ['persist-write', 'big.csv', expect.stringMatching(/quota.*"big\.csv" is in use but will not be kept/)],
    ]);
  });

  it('refuses, in both languages and before saving, a file that would put more sites in use than the page can analyse', async () => {
    const open = () => openAppDb({ factory, name: 'limit-test' });
    const factory = new IDBFactory();
    const r = new ImportRegistry(open);
    await r.apply(r.remember('a.csv', manySites('A', MAX_BROWSER_SITES - 1)), stamp('import-1'));
    const refused = r.apply(r.remember('big.csv', manySites('B', 2)), stamp('import-2'));
    await expect(refused).rejects.toThrow(
      /^big\.csv: with it 150,001 imported sites would be in use, more than the 150,000 .*`npm run analyse -- big\.csv`$/,
    );
    await expect(refused).rejects.toMatchObject({ vi: expect.stringMatching(/^big\.csv: nếu áp dụng, 150\.001 trạm/) });
    expect(r.metas().map((m) => [m.id, m.count])).toEqual([['import-1', MAX_BROWSER_SITES - 1]]);
    const reloaded = new ImportRegistry(open);
    await reloaded.restore();
    expect(reloaded.metas().map((m) => m.id)).toEqual(['import-1']);
    // The same sites again (their ids already in use) add none: applied.
    await r.apply(r.remember('again.csv', manySites('A', 10)), stamp('import-3'));
    expect(r.metas().map((m) => m.id)).toEqual(['import-1', 'import-3']);
  });
});
