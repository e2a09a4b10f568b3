/**
 * Real data in, in Chromium on the built app: files as OpenCelliD, Excel on Vietnamese Windows and survey tools
 * write them, dropped on the import panel, read in the worker through the same path as in Node
 * (`importAnyFile`), reported message by message in the interface language, and applied to the analysis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSession, WORKER_TIMEOUT_MS, type Session } from './browser.js';
import { waitForMapReady, waitForAnalysisReady, type HanoiWindow } from './map-page.js';
import { importAnyFile, type ImportedFile } from '../../src/data/import/import-file.js';
import { issueText, type DataIssue } from '../../src/domain/report.js';

const CORPUS = join(import.meta.dirname, '../fixtures/real-world');

let s: Session;

/** Waits until the first coverage analysis is painted. */
const analysisReady = () => waitForAnalysisReady(s.page);
const idle = () =>
  s.page.waitForFunction(() => document.querySelector('[data-testid="analysis-progress"]') === null, null, {
    timeout: 120_000,
  });

/** The file read in Node by the app's own import path, as the worker reads it. */
async function readInNode(name: string, options: Parameters<typeof importAnyFile>[3] = {}): Promise<ImportedFile> {
  return importAnyFile(new Blob([readFileSync(join(CORPUS, name))]), name, 'auto', options);
}

/** Every error of a one-part import, in the order the panel lists them. */
function errorsOf(imported: ImportedFile): DataIssue[] {
  if (imported.kind !== 'sites') throw new Error(`expected a site list, got ${imported.kind}`);
  return [...imported.result.report.fileErrors, ...imported.result.report.rejected];
}

/** Picks a corpus file in the import panel and waits for its report. */
async function drop(name: string): Promise<void> {
  await s.page.locator('[data-testid="import-file"]').setInputFiles(join(CORPUS, name));
  await expect
    .poll(() => s.page.locator('[data-testid="import-report"] h3').innerText(), { timeout: WORKER_TIMEOUT_MS })
    .toBe(name);
}

/** The Viettel and any-operator 4G percent of the open area panel, as numbers. */
async function panel4g(): Promise<{ viettel: number; any: number }> {
  const value = async (op: string) => {
    const text = await s.page.locator(`[data-testid="coverage-row-${op}"] td`).first().innerText();
    return Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
  };
  return { viettel: await value('viettel'), any: await value('any') };
}

beforeAll(async () => {
  s = await openSession('import');
  await s.page.goto(inject('appUrl'));
  await waitForMapReady(s.page);
  await analysisReady();
  await s.page.locator('[data-testid="tab-import"]').click();
});

afterAll(async () => {
  await s?.close();
});

/** The type of the map's sites source: the shipped file (`geojson`) or the worker's tiles (`vector`). */
const sitesSource = () => s.page.evaluate(() => (window as HanoiWindow).hanoiMap!.getSource('sites')?.type);
/** The ids of the sites drawn in the view, sorted. */
const drawnSiteIds = () =>
  s.page.evaluate(() =>
    (window as HanoiWindow)
      .hanoiMap!.queryRenderedFeatures({ layers: ['sites-circle'] })
      .map((f) => String(f.properties['id']))
      .sort(),
  );

describe('an OpenCelliD export', () => {
  test('is read as in Node, replaces the sample, and covers the area its cells stand in', async () => {
    const { page } = s;
    const name = 'ocid-hanoi-export.csv';
    const expected = await readInNode(name, { footprint: 'model' });
    await page.locator('[data-testid="import-mode-replace"]').check();
    await drop(name);
    expect(await page.locator('[data-testid="import-format"]').innerText()).toContain('Tệp xuất OpenCelliD');
    expect(await page.locator('[data-testid="import-rejected"] li').allInnerTexts()).toEqual(
      errorsOf(expected).map((i) => issueText(i, 'vi')),
    );
    expect(await page.locator('[data-testid="import-preview"] tbody tr').count()).toBeGreaterThan(0);
    await s.screenshot('ocid-report', '[data-testid="import-report"]');
    await page.locator('[data-testid="import-apply"]').click();
    // Listed once the worker has saved it and recomputed.
    await expect
      .poll(() => page.locator('[data-testid="import-list"] li').count(), { timeout: WORKER_TIMEOUT_MS })
      .toBe(1);
    await idle();
    const input = page.locator('[data-testid="search-input"]');
    await input.fill('hoan kiem');
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="feature-panel"] h2').innerText(), { timeout: 30_000 })
      .toBe('Phường Hoàn Kiếm');
    // Only the imported cells are in use: Viettel's eNodeB at Hoàn Kiếm lake covers part of the ward.
    await expect.poll(async () => (await panel4g()).viettel, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await panel4g()).any).toBeGreaterThan(0);
    // The map draws the imported sites (only them: the sample is replaced) from the worker's tiles.
    expect(await sitesSource()).toBe('vector');
    await expect.poll(drawnSiteIds, { timeout: 60_000 }).not.toEqual([]);
    const ids = new Set(expected.kind === 'sites' ? expected.result.sites.map((x) => x.id) : []);
    for (const id of await drawnSiteIds()) expect(ids.has(id), `drawn site ${id} is one of the file's`).toBe(true);
    await s.screenshot('ocid-applied');
    await page.locator('[data-testid="tab-import"]').click();
    await page.locator('[data-testid="import-remove"]').click();
    await expect
      .poll(() => page.locator('[data-testid="import-list"] li').count(), { timeout: WORKER_TIMEOUT_MS })
      .toBe(0);
    // The shipped sites are drawn again from their own file.
    expect(await sitesSource()).toBe('geojson');
    await idle();
    await page.locator('[data-testid="import-mode-join"]').check();
  });
});

