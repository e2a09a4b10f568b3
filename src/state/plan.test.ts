import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DRAFT,
  EMPTY_PLAN,
  PLAN_HISTORY_LIMIT,
  addSite,
  addSites,
  beginEdit,
  diffSites,
  moveSite,
  redo,
  removeSite,
  undo,
  updateSite,
  type Plan,
} from './plan.js';

describe('plan history', () => {
  it('undo and redo restore the exact states of every step', () => {
    let p: Plan = EMPTY_PLAN;
    const states: Plan['sites'][] = [p.sites];
    p = addSite(p, 105.8, 21.0, DEFAULT_DRAFT).plan;
    states.push(p.sites);
    p = addSite(p, 105.9, 21.1, { ...DEFAULT_DRAFT, operator: 'vnpt', band: 'B1', azimuthsDeg: [0, 120, 240] }).plan;
    states.push(p.sites);
    p = updateSite(p, 'plan-1', { heightM: 45 });
    states.push(p.sites);
    p = beginEdit(p);
    for (let i = 1; i <= 10; i++) p = moveSite(p, 'plan-2', 105.9 + i / 1000, 21.1);
    states.push(p.sites);
    p = removeSite(p, 'plan-1');
    states.push(p.sites);
    for (let i = states.length - 2; i >= 0; i--) {
      p = undo(p);
      expect(p.sites).toEqual(states[i]);
    }
    expect(undo(p)).toBe(p);
    for (let i = 1; i < states.length; i++) {
      p = redo(p);
      expect(p.sites).toEqual(states[i]);
    }
    expect(redo(p)).toBe(p);
  });

  it('a new edit after undo drops the redo states; ids are never reused', () => {
    let p = addSite(EMPTY_PLAN, 105.8, 21.0, DEFAULT_DRAFT).plan;
    p = undo(p);
    p = addSite(p, 105.7, 21.0, DEFAULT_DRAFT).plan;
    expect(p.future).toEqual([]);
    expect(p.sites.map((s) => s.id)).toEqual(['plan-2']);
  });

  it('a 5G band makes a 4G + 5G site; a 4G band a 4G site; candidates are never sample data', () => {
    const { site } = addSite(EMPTY_PLAN, 105.8, 21.0, { ...DEFAULT_DRAFT, band: 'n41' });
    expect(site).toMatchObject({ technologies: ['4G', '5G'], bands: ['B3', 'n41'], sample: false, rangeM: null });
    expect(addSite(EMPTY_PLAN, 105.8, 21.0, { ...DEFAULT_DRAFT, band: 'B8' }).site).toMatchObject({
      technologies: ['4G'],
      bands: ['B8'],
    });
  });

  it('adding ready-made sites keeps free ids, renames taken ones and is one step', () => {
    let p = addSite(EMPTY_PLAN, 105.8, 21.0, DEFAULT_DRAFT).plan;
    const [a] = p.sites;
    p = addSites(p, [
      { ...a!, id: 'plan-1' },
      { ...a!, id: 'suggest-viettel-1', sample: true },
      { ...a!, id: 'plan-7' },
    ]);
    expect(p.sites.map((s) => s.id)).toEqual(['plan-1', 'plan-2', 'suggest-viettel-1', 'plan-7']);
    expect(p.sites.every((s) => !s.sample)).toBe(true);
    expect(p.nextId).toBe(8);
    expect(undo(p).sites.map((s) => s.id)).toEqual(['plan-1']);
  });

  it('keeps at most the history limit', () => {
    let p = EMPTY_PLAN;
    for (let i = 0; i < PLAN_HISTORY_LIMIT + 20; i++) p = addSite(p, 105.8, 21.0, DEFAULT_DRAFT).plan;
    expect(p.past).toHaveLength(PLAN_HISTORY_LIMIT);
  });

  it('diffs two site lists into upserts (new or changed objects) and removals', () => {
    let p = addSite(EMPTY_PLAN, 105.8, 21.0, DEFAULT_DRAFT).plan;
    p = addSite(p, 105.9, 21.0, DEFAULT_DRAFT).plan;
    const before = p.sites;
    p = moveSite(p, 'plan-2', 105.91, 21.0);
    p = removeSite(p, 'plan-1');
    p = addSite(p, 105.7, 21.0, DEFAULT_DRAFT).plan;
    const d = diffSites(before, p.sites);
    expect(d.upsert.map((s) => s.id)).toEqual(['plan-2', 'plan-3']);
    expect(d.remove).toEqual(['plan-1']);
  });
});
