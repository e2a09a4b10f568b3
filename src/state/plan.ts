/**
 * The operator's plan: candidate sites with undo and redo. Pure functions on an immutable `Plan`; the store
 * wraps them. Every edit that the user makes as one gesture is one history step: placing a site, changing
 * its settings, deleting it, or a whole drag (begun with `beginEdit`, then any number of `moveSite` calls
 * that do not add steps).
 */
import type { Band, Operator, Site, Technology } from '../domain/telecom.js';
import { BANDS } from '../domain/telecom.js';

export type Plan = {
  sites: Site[];
  /** Earlier states, newest last. */
  past: Site[][];
  /** States undone, the next redo last. */
  future: Site[][];
  /** Next number for a new site id (`plan-<n>`), never reused. */
  nextId: number;
};

/** How many steps undo can go back. */
export const PLAN_HISTORY_LIMIT = 200;

export const EMPTY_PLAN: Plan = { sites: [], past: [], future: [], nextId: 1 };

/** Settings of the next site placed: operator, radio band, antenna height, sectors. */
export type SiteDraft = { operator: Operator; band: Band; heightM: number; azimuthsDeg: number[] };

export const DEFAULT_DRAFT: SiteDraft = { operator: 'viettel', band: 'n78', heightM: 30, azimuthsDeg: [] };

/** Technologies of a candidate with one band: a 5G band is added to a 4G site (B3), as operators do. */
export function siteFromDraft(id: string, lng: number, lat: number, d: SiteDraft): Site {
  const tech: Technology = BANDS[d.band].tech;
  return {
    id,
    operator: d.operator,
    lng,
    lat,
    technologies: tech === '5G' ? ['4G', '5G'] : ['4G'],
    bands: tech === '5G' ? ['B3', d.band] : [d.band],
    heightM: d.heightM,
    azimuthsDeg: [...d.azimuthsDeg],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
  };
}

const step = (p: Plan, sites: Site[]): Plan => ({
  ...p,
  sites,
  past: [...p.past, p.sites].slice(-PLAN_HISTORY_LIMIT),
  future: [],
});

export function addSite(p: Plan, lng: number, lat: number, draft: SiteDraft): { plan: Plan; site: Site } {
  const site = siteFromDraft(`plan-${p.nextId}`, lng, lat, draft);
  return { plan: { ...step(p, [...p.sites, site]), nextId: p.nextId + 1 }, site };
}

/** Adds ready-made sites (accepted suggestions, an imported plan) as one step; ids are kept when free. */
export function addSites(p: Plan, sites: readonly Site[]): Plan {
  const taken = new Set(p.sites.map((s) => s.id));
  let next = p.nextId;
  const added = sites.map((s) => {
    const id = taken.has(s.id) || !s.id ? `plan-${next++}` : s.id;
    taken.add(id);
    const m = /^plan-(\d+)$/.exec(id);
    if (m) next = Math.max(next, Number(m[1]) + 1);
    return { ...s, id, sample: false };
  });
  return { ...step(p, [...p.sites, ...added]), nextId: next };
}

export function updateSite(p: Plan, id: string, patch: Partial<Omit<Site, 'id'>>): Plan {
  if (!p.sites.some((s) => s.id === id)) return p;
  return step(
    p,
    p.sites.map((s) => (s.id === id ? { ...s, ...patch } : s)),
  );
}

export function removeSite(p: Plan, id: string): Plan {
  if (!p.sites.some((s) => s.id === id)) return p;
  return step(
    p,
    p.sites.filter((s) => s.id !== id),
  );
}

/** Opens a history step for a gesture (a drag); the moves that follow belong to it. */
export function beginEdit(p: Plan): Plan {
  return step(p, p.sites);
}

/** Moves a site without a new history step (call `beginEdit` when the drag starts). */
export function moveSite(p: Plan, id: string, lng: number, lat: number): Plan {
  return { ...p, sites: p.sites.map((s) => (s.id === id ? { ...s, lng, lat } : s)) };
}

export function undo(p: Plan): Plan {
  const prev = p.past[p.past.length - 1];
  if (!prev) return p;
  return { ...p, sites: prev, past: p.past.slice(0, -1), future: [...p.future, p.sites] };
}

export function redo(p: Plan): Plan {
  const next = p.future[p.future.length - 1];
  if (!next) return p;
  return { ...p, sites: next, past: [...p.past, p.sites], future: p.future.slice(0, -1) };
}

/** What changed between two site lists: sites to add or move, and ids to remove. */
export function diffSites(before: readonly Site[], after: readonly Site[]): { upsert: Site[]; remove: string[] } {
  const old = new Map(before.map((s) => [s.id, s]));
  const upsert = after.filter((s) => old.get(s.id) !== s);
  const ids = new Set(after.map((s) => s.id));
  return { upsert, remove: before.filter((s) => !ids.has(s.id)).map((s) => s.id) };
}
