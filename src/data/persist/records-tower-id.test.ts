/** Tower ids (`Site.towerId`, optional) in stored imports and plans: kept when present, absent stays absent. */
import { describe, expect, it } from 'vitest';
import { listImports, loadPlan, saveImport, savePlan } from './records.js';
import { RECORD_SCHEMA } from './schema.js';
import { IMPLEMENTATIONS, createSite, createSitesImport } from '../../../test/support/persist-fixtures.js';

describe.each(IMPLEMENTATIONS)('tower ids on $name', ({ start }) => {
  it('gives back an imported site with its tower id and one without, unchanged after a reopen', async () => {
    const h = start();
    const db = await h.open();
    const item = createSitesImport({ sites: [createSite({ id: 'S1', towerId: 'HN-0457' }), createSite({ id: 'S2' })] });
    await saveImport(db, item);
    const list = await listImports(await h.reopen(db));
    expect(list).toStrictEqual({ imports: [item], issues: [] });
    const back = list.imports[0];
    if (back?.kind !== 'sites') throw new Error('expected the site import back');
    expect('towerId' in back.sites[1]!).toBe(false);
  });

  it('keeps a plan site copied from an imported one with its tower id', async () => {
    const h = start();
    const db = await h.open();
    const plan = { sites: [createSite({ towerId: '0457' })], undo: [], redo: [], nextId: 2 };
    await savePlan(db, plan);
    expect((await loadPlan(await h.reopen(db))).plan?.sites[0]?.towerId).toBe('0457');
  });

  it('reports an import whose site has a tower id that is not a non-empty string, naming the site', async () => {
    const db = await start().open();
    const item = createSitesImport();
    await db.put('imports', item.id, {
      ...item,
      schema: RECORD_SCHEMA,
      sites: [createSite({ towerId: 'T1' }), { ...createSite(), towerId: 457 }],
    });
    expect((await listImports(db)).issues.map((i) => i.message)).toEqual([
      'saved imports: import "imp-sites": sites 1: field "towerId" is 457, not absent or a non-empty string — it is skipped',
    ]);
  });
});
