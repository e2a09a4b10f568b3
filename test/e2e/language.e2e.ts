/**
 * End-to-end tests of the interface language in Chromium: in English, the app's panels, banner, search box and
 * map attribution hold no Vietnamese but proper names; in Vietnamese, no English "sample data"; the public map
 * notes its targets' sources in the page's language (no English "SAMPLE DATA…" under the Vietnamese targets, no
 * "sample · sample data" in English) and writes its attribution in it. Needs `npm run build` and
 * `npm run build:public` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import type { Session } from './browser.js';
import { openApp, switchLanguage, VIETNAMESE_LETTERS } from './app-contract.js';
import { PUBLIC_DIR, open, serve } from './public-page.js';

/** Names written in Vietnamese whatever the interface language: the city, and the language's own name. */
const PROPER_NAMES = /Hà Nội|Tiếng Việt/g;

/** English words of the sample-data labels and the sources, which a Vietnamese screen must not show. */
const ENGLISH_SOURCE_WORDS = /sample|generated|census|contributors/i;

/** The letters of `text` only Vietnamese uses, once proper names are taken out (empty when there are none). */
const vietnameseIn = (text: string): string[] =>
  text.replace(PROPER_NAMES, '').match(new RegExp(VIETNAMESE_LETTERS, 'gi')) ?? [];

/** The map's attribution line as written, also while the compact control keeps it folded. */
const attribution = (page: Page) =>
  page.locator('.maplibregl-ctrl-attrib-inner').evaluate((el) => el.textContent ?? '');

describe('the app', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openApp('language', inject('appUrl'));
  });

  afterAll(async () => {
    await s?.close();
  });

  test('in Vietnamese, the banner, the legend and the map attribution say "dữ liệu mẫu", not "sample data"', async () => {
    const { page } = s;
    for (const selector of ['[data-testid="sample-banner"]', '[data-testid="legend"]'])
      expect(await page.locator(selector).innerText(), selector).not.toMatch(ENGLISH_SOURCE_WORDS);
    const line = await attribution(page);
    expect(line).toContain('dữ liệu mẫu');
    expect(line).not.toMatch(ENGLISH_SOURCE_WORDS);
  });

  test('in English, the sidebar, the banner, the search box and the map attribution hold no Vietnamese', async () => {
    const { page } = s;
    await switchLanguage(page, 'en');
    await expect.poll(() => page.locator('[data-testid="sample-banner"]').innerText()).toContain('SAMPLE DATA');
    const places: Record<string, () => Promise<string>> = {
      sidebar: () => page.locator('.sidebar').innerText(),
      banner: () => page.locator('[data-testid="sample-banner"]').innerText(),
      search: async () => (await page.locator('[data-testid="search-input"]').getAttribute('placeholder')) ?? '',
      attribution: () => attribution(page),
    };
    for (const tab of ['import', 'plan']) {
      await page.locator(`[data-testid="tab-${tab}"]`).click();
      expect(vietnameseIn(await page.locator('.sidebar').innerText()), `${tab} tab`).toEqual([]);
    }
    await page.locator('[data-testid="tab-map"]').click();
    for (const [where, read] of Object.entries(places)) expect(vietnameseIn(await read()), where).toEqual([]);
    expect(await attribution(page)).toContain('sample data');
    await s.screenshot('english');
    await switchLanguage(page, 'vi');
  });

  test('no request left the machine, and no error', () => {
    expect(s.external).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe('the public map', () => {
  let server: PreviewServer;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(join(PUBLIC_DIR, 'index.html')))
      throw new Error(`${PUBLIC_DIR} is missing: run \`npm run build:public\` first`);
    ({ server, url } = await serve(PUBLIC_DIR));
  });

  afterAll(async () => {
    await server?.close();
  });

  test('notes the sample data under each target and in its attribution in the language of the page', async () => {
    const s = await open('language-public', url);
    try {
      const { page } = s;
      const targets = page.locator('[data-testid="pub-targets"]');
      const notes = targets.locator('small.note');
      expect(await notes.count()).toBe(5);
      for (const note of await notes.allInnerTexts()) {
        expect(note).toContain('dữ liệu mẫu');
        expect(note).not.toMatch(ENGLISH_SOURCE_WORDS);
      }
      expect(await attribution(page)).not.toMatch(ENGLISH_SOURCE_WORDS);
      await page.locator('[data-testid="attribution-open"]').click();
      expect(await page.locator('[data-testid="attribution"]').innerText()).not.toMatch(/SAMPLE DATA|generated/);
      await s.screenshot('vietnamese');

      await page.locator('[data-testid="lang-switch"]').selectOption('en');
      await expect.poll(() => targets.locator('h2').innerText()).toBe("The plan's targets");
      for (const note of await notes.allInnerTexts()) {
        expect(vietnameseIn(note)).toEqual([]);
        expect(note).not.toContain('sample · sample data');
      }
      expect(vietnameseIn(await targets.innerText())).toEqual([]);
      // The map writes its attribution in an effect after the page's text: on a busy machine it may come a moment later.
      await expect.poll(async () => vietnameseIn(await attribution(page))).toEqual([]);
      expect(await attribution(page)).toContain('sample data');
      await s.screenshot('english');
      expect(s.external).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
