/**
 * What the planner app's end-to-end suites share: the layer toggles of the contract and the manifest layers behind
 * them, the Vietnamese words and glyph ranges they look for, a central view, and opening the app in a fresh page.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AreaResult } from '../../src/analysis/engine/types.js';
import { OPERATORS } from '../../src/domain/telecom.js';
import { percentVi } from './analysis-truth.js';
import { openSession, type Session } from './browser.js';
import { waitForMapReady } from './map-page.js';

/** The layer toggles of the contract; the MapLibre ids of a toggle's layers start with `<key>-`. */
export const LAYER_KEYS = [
  'units2025',
  'districts2019',
  'wards2019',
  'sites',
  'coverage5g',
  'coverage4g',
  'cables',
  'zones',
  'busStops',
  'roads',
  'speedTests',
] as const;

/** The manifest layer (`public/data/manifest.json`) behind each toggle; null where the coverage worker computes it. */
export const MANIFEST_ID: Readonly<Record<(typeof LAYER_KEYS)[number], string | null>> = {
  units2025: 'units-2025',
  districts2019: 'districts-2019',
  wards2019: 'wards-2019',
  sites: 'sites',
  coverage5g: null,
  coverage4g: null,
  cables: 'cables',
  zones: 'zones',
  busStops: 'bus-stops',
  roads: 'roads',
  speedTests: 'speed-tests',
};

/** "Sample data" in Vietnamese, as the app labels generated layers. */
export const SAMPLE_VI = 'dữ liệu mẫu';

/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the tone-marked vowels U+1EA0–U+1EF9. */
export const VIETNAMESE_LETTERS = /[ăâđêôơưạ-ỹ]/i;

/** The glyph range file of U+1E00–U+1EFF (Latin Extended Additional: most tone-marked Vietnamese vowels). */
export const VIETNAMESE_GLYPH_RANGE = '/7680-7935.pbf';

/** A dense city-centre view (`[lng, lat]` degrees, zoom): sites, coverage, cables, zones and labels on screen. */
export const CENTRE: { center: [number, number]; zoom: number } = { center: [105.845, 21.025], zoom: 12 };

/** Numbers as the app formats them in Vietnamese ("68.979"). */
export const formatVi = (n: number): string => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(n);

/**
 * Opens `url` in a new browser session named `name` and waits for the map; on failure, saves a screenshot and
 * throws with every problem the page reported.
 */
export async function openApp(name: string, url: string): Promise<Session> {
  const s = await openSession(name);
  await s.page.goto(url);
  try {
    await waitForMapReady(s.page);
  } catch (err) {
    await s.screenshot('not-ready');
    const problems = s.errors.length > 0 ? `\nproblems seen: ${s.errors.join('\n')}` : '';
    throw new Error(`${err instanceof Error ? err.message : String(err)}${problems}`, { cause: err });
  }
  await s.screenshot('loaded');
  return s;
}

/** Picks `lang` with `[data-testid="lang-switch"]`, a `<select>` (option value or label) or a button that toggles. */
export async function switchLanguage(page: Page, lang: 'vi' | 'en'): Promise<void> {
  const control = page.locator('[data-testid="lang-switch"]');
  const tag = await control.evaluate((el) => el.tagName);
  if (tag === 'SELECT') {
    const values = await control
      .locator('option')
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    const pick = values.find(
      (o) => o.value.toLowerCase().startsWith(lang) || (lang === 'en' ? /english/i : /tiếng việt/i).test(o.label),
    );
    if (!pick) throw new Error(`lang-switch: no option for "${lang}" among ${JSON.stringify(values)}`);
    await control.selectOption(pick.value);
  } else {
    await control.click();
  }
}

/** The Vietnamese texts of the panel's coverage table: operator row → [4G, 5G]. */
export async function panelCoverage(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const op of ['any', ...OPERATORS]) {
    const cells = page.locator(`[data-testid="coverage-row-${op}"] td`);
    out[op] = await cells.allInnerTexts();
  }
  return out;
}

/** Types `query` in the search box, picks the first option and waits for the feature panel titled `title`. */
export async function searchAndOpen(page: Page, query: string, title: string): Promise<void> {
  const input = page.locator('[data-testid="search-input"]');
  await input.fill(query);
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect
    .poll(() => page.locator('[data-testid="feature-panel"] h2').innerText(), { timeout: 30_000 })
    .toBe(title);
}

/** The panel's coverage table as {@link panelCoverage} reads it, from an analysis result. */
export function expectedCoverage(r: AreaResult): Record<string, string[]> {
  return Object.fromEntries(
    (['any', ...OPERATORS] as const).map((op) => [
      op,
      // The panel's columns: 4G outdoor, 4G indoor, 5G outdoor, 5G indoor.
      (['4G', '5G'] as const).flatMap((tech) =>
        (['outdoor', 'indoor'] as const).map((level) => percentVi(r.byLevel[level][tech][op].percent)),
      ),
    ]),
  );
}
