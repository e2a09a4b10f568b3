/**
 * The session against a scripted fake worker (no engine): which requests the store's changes make, in what
 * order, and what comes back to the store — the gap after a plan edit, a refused plan site, a crash, the slider.
 */
import { describe, expect, it } from 'vitest';
import { placed, selectZone, setup, until } from '../../support/session-harness.js';

describe('session', () => {
  it('loads the data, starts the analysis and lists the places', async () => {
    const { store, session, log } = setup();
    await session.started;
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    expect(log[0]).toBe('init');
    expect(store.getState().places.find((p) => p.level === 'zone')?.name).toBe('Khu A');
    session.destroy();
  });

  it("the selected zone's uncovered area follows a plan edit (no lag of one edit)", async () => {
    const { store, session } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    selectZone(store);
    await until(() => store.getState().analysis.gap?.areaKm2 === 0.07, 'gap of 0.07 km²');
    store.getState().sitePlaced(105.805, 21.005);
    await until(() => store.getState().analysis.results?.zones[0]?.pass === true, 'zone passes');
    await until(() => store.getState().analysis.gap === null, 'gap cleared after the edit');
    store.getState().planUndone();
    await until(() => store.getState().analysis.gap?.areaKm2 === 0.07, 'gap back after undo');
    session.destroy();
  });

  it('a refused plan site is named and later edits are still analysed', async () => {
    const { store, session, log } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    store.getState().sitesAdded([{ ...placed(), id: 'TAKEN' }]);
    await until(() => store.getState().issues.some((i) => i.rule === 'plan-site-refused'), 'refusal warning');
    expect(store.getState().issues.find((i) => i.rule === 'plan-site-refused')?.message).toBe(
      'plan site "TAKEN" left out of the analysis: plan site "TAKEN": the id is taken by a base site',
    );
    store.getState().sitePlaced(105.805, 21.005);
    await until(() => store.getState().analysis.results?.zones[0]?.pass === true, 'next edit analysed');
    expect(log.filter((l) => l.startsWith('plan'))).toEqual(['plan +TAKEN -', 'plan +TAKEN -', 'plan +plan-1 -']);
    session.destroy();
  });

  it('opens a drag on mousedown, sends its steps as drag steps, and one edit without it when it ends', async () => {
    const { store, session, log } = setup();
    const kinds: string[] = [];
    session.on('plan', ({ kind }) => kinds.push(kind));
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    store.getState().sitePlaced(105.805, 21.005);
    await until(() => log.includes('plan +plan-1 -'), 'site placed');
    store.getState().siteDragStarted('plan-1');
    await until(() => log.includes('plan + - drag'), 'drag opened');
    for (let i = 1; i <= 3; i++) {
      const n = log.length;
      store.getState().siteMoved('plan-1', 105.805 + i * 0.001, 21.005);
      await until(() => log.length > n, `step ${i} sent`);
    }
    store.getState().siteDragEnded();
    await until(() => log.includes('plan + -'), 'drag settled');
    expect(log.filter((l) => l.startsWith('plan'))).toEqual([
      'plan +plan-1 -',
      'plan + - drag',
      ...Array(3).fill('plan +plan-1 - drag'),
      'plan + -',
    ]);
    await until(() => kinds.length === 6, 'all answered');
    expect(kinds).toEqual(['edit', 'drag-open', ...Array(3).fill('drag-step'), 'drag-settle']);
    // A drag that ends before its last step was sent sends that step without `drag`.
    store.getState().siteDragStarted('plan-1');
    store.getState().siteMoved('plan-1', 105.81, 21.006);
    store.getState().siteDragEnded();
    await until(() => log.at(-1) === 'plan +plan-1 -', 'last step sent as an edit');
    session.destroy();
  });

  it('the time slider sends the first date and then only the newest', async () => {
    const { store, session, log } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    for (const d of ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']) store.getState().asOfChosen(d);
    await until(() => log.filter((l) => l.startsWith('asOf')).length === 2, 'two dates sent');
    await until(() => store.getState().analysis.status === 'ready', 'ready again');
    expect(log.filter((l) => l.startsWith('asOf'))).toEqual(['asOf 2023-03-31', 'asOf 2023-12-31']);
    session.destroy();
  });

  it('a worker crash is shown, the worker restarts and gets the state again', async () => {
    const { store, session, log, workers } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    store.getState().sitePlaced(105.805, 21.005);
    store.getState().asOfChosen('2024-12-31');
    await until(() => log.includes('asOf 2024-12-31') && store.getState().analysis.status === 'ready', 'date analysed');
    log.length = 0;
    workers[0]!.crash('out of memory');
    await until(() => log.includes('plan +plan-1 -') && log.includes('asOf 2024-12-31'), 'state replayed');
    expect(log[0]).toBe('init');
    expect(workers).toHaveLength(2);
    expect(store.getState().issues.map((i) => i.rule)).toContain('worker-crash');
    await until(() => store.getState().analysis.status === 'ready', 'ready after restart');
    session.destroy();
  });
});
