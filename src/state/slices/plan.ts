/**
 * The operator's plan: candidate sites with undo and redo (pure edits in `../plan.ts`), plan mode, the
 * settings of the next site, the candidate being edited, and what the last analysed edit changed. The draft
 * persists with the preferences; the plan itself is kept in IndexedDB (see `../persistence.ts`).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Site } from '../../domain/telecom.js';
import {
  addSite,
  addSites,
  beginEdit,
  DEFAULT_DRAFT,
  EMPTY_PLAN,
  moveSite,
  redo,
  removeSite,
  undo,
  updateSite,
  type Plan,
  type SiteDraft,
} from '../plan.js';

/** One line of what the last plan edit changed, e.g. "Phường X +0.8 pp" or "zone Y now 100 %". */
export type PlanChangeLine = { key: string; name: string; before: number; after: number; zonePassNow: boolean };

/** What the last analysed edit changed, biggest first, and the engine's time for it, ms. */
export type PlanChange = { lines: PlanChangeLine[]; ms: number };

export type PlanState = {
  plan: Plan;
  /** Clicks on the map place candidate sites. */
  planMode: boolean;
  /** Settings of the next site placed. */
  draft: SiteDraft;
  /** The candidate site being edited, or null. */
  planSelected: string | null;
  /** What the last edit changed (null until an edit has been analysed). */
  planChange: PlanChange | null;
  /** The candidate being dragged, or null: its figures are previews until the drag ends (see PlanSync). */
  planDragging: string | null;
};

export type PlanActions = {
  /** The user placed a site (a click in plan mode, `[lng, lat]` degrees) with the draft's settings; it is selected. */
  sitePlaced: (lng: number, lat: number) => void;
  /** The user accepted suggestions or loaded a plan file: the sites join the plan as one step. */
  sitesAdded: (sites: readonly Site[]) => void;
  /** The user began dragging a candidate: it is selected and one history step opens for the whole drag. */
  siteDragStarted: (id: string) => void;
  /** The user let go of the candidate being dragged. */
  siteDragEnded: () => void;
  /** A candidate was dragged to `[lng, lat]` degrees (no new history step). */
  siteMoved: (id: string, lng: number, lat: number) => void;
  /** The user changed a candidate's settings. */
  siteEdited: (id: string, patch: Partial<Omit<Site, 'id'>>) => void;
  /** The user deleted a candidate; it is no longer selected. */
  siteRemoved: (id: string) => void;
  planUndone: () => void;
  planRedone: () => void;
  /** The plan saved in the browser was read back at start. */
  planRestored: (plan: Plan) => void;
  /** The user selected a candidate (null: none). */
  planSiteSelected: (id: string | null) => void;
  /** The user switched plan mode on or off. */
  planModeSwitched: (on: boolean) => void;
  /** The user changed the settings of the next site. */
  draftEdited: (patch: Partial<SiteDraft>) => void;
  /** An edit was analysed: what it changed. */
  planChangeSummarised: (change: PlanChange) => void;
};

export type PlanSlice = PlanState & PlanActions;

export const INITIAL_PLAN: PlanState = {
  plan: EMPTY_PLAN,
  planMode: false,
  draft: DEFAULT_DRAFT,
  planSelected: null,
  planChange: null,
  planDragging: null,
};

export const createPlanSlice: StateCreator<PlanSlice> = (set) => {
  const edit = (f: (p: Plan) => Plan) => set((s) => ({ plan: f(s.plan) }));
  return {
    ...INITIAL_PLAN,
    sitePlaced: (lng, lat) =>
      set((s) => {
        const { plan, site } = addSite(s.plan, lng, lat, s.draft);
        return { plan, planSelected: site.id };
      }),
    sitesAdded: (sites) => edit((p) => addSites(p, sites)),
    siteDragStarted: (id) => set((s) => ({ plan: beginEdit(s.plan), planSelected: id, planDragging: id })),
    siteDragEnded: () => set({ planDragging: null }),
    siteMoved: (id, lng, lat) => edit((p) => moveSite(p, id, lng, lat)),
    siteEdited: (id, patch) => edit((p) => updateSite(p, id, patch)),
    siteRemoved: (id) =>
      set((s) => ({ plan: removeSite(s.plan, id), planSelected: s.planSelected === id ? null : s.planSelected })),
    planUndone: () => edit(undo),
    planRedone: () => edit(redo),
    planRestored: (plan) => set({ plan }),
    planSiteSelected: (planSelected) => set({ planSelected }),
    planModeSwitched: (planMode) => set({ planMode }),
    draftEdited: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
    planChangeSummarised: (planChange) => set({ planChange }),
  };
};
