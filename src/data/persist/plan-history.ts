/**
 * The plan's undo and redo as reversible steps (`PlanStep`, `schema.ts`): pure functions a store can call, whose
 * results `createPlanWriter` saves. A step holds only the sites it touched, so the history stays small. A store
 * that keeps whole states instead converts with `historyFromStates` before saving and `statesFromHistory` after
 * loading. Site order: a changed site keeps its place; a site that comes back (undo of a removal) goes last.
 */
import type { Site } from '../../domain/telecom.js';
import { PLAN_HISTORY_LIMIT, type PlanStep, type StoredPlan } from './schema.js';

/** An empty plan. */
export function emptyPlan(): StoredPlan {
  return { sites: [], undo: [], redo: [], nextId: 1 };
}

/** The step that turns `prev` into `next` (sites matched by id), or null when they hold equal sites. */
export function diffSites(prev: readonly Site[], next: readonly Site[], label: string): PlanStep | null {
  const prevById = new Map(prev.map((s) => [s.id, s]));
  const nextById = new Map(next.map((s) => [s.id, s]));
  const before = prev.filter((s) => {
    const n = nextById.get(s.id);
    return n === undefined || !sameSite(s, n);
  });
  const after = next.filter((s) => {
    const p = prevById.get(s.id);
    return p === undefined || !sameSite(p, s);
  });
  return before.length === 0 && after.length === 0 ? null : { label, before, after };
}

/**
 * The plan with `sites` as its new state: the step is pushed on the undo stack (the oldest dropped beyond
 * {@link PLAN_HISTORY_LIMIT}) and the redo stack is cleared. The same plan when nothing changed.
 */
export function commitSites(plan: StoredPlan, sites: Site[], label: string): StoredPlan {
  const step = diffSites(plan.sites, sites, label);
  return step === null ? plan : { ...plan, sites, undo: [...plan.undo, step].slice(-PLAN_HISTORY_LIMIT), redo: [] };
}

/** The plan with its last step undone, or null when there is nothing to undo. */
export function undoPlan(plan: StoredPlan): StoredPlan | null {
  const step = plan.undo.at(-1);
  if (step === undefined) return null;
  return {
    ...plan,
    sites: applyStep(plan.sites, step.after, step.before),
    undo: plan.undo.slice(0, -1),
    redo: [...plan.redo, step].slice(-PLAN_HISTORY_LIMIT),
  };
}

/** The plan with its last undone step done again, or null when there is nothing to redo. */
export function redoPlan(plan: StoredPlan): StoredPlan | null {
  const step = plan.redo.at(-1);
  if (step === undefined) return null;
  return {
    ...plan,
    sites: applyStep(plan.sites, step.before, step.after),
    undo: [...plan.undo, step].slice(-PLAN_HISTORY_LIMIT),
    redo: plan.redo.slice(0, -1),
  };
}

/**
 * Steps of a history kept as whole states: `past` the earlier states (newest last), `future` the undone ones (the
 * next redo last), `sites` the current state. Steps that change nothing (a drag that did not move) are left out.
 * Labels are empty.
 */
export function historyFromStates(
  sites: readonly Site[],
  past: readonly (readonly Site[])[],
  future: readonly (readonly Site[])[],
): { undo: PlanStep[]; redo: PlanStep[] } {
  const undo = past.map((state, i) => diffSites(state, past[i + 1] ?? sites, ''));
  const redo = future.map((state, j) => diffSites(future[j + 1] ?? sites, state, ''));
  return { undo: undo.filter((s) => s !== null), redo: redo.filter((s) => s !== null) };
}

/** The whole states of a plan's history, inverse of {@link historyFromStates}: `past` newest last, `future` next redo last. */
export function statesFromHistory(plan: StoredPlan): { past: Site[][]; future: Site[][] } {
  const past: Site[][] = [];
  const future: Site[][] = [];
  let state = plan.sites;
  for (const step of [...plan.undo].reverse()) past.unshift((state = applyStep(state, step.after, step.before)));
  state = plan.sites;
  for (const step of [...plan.redo].reverse()) future.unshift((state = applyStep(state, step.before, step.after)));
  return { past, future };
}

/** `sites` without the ids of `remove`, with `put` in place of a site of the same id or appended. */
function applyStep(sites: readonly Site[], remove: readonly Site[], put: readonly Site[]): Site[] {
  const removed = new Set(remove.map((s) => s.id));
  const putById = new Map(put.map((s) => [s.id, s]));
  const out: Site[] = [];
  for (const s of sites) {
    const replacement = putById.get(s.id);
    if (replacement !== undefined) {
      out.push(replacement);
      putById.delete(s.id);
    } else if (!removed.has(s.id)) out.push(s);
  }
  return [...out, ...putById.values()];
}

function sameSite(a: Site, b: Site): boolean {
  return (
    (Object.keys(a) as (keyof Site)[]).every((k) => {
      const x = a[k];
      const y = b[k];
      return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
    }) && Object.keys(a).length === Object.keys(b).length
  );
}
