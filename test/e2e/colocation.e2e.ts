/**
 * End-to-end test of "co-location first" in the site suggestion (issue #17, part 1), in the built app, Chromium
 * with software WebGL: with the box ticked, the plan tab's search for new VNPT 5G sites proposes the same sites as
 * the analysis in Node on the built data (gains, and the other operator's tower each one stands on), says how
 * many proposals are on existing towers, and draws each such proposal at its tower's position (the towers found
 * by `detectTowers` among the sample's sites). Without the box, no proposal names a tower. Needs a build first
 * (`E2E_DIST_DIR` or `dist/`); screenshots in `test/output/colocation-*.png`.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { WORKER_TIMEOUT_MS, type Session } from './browser.js';
import { waitForAnalysisReady, type HanoiWindow } from './map-page.js';
import { openApp } from './app-contract.js';
import { analyseBuiltData, numberVi, type Truth } from './analysis-truth.js';
import { detectTowers } from '../../src/analysis/sharing-towers.js';
import type { SuggestResult } from '../../src/analysis/suggest-types.js';
import { OPERATOR_NAMES } from '../../src/domain/telecom.js';

/** Few sites for a quick search; the sample's VNPT has other operators' towers near its zones' gaps. */
const OPERATOR = 'vnpt';
const K = 3;

let s: Session;
let truth: Truth;

beforeAll(async () => {
  s = await openApp('colocation', inject('appUrl'));
  truth = await analyseBuiltData(inject('distDir'));
  await waitForAnalysisReady(s.page);
});

afterAll(async () => {
  await s?.close();
});

/** The suggestion as the worker runs it, in Node on the built data. */
function suggestInNode(coLocation: boolean): SuggestResult {
  const steps = truth.service.suggest({ operator: OPERATOR, k: K, objective: 'area', coLocation }, () => {});
  for (;;) {
    const r = steps.next(false);
    if (r.done) return r.value;
  }
}

/** A proposal's line as the plan tab writes it in Vietnamese (SuggestSection.tsx). */
const line = (p: SuggestResult['proposals'][number]) =>
  `+${numberVi(p.gainKm2, 3)} km² · +${numberVi(Math.round(p.gainPeople))} người${p.tower === null ? '' : ` · trên cột ${p.tower} (${p.towerOperators.map((o) => OPERATOR_NAMES[o]).join(', ')})`}`;

/** Runs the plan tab's search and returns the first line of each proposal and the result's summary. */
async function runOnPage(page: Page, coLocation: boolean): Promise<{ lines: string[]; summary: string }> {
  await page.locator('[data-testid="suggest-operator"]').selectOption(OPERATOR);
  await page.locator('[data-testid="suggest-k"]').fill(String(K));
  await page.locator('[data-testid="suggest-colocation"]').setChecked(coLocation);
  await page.locator('[data-testid="suggest-run"]').click();
  await page.locator('[data-testid="suggest-result"]').waitFor({ timeout: WORKER_TIMEOUT_MS });
  const items = await page.locator('[data-testid="suggest-proposal"]').allInnerTexts();
  const summary = await page.locator('[data-testid="suggest-result"] > p').innerText();
  return { lines: items.map((t) => t.split('\n')[0]!.trim()), summary };
}

/** The positions the map draws the proposals at, `[lng, lat]` in their order. */
function drawnProposals(page: Page): Promise<[number, number][]> {
  return page.evaluate(async () => {
    const source = (window as HanoiWindow).hanoiMap!.getSource('plan-proposals') as unknown as {
      getData: () => Promise<GeoJSON.FeatureCollection<GeoJSON.Point>>;
    };
    return (await source.getData()).features.map((f) => f.geometry.coordinates as [number, number]);
  });
}

describe('co-location first in the site suggestion', () => {
  test('without it, the proposals equal the analysis and none names a tower', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-plan"]').click();
    const want = suggestInNode(false);
    const got = await runOnPage(page, false);
    expect(got.lines).toEqual(want.proposals.map(line));
    expect(got.lines.some((l) => l.includes('trên cột'))).toBe(false);
    expect(got.summary).not.toContain('trên cột sẵn có');
  });

  test('with it, the proposals equal the analysis, the count on towers is said, and each stands at its tower', async () => {
    const { page } = s;
    const want = suggestInNode(true);
    // The sample gives this search a proposal on another operator's tower: the test checks something.
    expect(want.onTowers).toBeGreaterThan(0);
    const got = await runOnPage(page, true);
    await s.screenshot('proposals', '[data-testid="suggest"]');
    expect(got.lines).toEqual(want.proposals.map(line));
    expect(got.summary).toContain(`${numberVi(want.onTowers)} đề xuất đặt trên cột sẵn có`);

    const towers = new Map(detectTowers(truth.loaded.sample.sites).map((t) => [t.id, t]));
    const drawn = await drawnProposals(page);
    expect(drawn).toHaveLength(want.proposals.length);
    want.proposals.forEach((p, i) => {
      if (p.tower === null) return;
      const tower = towers.get(p.tower)!;
      // Another operator's tower: it carries no site of the operator the sites are proposed for.
      expect(tower.operators).not.toContain(OPERATOR);
      expect(p.towerOperators).toEqual(tower.operators);
      expect(drawn[i]![0]).toBeCloseTo(tower.lng, 9);
      expect(drawn[i]![1]).toBeCloseTo(tower.lat, 9);
    });
  });

  test('no request left the machine, and no error', () => {
    expect(s.external).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
