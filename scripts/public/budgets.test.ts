import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FIRST_VIEW_DATA, PUBLIC_BUDGETS, budgetProblems, firstViewSvg, publicSizes } from './budgets.js';

/** "Gzip" that keeps the bytes: every size below is the length written. */
const same = (b: Buffer) => b;
const SVG = '<svg class="pub-first-view-svg" viewBox="0 0 1 1"><path d="M0 0l1 0 0 1z"></path></svg>';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A built folder with files of the given lengths (`assets/<name>` or a path), every first-view data file 1 byte. */
function createBuilt(files: Record<string, number>, html = `<div id="root">${SVG}</div>`): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'public-budgets-'));
  for (const f of FIRST_VIEW_DATA) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  fs.mkdirSync(path.join(dir, 'assets'));
  for (const [name, n] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'assets', name), 'x'.repeat(n));
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  return dir;
}

describe('publicSizes', () => {
  test("splits MapLibre's chunk, stylesheet and worker from the page's own JavaScript and CSS", () => {
    const s = publicSizes(
      createBuilt({
        'maplibre-gl-BuHHtuQq.js': 100,
        'maplibre-gl-qvkd0SPb.css': 7,
        'maplibre-gl-worker-CZtFQQIV.mjs': 50,
        'index-CTqVhThi.js': 30,
        'index-C2illF6z.css': 5,
        'seekable-zstd-BDqIFBO3.js': 2,
        'zstd-CV7N7xSg.wasm': 999,
      }),
      same,
    );
    expect(s.maplibreGzip).toBe(157);
    expect(s.ownCodeGzip).toBe(37);
    expect(s.firstViewDataGzip).toBe(FIRST_VIEW_DATA.length);
    expect(s.firstViewSvgGzip).toBe(SVG.length);
    expect(Object.keys(s.files)).not.toContain('zstd-CV7N7xSg.wasm');
  });

  test('a build that did not split MapLibre out cannot be measured', () => {
    const built = createBuilt({ 'index-CTqVhThi.js': 30, 'maplibre-gl-worker-CZtFQQIV.mjs': 50 });
    expect(() => publicSizes(built, same)).toThrow(
      `${path.join(built, 'assets')}: no MapLibre chunk (maplibre-gl-<hash>.js): the build must split MapLibre from the page`,
    );
  });

  test('a page without a first view has a first-view SVG of 0 bytes', () => {
    const s = publicSizes(createBuilt({ 'maplibre-gl-BuHHtuQq.js': 1 }, '<div id="root"></div>'), same);
    expect(s.firstViewSvgGzip).toBe(0);
  });
});

describe('firstViewSvg', () => {
  test('takes the first view SVG out of the page, to its closing tag', () => {
    expect(firstViewSvg(`<p>a</p>${SVG}<svg class="key"></svg>`)).toBe(SVG);
    expect(firstViewSvg('<svg class="key"></svg>')).toBeNull();
  });
});

describe('budgetProblems', () => {
  const within = {
    maplibreGzip: 500 * 1024,
    ownCodeGzip: PUBLIC_BUDGETS.ownCodeGzipKiB * 1024,
    firstViewDataGzip: PUBLIC_BUDGETS.firstViewDataGzipKiB * 1024,
    firstViewSvgGzip: PUBLIC_BUDGETS.firstViewSvgGzipKiB * 1024,
    htmlGzip: 0,
    files: {},
  };

  test('MapLibre is not budgeted and a size on its budget passes', () => {
    expect(budgetProblems(within)).toEqual([]);
  });

  test("one byte over the page's own code budget is named", () => {
    expect(budgetProblems({ ...within, ownCodeGzip: 120 * 1024 + 1 })).toEqual([
      "the page's own code is 120.0 KiB gzip, over its 120 KiB budget",
    ]);
  });

  test('the first view SVG over 60 KiB is named', () => {
    expect(budgetProblems({ ...within, firstViewSvgGzip: 61 * 1024 })).toEqual([
      "the first view's SVG is 61.0 KiB gzip, over its 60 KiB budget",
    ]);
  });
});
