import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { DEFAULT_DRAFT, EMPTY_PLAN } from '../plan.js';
import { createPlanSlice } from './plan.js';

describe('plan slice', () => {
  it('sitePlaced adds a site with the draft’s settings and selects it; the old plan is unchanged', () => {
    const store = frozenSlice(createPlanSlice);
    store.getState().draftEdited({ operator: 'mobifone', band: 'B1' });
    const before = store.getState();
    store.getState().sitePlaced(105.85, 21.03);
    const s = store.getState();
    expect(s.plan.sites).toMatchObject([
      { id: 'plan-1', operator: 'mobifone', bands: ['B1'], lng: 105.85, lat: 21.03 },
    ]);
    expect(s.planSelected).toBe('plan-1');
    expect(before.plan).toBe(EMPTY_PLAN);
    expect(before.planSelected).toBeNull();
  });

  it('a drag is one history step: siteDragStarted selects and opens it, siteMoved adds none', () => {
    const store = frozenSlice(createPlanSlice);
    store.getState().sitePlaced(105.8, 21.0);
    store.getState().planSiteSelected(null);
    store.getState().siteDragStarted('plan-1');
    for (let i = 1; i <= 5; i++) store.getState().siteMoved('plan-1', 105.8 + i / 1e3, 21.0);
    expect(store.getState().planSelected).toBe('plan-1');
    expect(store.getState().plan.past).toHaveLength(2);
    expect(store.getState().plan.sites[0]!.lng).toBeCloseTo(105.805, 9);
    store.getState().planUndone();
    expect(store.getState().plan.sites[0]!.lng).toBe(105.8);
    store.getState().planRedone();
    expect(store.getState().plan.sites[0]!.lng).toBeCloseTo(105.805, 9);
  });

  it('siteEdited changes one site; siteRemoved drops it and its selection', () => {
    const store = frozenSlice(createPlanSlice);
    store.getState().sitePlaced(105.8, 21.0);
    store.getState().sitePlaced(105.9, 21.1);
    store.getState().siteEdited('plan-1', { heightM: 42 });
    expect(store.getState().plan.sites.map((s) => s.heightM)).toEqual([42, DEFAULT_DRAFT.heightM]);
    store.getState().siteRemoved('plan-1');
    expect(store.getState().planSelected).toBe('plan-2');
    store.getState().siteRemoved('plan-2');
    expect(store.getState()).toMatchObject({ planSelected: null, plan: { sites: [] } });
  });

  it('sitesAdded adds ready-made sites as one step; planRestored puts a saved plan back', () => {
    const store = frozenSlice(createPlanSlice);
    store.getState().sitePlaced(105.8, 21.0);
    const one = store.getState().plan;
    const other = frozenSlice(createPlanSlice);
    other.getState().sitesAdded(one.sites);
    expect(other.getState().plan.sites.map((s) => s.id)).toEqual(['plan-1']);
    expect(other.getState().plan.past).toHaveLength(1);
    other.getState().planRestored(EMPTY_PLAN);
    expect(other.getState().plan).toBe(EMPTY_PLAN);
  });

  it('plan mode, draft and change summary are set by their actions', () => {
    const store = frozenSlice(createPlanSlice);
    const before = store.getState();
    store.getState().planModeSwitched(true);
    store.getState().draftEdited({ heightM: 45 });
    store.getState().planChangeSummarised({ lines: [], ms: 12 });
    expect(store.getState()).toMatchObject({ planMode: true, draft: { ...DEFAULT_DRAFT, heightM: 45 } });
    expect(store.getState().planChange).toEqual({ lines: [], ms: 12 });
    expect(before).toMatchObject({ planMode: false, draft: DEFAULT_DRAFT, planChange: null });
  });
});
