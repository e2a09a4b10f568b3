import { describe, expect, it } from 'vitest';
import { CLOSED_MESSAGE, memoryAppDb } from './app-db.js';
import {
  clearImports,
  deleteImport,
  listImports,
  loadPlan,
  readSetting,
  savePlan,
  saveImport,
  writeSetting,
} from './records.js';
import { PLAN_HISTORY_LIMIT, PLAN_KEY, RECORD_SCHEMA } from './schema.js';
import {
  IMPLEMENTATIONS,
  countWrites,
  createCablesImport,
  createCoverageImport,
  createPlan,
  createSite,
  createSitesImport,
} from '../../../test/support/persist-fixtures.js';

describe.each(IMPLEMENTATIONS)('records on $name', ({ start }) => {
  it('gives back the plan unchanged after a reopen: every site field, both history stacks', async () => {
    const h = start();
    const db = await h.open();
    await savePlan(db, createPlan());
    const again = await h.reopen(db);
    expect(await loadPlan(again)).toEqual({ plan: createPlan(), issues: [] });
  });

  it('keeps null dates, empty azimuth lists and null ranges as they are, not as missing keys', async () => {
    const h = start();
    const db = await h.open();
    await savePlan(db, {
      sites: [createSite({ azimuthsDeg: [], onAir: null, rangeM: null })],
      undo: [],
      redo: [],
      nextId: 2,
    });
    const site = (await loadPlan(await h.reopen(db))).plan?.sites[0];
    expect(site).toHaveProperty('onAir', null);
    expect(site).toHaveProperty('rangeM', null);
    expect(site?.azimuthsDeg).toEqual([]);
  });

  it('loads no plan from an empty database', async () => {
    const db = await start().open();
    expect(await loadPlan(db)).toEqual({ plan: null, issues: [] });
  });

  it('keeps the newest steps of each history stack, at most the limit', async () => {
    const db = await start().open();
    const steps = Array.from({ length: PLAN_HISTORY_LIMIT + 5 }, (_, i) => ({
      label: `step ${i}`,
      before: [],
      after: [createSite({ id: `s${i}` })],
    }));
    await savePlan(db, { sites: [], undo: steps, redo: steps, nextId: 1 });
    const plan = (await loadPlan(db)).plan;
    expect(plan?.undo.map((s) => s.label)).toEqual(steps.slice(5).map((s) => s.label));
    expect(plan?.redo).toHaveLength(PLAN_HISTORY_LIMIT);
  });

  it('stores a copy: changing the plan after saving it does not change what is stored', async () => {
    const db = await start().open();
    const plan = createPlan();
    await savePlan(db, plan);
    plan.sites[0]!.lng = 0;
    expect((await loadPlan(db)).plan?.sites[0]?.lng).toBe(105.8342);
  });

  it('gives back every kind of import unchanged after a reopen, oldest first', async () => {
    const h = start();
    const db = await h.open();
    await saveImport(db, createCablesImport());
    await saveImport(db, createSitesImport());
    await saveImport(db, createCoverageImport());
    const list = await listImports(await h.reopen(db));
    expect(list).toEqual({ imports: [createSitesImport(), createCoverageImport(), createCablesImport()], issues: [] });
  });

  it('replaces an import saved again under the same id', async () => {
    const db = await start().open();
    await saveImport(db, createSitesImport());
    await saveImport(db, createSitesImport({ fileName: 'sites-v2.csv' }));
    expect((await listImports(db)).imports.map((i) => i.fileName)).toEqual(['sites-v2.csv']);
  });

  it('deletes one import', async () => {
    const db = await start().open();
    await saveImport(db, createSitesImport());
    await saveImport(db, createCoverageImport());
    await deleteImport(db, 'imp-sites');
    expect((await listImports(db)).imports.map((i) => i.id)).toEqual(['imp-coverage']);
  });

  it('clears every import, and only the imports', async () => {
    const db = await start().open();
    await savePlan(db, createPlan());
    await saveImport(db, createSitesImport());
    await saveImport(db, createCablesImport());
    await clearImports(db);
    expect(await listImports(db)).toEqual({ imports: [], issues: [] });
    expect((await loadPlan(db)).plan).toEqual(createPlan());
  });

  it('reports a corrupt import with its id and skips it, loading the others', async () => {
    const db = await start().open();
    await saveImport(db, createCoverageImport());
    const broken: Record<string, unknown> = { ...createSitesImport(), schema: RECORD_SCHEMA };
    delete broken.fileName;
    await db.put('imports', 'imp-sites', broken);
    const list = await listImports(db);
    expect(list.imports.map((i) => i.id)).toEqual(['imp-coverage']);
    expect(list.issues).toEqual([
      {
        severity: 'error',
        rule: 'persist-record-invalid',
        file: 'saved imports',
        index: null,
        key: 'imp-sites',
        message: 'saved imports: import "imp-sites": field "fileName" is missing — it is skipped',
        vi: 'dữ liệu nhập đã lưu: lần nhập "imp-sites": thiếu trường "fileName" — bị bỏ qua',
      },
    ]);
  });

  it('reports an import whose site has a mistyped field, naming the site', async () => {
    const db = await start().open();
    const item = createSitesImport();
    await db.put('imports', item.id, {
      ...item,
      schema: RECORD_SCHEMA,
      sites: [createSite(), { ...createSite(), lat: '21.02' }],
    });
    expect((await listImports(db)).issues.map((i) => i.message)).toEqual([
      'saved imports: import "imp-sites": sites 1: field "lat" is "21.02", not a finite number — it is skipped',
    ]);
  });

  it('reports an import of a newer schema and keeps it stored', async () => {
    const db = await start().open();
    await db.put('imports', 'imp-next', { ...createSitesImport({ id: 'imp-next' }), schema: RECORD_SCHEMA + 1 });
    const list = await listImports(db);
    expect(list.imports).toEqual([]);
    expect(list.issues.map((i) => [i.rule, i.key, i.message])).toEqual([
      [
        'persist-future-schema',
        'imp-next',
        `saved imports: import "imp-next": schema version ${RECORD_SCHEMA + 1} is newer than this app reads (${RECORD_SCHEMA}) — it was saved by a newer version of the app; it is kept but not loaded`,
      ],
    ]);
    expect(await db.get('imports', 'imp-next')).not.toBeNull();
  });

  it('reports a plan of a newer schema and loads none', async () => {
    const db = await start().open();
    await db.put('plan', PLAN_KEY, { ...createPlan(), schema: RECORD_SCHEMA + 1, savedAt: '2030-01-01T00:00:00.000Z' });
    const load = await loadPlan(db);
    expect(load.plan).toBeNull();
    expect(load.issues.map((i) => i.rule)).toEqual(['persist-future-schema']);
  });

  it('leaves out a corrupt site of the plan, naming it, and keeps the others', async () => {
    const db = await start().open();
    const plan = createPlan();
    await db.put('plan', PLAN_KEY, {
      ...plan,
      schema: RECORD_SCHEMA,
      savedAt: '2025-06-01T00:00:00.000Z',
      sites: [plan.sites[0], { ...plan.sites[1], operator: 'gmobile' }, plan.sites[2]],
    });
    const load = await loadPlan(db);
    expect(load.plan?.sites.map((s) => s.id)).toEqual(['plan-1', 'plan-3']);
    expect(load.issues).toEqual([
      {
        severity: 'error',
        rule: 'persist-site-invalid',
        file: 'saved plan',
        index: 1,
        key: 'plan-2',
        message:
          'saved plan: site 1 ("plan-2"): field "operator" is "gmobile", not one of viettel, vnpt, mobifone, vietnamobile — the site is left out',
        vi: 'kế hoạch đã lưu: trạm 1 ("plan-2"): trường "operator" là "gmobile", không phải một trong viettel, vnpt, mobifone, vietnamobile — trạm bị bỏ ra',
      },
    ]);
  });

  it('drops a broken undo step and the steps older than it, keeping the newer ones', async () => {
    const db = await start().open();
    const step = (label: string) => ({ label, before: [], after: [createSite()] });
    await db.put('plan', PLAN_KEY, {
      sites: [],
      redo: [],
      nextId: 2,
      schema: RECORD_SCHEMA,
      savedAt: '2025-06-01T00:00:00.000Z',
      undo: [step('a'), { label: 'b' }, step('c')],
    });
    const load = await loadPlan(db);
    expect(load.plan?.undo.map((s) => s.label)).toEqual(['c']);
    expect(load.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'saved plan: undo step 1: field "before" is missing — it and the 1 older steps are dropped'],
    ]);
  });

  it('rebuilds a missing nextId from the largest id number the plan holds, with a warning', async () => {
    const db = await start().open();
    const record: Record<string, unknown> = {
      ...createPlan(),
      schema: RECORD_SCHEMA,
      savedAt: '2025-06-01T00:00:00.000Z',
    };
    delete record.nextId;
    await db.put('plan', PLAN_KEY, record);
    const load = await loadPlan(db);
    expect(load.plan?.nextId).toBe(5);
    expect(load.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'saved plan: the plan: field "nextId" is undefined, not a positive integer — rebuilt as 5'],
    ]);
  });

  it('reports a plan record that is not an object', async () => {
    const db = await start().open();
    await db.put('plan', PLAN_KEY, 'garbage');
    expect(await loadPlan(db)).toEqual({
      plan: null,
      issues: [
        {
          severity: 'error',
          rule: 'persist-record-invalid',
          file: 'saved plan',
          index: null,
          key: PLAN_KEY,
          message: 'saved plan: the plan is "garbage", not an object — it is skipped',
          vi: 'kế hoạch đã lưu: kế hoạch là "garbage", không phải một đối tượng — bị bỏ qua',
        },
      ],
    });
  });

  it('gives back a setting after a reopen, and null for a setting never written', async () => {
    const h = start();
    const db = await h.open();
    await writeSetting(db, 'activeImports', ['imp-sites', 'imp-cables']);
    const again = await h.reopen(db);
    expect(await readSetting(again, 'activeImports')).toEqual({ value: ['imp-sites', 'imp-cables'], issues: [] });
    expect(await readSetting(again, 'other')).toEqual({ value: null, issues: [] });
  });

  it('rejects every call after close()', async () => {
    const db = await start().open();
    db.close();
    await expect(loadPlan(db)).rejects.toThrow(new Error(CLOSED_MESSAGE));
    await expect(saveImport(db, createSitesImport())).rejects.toThrow(
      `could not save the imported file "sites.csv" (import "imp-sites"): Error: ${CLOSED_MESSAGE}`,
    );
  });
});

describe('write errors', () => {
  it('names the import and the full storage when the quota is exceeded', async () => {
    const { db } = countWrites(memoryAppDb(), () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    );
    await expect(saveImport(db, createCoverageImport())).rejects.toMatchObject({
      message:
        'could not save the imported file "viettel-5g.geojson" (import "imp-coverage"): the browser\'s storage for this site is full — delete saved imports you no longer need, or free disk space',
      vi: 'không thể lưu tệp đã nhập "viettel-5g.geojson" (lần nhập "imp-coverage"): bộ nhớ trình duyệt dành cho trang này đã đầy — hãy xoá các tệp đã nhập không còn cần, hoặc giải phóng ổ đĩa',
    });
  });
});
