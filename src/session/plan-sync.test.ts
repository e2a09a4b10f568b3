import { describe, expect, it } from 'vitest';
import { issueText } from '../domain/report.js';
import type { Site } from '../domain/telecom.js';
import { createAppStore } from '../state/store.js';
import { WorkerCallError } from '../worker/rpc.js';
import type { CoverageClient } from './client.js';
import { PlanSync } from './plan-sync.js';

const createSite = (id: string): Site => ({
  id,
  operator: 'viettel',
  lng: 105.85,
  lat: 21.03,
  technologies: ['4G'],
  bands: [],
  heightM: 30,
  azimuthsDeg: [],
  onAir: null,
  onAir5g: null,
  rangeM: null,
  sample: false,
});

/** A client whose every `applyPlan` rejects with `err`. */
const createClient = (err: unknown) => ({ call: () => Promise.reject(err) }) as unknown as CoverageClient;

const flush = () => new Promise((r) => setTimeout(r, 0));

/** Starts a sync over a store holding one candidate site, the worker refusing everything with `err`. */
async function createWarnings(err: unknown) {
  const store = createAppStore(null);
  store.getState().sitesAdded([createSite('TAKEN')]);
  const sync = new PlanSync(store, () => createClient(err), { analysed: () => {} });
  sync.started();
  for (let i = 0; i < 5; i++) await flush();
  return store.getState().issues;
}

describe('PlanSync warnings', () => {
  it('names a refused site in both languages, with the worker’s Vietnamese text', async () => {
    const err = new WorkerCallError('applyPlan', {
      message: 'plan site "TAKEN": the id is taken by a base site',
      vi: 'trạm dự kiến "TAKEN": mã đã thuộc một trạm hiện có',
    });
    const issue = (await createWarnings(err)).find((i) => i.rule === 'plan-site-refused')!;
    expect(issueText(issue, 'en')).toBe(
      'plan site "TAKEN" left out of the analysis: plan site "TAKEN": the id is taken by a base site',
    );
    expect(issueText(issue, 'vi')).toBe(
      'trạm dự kiến "TAKEN" bị loại khỏi phân tích: trạm dự kiến "TAKEN": mã đã thuộc một trạm hiện có',
    );
  });

  it('says a failed plan request in both languages', async () => {
    const issue = (await createWarnings(Object.assign(new Error('no engine'), { vi: 'chưa có bộ máy' }))).find(
      (i) => i.rule === 'plan',
    )!;
    expect(issueText(issue, 'en')).toBe('plan: no engine');
    expect(issueText(issue, 'vi')).toBe('kế hoạch: chưa có bộ máy');
  });
});
