import { describe, expect, it } from 'vitest';
import {
  commitSites,
  diffSites,
  emptyPlan,
  historyFromStates,
  redoPlan,
  statesFromHistory,
  undoPlan,
} from './plan-history.js';
import { PLAN_HISTORY_LIMIT } from './schema.js';
import { createSite } from '../../../test/support/persist-fixtures.js';

describe('plan history', () => {
  it('keeps only the touched sites in a step: a move, an addition and a removal', () => {
    const a = createSite({ id: 'a' });
    const b = createSite({ id: 'b' });
    const c = createSite({ id: 'c' });
    const movedA = { ...a, lng: a.lng + 0.001 };
    expect(diffSites([a, b], [movedA, b, c], 'edit')).toEqual({ label: 'edit', before: [a], after: [movedA, c] });
    expect(diffSites([a, b], [a], 'remove')).toEqual({ label: 'remove', before: [b], after: [] });
  });

  it('records no step when the sites are equal, even as other objects', () => {
    const plan = commitSites(emptyPlan(), [createSite()], 'add');
    expect(commitSites(plan, [createSite()], 'again')).toBe(plan);
  });

  it('sees a changed azimuth list as a change', () => {
    expect(diffSites([createSite()], [createSite({ azimuthsDeg: [0, 120, 250] })], 'turn')).not.toBeNull();
  });

  it('undoes and redoes back to the same states', () => {
    const s1 = [createSite({ id: 'a' }), createSite({ id: 'b' })];
    const s2 = [createSite({ id: 'a', lat: 21.05 }), createSite({ id: 'b' }), createSite({ id: 'c' })];
    const s3 = [createSite({ id: 'a', lat: 21.05 }), createSite({ id: 'c' })];
    const p1 = commitSites(emptyPlan(), s1, 'add a, b');
    const p3 = commitSites(commitSites(p1, s2, 'move a, add c'), s3, 'remove b');
    const back2 = undoPlan(p3);
    const back1 = back2 && undoPlan(back2);
    expect(back2?.sites).toEqual([...s3, createSite({ id: 'b' })]);
    expect(back1?.sites).toEqual([createSite({ id: 'a' }), createSite({ id: 'b' })]);
    const forward = back1 && redoPlan(back1);
    expect(forward?.sites).toEqual([
      createSite({ id: 'a', lat: 21.05 }),
      createSite({ id: 'b' }),
      createSite({ id: 'c' }),
    ]);
    expect(forward && redoPlan(forward)).toEqual(p3);
  });

  it('clears the redo stack on a new change', () => {
    const p = undoPlan(commitSites(emptyPlan(), [createSite()], 'add'));
    expect(p && commitSites(p, [createSite({ id: 'other' })], 'add other').redo).toEqual([]);
  });

  it('gives null when there is nothing to undo or redo', () => {
    expect(undoPlan(emptyPlan())).toBeNull();
    expect(redoPlan(emptyPlan())).toBeNull();
  });

  it('keeps at most the limit of undo steps, dropping the oldest', () => {
    let plan = emptyPlan();
    for (let i = 0; i <= PLAN_HISTORY_LIMIT; i++) plan = commitSites(plan, [createSite({ heightM: i })], `height ${i}`);
    expect(plan.undo).toHaveLength(PLAN_HISTORY_LIMIT);
    expect(plan.undo[0]?.label).toBe('height 1');
  });

  it('turns a history of whole states into steps and back', () => {
    const s0 = [createSite({ id: 'a' })];
    const s1 = [createSite({ id: 'a' }), createSite({ id: 'b' })];
    const s2 = [createSite({ id: 'a', lng: 105.9 }), createSite({ id: 'b' })];
    const s3 = [createSite({ id: 'a', lng: 105.9 })];
    const s4 = [createSite({ id: 'a', lng: 105.9 }), createSite({ id: 'c' })];
    const { undo, redo } = historyFromStates(s2, [s0, s1], [s4, s3]);
    expect(undo.map((s) => s.after.map((x) => x.id))).toEqual([['b'], ['a']]);
    expect(statesFromHistory({ sites: s2, undo, redo, nextId: 4 })).toEqual({ past: [s0, s1], future: [s4, s3] });
  });

  it('leaves out the steps of states that did not change (a drag that did not move)', () => {
    const s0 = [createSite()];
    expect(historyFromStates(s0, [s0, [createSite()]], [])).toEqual({ undo: [], redo: [] });
  });

  it('carries nextId through commit, undo and redo', () => {
    const plan = commitSites({ ...emptyPlan(), nextId: 7 }, [createSite()], 'add');
    expect([plan.nextId, undoPlan(plan)?.nextId, redoPlan(undoPlan(plan)!)?.nextId]).toEqual([7, 7, 7]);
  });
});
