/**
 * Keeps the worker's analysis in step with the operator's plan. At most one edit is with the worker at a time;
 * while it is, later edits wait and only the newest plan is sent next, so a drag never queues work. Each answer
 * patches the store's results (new objects) and says what the current edit changed.
 *
 * A refused site (its id is taken by a base site, say) does not block the plan: the batch is tried again one site
 * at a time, the refused site is named in a warning and left out until it changes, and the rest is analysed.
 *
 * A drag opens with an empty edit naming the site (`drag`), sent on mousedown: the worker builds the other sites'
 * union of each tile the site reaches. Each step is then sent as one of the drag, answered with preview figures
 * (the same to about 1e-7). When the drag ends, an edit without `drag` is sent, an empty one when the last step is
 * already there, and the worker rebuilds the tiles the drag went through exactly.
 */
import type { MultiPolygon } from 'geojson';
import type { AppState, AppStore } from '../state/store.js';
import type { PlanChangeLine } from '../state/slices/plan.js';
import { diffSites } from '../state/plan.js';
import type { Site, Technology } from '../domain/telecom.js';
import type { SitesUpdate } from '../analysis/coverage-service.js';
import { coverageValue } from '../analysis/coverage-value.js';
import { wrapError } from '../domain/error-texts.js';
import { WorkerCallError, WorkerCrashError } from '../worker/rpc.js';
import { latestWins } from './latest-wins.js';
import type { CoverageClient } from './client.js';

/** How many lines the change summary keeps. */
const CHANGE_LINES = 6;

/** What an edit sent to the worker was. */
export type PlanEditKind = 'edit' | 'drag-open' | 'drag-step' | 'drag-settle';

/** What the worker should have: the plan's sites, and the one being dragged (null: none). */
type Target = { sites: readonly Site[]; dragging: string | null };

/** A candidate site's modelled footprints, by technology. */
export type PlanFootprints = { tech: Technology; geometry: MultiPolygon }[];

export type PlanHooks = {
  /**
   * An edit was analysed: the footprints of the sites it placed or moved, the ids it removed, its round trip, and
   * what it was (a drag opened on mousedown, a step of it, its settling when let go, or any other edit).
   */
  analysed(update: SitesUpdate, removed: readonly string[], roundTripMs: number, kind: PlanEditKind): void;
};

export class PlanSync {
  /** The plan sites the worker has, as last answered. */
  private sent: readonly Site[] = [];
  /** Sites the worker refused, by id: left out of the plan sent until the site changes. */
  private readonly refused = new Map<string, Site>();
  private initialised = false;
  /** The site the worker has a drag open for (its figures previews until an edit without `drag`), or null. */
  private workerDrag: string | null = null;
  /** The edit (history step and choropleth choice) the change summary is about, and its areas' values when it began. */
  private step = '';
  private readonly baseline = new Map<string, { value: number; pass: boolean }>();

  private readonly queue = latestWins((target: Target) => this.send(target), {
    result: () => {},
    error: (err) => {
      if (err instanceof WorkerCrashError) return;
      this.store.getState().warningsAdded([
        {
          severity: 'warning',
          rule: 'plan',
          file: 'plan',
          index: null,
          key: null,
          ...wrapError(
            err,
            (text) => `plan: ${text}`,
            (text) => `kế hoạch: ${text}`,
          ),
        },
      ]);
    },
  });

  constructor(
    private readonly store: AppStore,
    private readonly client: () => CoverageClient,
    private readonly hooks: PlanHooks,
  ) {}

  /** The first analysis arrived: the plan is sent from now on. */
  started(): void {
    this.initialised = true;
    this.queue.push(this.target(this.store.getState()));
  }

  /** A new worker (after a crash) has no plan sites: the whole plan is sent again once it has started. */
  reset(): void {
    this.initialised = false;
    this.sent = [];
    this.workerDrag = null;
    this.queue.clear();
  }

  /** New model parameters: every candidate is sent again, so its footprints come back under them. */
  resend(): void {
    this.sent = [];
    if (this.initialised) this.queue.push(this.target(this.store.getState()));
  }

  apply(s: AppState, prev: AppState | null): void {
    if (!this.initialised) return;
    if (!prev || s.plan.sites !== prev.plan.sites || s.planDragging !== prev.planDragging)
      this.queue.push(this.target(s));
  }

  private target(s: AppState): Target {
    return { sites: s.plan.sites, dragging: s.planDragging };
  }