describe('a CSV saved by Excel on Vietnamese Windows', () => {
  test('Windows-1258 with semicolons: the encoding is named and the names keep their diacritics', async () => {
    const { page } = s;
    const name = 'enc-excel-csv-windows-1258-semicolon.csv';
    const expected = await readInNode(name);
    if (expected.kind !== 'sites') throw new Error('expected sites');
    await drop(name);
    const encoding = await page.locator('[data-testid="import-encoding"]').innerText();
    expect(encoding).toContain('WINDOWS-1258');
    expect(encoding).toContain(expected.result.report.encoding!.reason.vi);
    const ids = await page.locator('[data-testid="import-preview"] tbody tr td:first-child').allInnerTexts();
    expect(ids).toEqual(expected.result.sites.slice(0, 5).map((x) => x.id));
    expect(ids.join(' ')).toMatch(/[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i);
    expect(ids.join(' ')).not.toContain('\uFFFD');
    await s.screenshot('windows-1258-report', '[data-testid="import-report"]');
    await page.locator('[data-testid="import-report"] button', { hasText: 'Bỏ' }).click();
  });
});

describe('VN-2000 metres in a file that does not say so', () => {
  test('the rows are held and named, the panel asks, and "Đọc theo VN-2000" reads them', async () => {
    const { page } = s;
    const name = 'crs-qgis-vn2000-xy-undeclared.csv';
    const held = await readInNode(name);
    const chosen = await readInNode(name, { coordinates: 'vn2000' });
    if (held.kind !== 'sites' || chosen.kind !== 'sites') throw new Error('expected sites');
    expect(held.result.report.coordinates.heldRows).toBeGreaterThan(0);
    await drop(name);
    const question = page.locator('[data-testid="import-crs-question"]');
    await expect
      .poll(() => question.innerText())
      .toContain(`Có ${held.result.report.coordinates.heldRows} dòng toạ độ tính bằng mét`);
    expect(await page.locator('[data-testid="import-rejected"] li').allInnerTexts()).toEqual(
      errorsOf(held).map((i) => issueText(i, 'vi')),
    );
    await s.screenshot('crs-question', '[data-testid="import-report"]');
    await page.locator('[data-testid="import-crs-vn2000"]').click();
    await expect
      .poll(() => page.locator('[data-testid="import-counts"]').innerText())
      .toContain(`nhận ${chosen.result.report.accepted}`);
    expect(await question.count()).toBe(0);
    const lats = await page.locator('[data-testid="import-preview"] tbody tr td:nth-child(4)').allInnerTexts();
    expect(lats).toEqual(
      chosen.result.sites
        .slice(0, 5)
        .map((x) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 5 }).format(x.lat)),
    );
    await page.locator('[data-testid="import-report"] button', { hasText: 'Bỏ' }).click();
  });
});

describe('in English', () => {
  test("the same file's messages follow the interface language", async () => {
    const { page } = s;
    const name = 'rows-operator-excel-mhz-omni.csv';
    const expected = await readInNode(name);
    await page.locator('[data-testid="lang-switch"]').selectOption('en');
    await drop(name);
    expect(await page.locator('[data-testid="import-rejected"] li').allInnerTexts()).toEqual(
      errorsOf(expected).map((i) => issueText(i, 'en')),
    );
    expect(await page.locator('[data-testid="import-format"]').innerText()).toContain('Project CSV');
    await s.screenshot('english-report', '[data-testid="import-report"]');
    await page.locator('[data-testid="import-report"] button', { hasText: 'Cancel' }).click();
    await page.locator('[data-testid="lang-switch"]').selectOption('vi');
  });
});

describe('the whole session', () => {
  test('no request left the machine, and no error', () => {
    expect(s.external).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