  private async send({ sites, dragging }: Target): Promise<void> {
    for (const [id, site] of this.refused) if (!sites.includes(site)) this.refused.delete(id);
    const usable = sites.filter((site) => this.refused.get(site.id) !== site);
    const { upsert, remove } = diffSites(this.sent, usable);
    const none = upsert.length === 0 && remove.length === 0;
    const step = dragging !== null && remove.length === 0 && upsert.length === 1 && upsert[0]!.id === dragging;
    // Nothing new: a drag to open (on mousedown) or to settle (its previews, once it has ended), or nothing at all.
    if (none && dragging === this.workerDrag) return;
    const drag = none || step ? dragging : null;
    const t0 = performance.now();
    try {
      const update = await this.client().call('applyPlan', [upsert, remove, drag]);
      const kind = !none ? (drag ? 'drag-step' : 'edit') : drag ? 'drag-open' : 'drag-settle';
      this.answered(update, remove, performance.now() - t0, kind);
      this.workerDrag = drag;
      this.sent = usable;
    } catch (err) {
      if (!(err instanceof WorkerCallError)) throw err;
      // The worker checks a batch before it changes anything: apply it again site by site to find the refused.
      await this.oneByOne(upsert, remove);
    }
  }

  private async oneByOne(upsert: readonly Site[], remove: readonly string[]): Promise<void> {
    const ids = new Set(remove);
    // The worker settled any drag before refusing the batch; these edits are not drag steps.
    this.workerDrag = null;
    let sent = this.sent.filter((x) => !ids.has(x.id));
    if (remove.length > 0) this.answered(await this.client().call('applyPlan', [[], [...remove]]), remove, 0, 'edit');
    for (const site of upsert) {
      try {
        const t0 = performance.now();
        this.answered(await this.client().call('applyPlan', [[site], []]), [], performance.now() - t0, 'edit');
        sent = [...sent.filter((x) => x.id !== site.id), site];
      } catch (err) {
        if (!(err instanceof WorkerCallError)) throw err;
        this.refused.set(site.id, site);
        this.store.getState().warningsAdded([
          {
            severity: 'warning',
            rule: 'plan-site-refused',
            file: 'plan',
            index: null,
            key: site.id,
            ...wrapError(
              err,
              (text) => `plan site "${site.id}" left out of the analysis: ${text}`,
              (text) => `trạm dự kiến "${site.id}" bị loại khỏi phân tích: ${text}`,
            ),
          },
        ]);
      }
    }
    this.sent = sent;
  }

  /**
   * Patches the store's results with the changed areas and says what the current edit changed: each area's
   * figure against its value when the edit (a history step: a placement, a whole drag) began.
   */
  private answered(u: SitesUpdate, removed: readonly string[], roundTripMs: number, kind: PlanEditKind): void {
    const s = this.store.getState();
    const before = s.analysis.results;
    if (!before) return;
    const value = (key: string, r = s.analysis.results) => {
      const a = r?.areas[key];
      return a ? coverageValue(a, s.choroTech, s.choroOp, s.basis, s.coverageLevel) : 0;
    };
    const step = `${s.plan.past.length}|${s.plan.future.length}|${s.level}|${s.choroTech}|${s.choroOp}|${s.basis}|${s.coverageLevel}`;
    if (step !== this.step) {
      this.step = step;
      this.baseline.clear();
    }
    for (const [key, r] of Object.entries(u.areas)) {
      if ((r.level !== s.level && r.level !== 'zone') || this.baseline.has(key)) continue;
      const pass = before.zones.find((z) => `zone|${z.id}` === key)?.pass ?? false;
      this.baseline.set(key, { value: value(key, before), pass });
    }
    s.resultsPatched(u);
    this.hooks.analysed(u, removed, roundTripMs, kind);
    const after = this.store.getState();
    const names = new Map(after.places.map((p) => [`${p.level}|${p.id}`, p.fullName]));
    const lines: PlanChangeLine[] = [];
    for (const [key, b] of this.baseline) {
      const now = value(key, after.analysis.results);
      if (Math.abs(now - b.value) < 0.005) continue;
      const passNow = u.zones.find((z) => `zone|${z.id}` === key)?.pass ?? false;
      lines.push({
        key,
        name: names.get(key) ?? key.split('|')[1]!,
        before: b.value,
        after: now,
        zonePassNow: passNow && !b.pass,
      });
    }
    lines.sort(
      (a, b) =>
        Number(b.zonePassNow) - Number(a.zonePassNow) || Math.abs(b.after - b.before) - Math.abs(a.after - a.before),
    );
    after.planChangeSummarised({ lines: lines.slice(0, CHANGE_LINES), ms: u.ms });
  }
}
