/**
 * End-to-end test of the reports from the ground on the static public map (issue #17, part 4), in Chromium:
 * a point asked by its link, "Báo sóng yếu / không có sóng ở đây", the report saved in the browser, drawn on the
 * map, and still there after a reload; its CSV and GeoJSON exports read back by the planner's importer. Build first: `npm run build:public` (or `PUBLIC_OUT_DIR=…` and
 * `E2E_PUBLIC_DIR=…`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PreviewServer } from 'vite';
import type { HanoiWindow } from './map-page.js';
import { PUBLIC_DIR, open, serve, waitForAreas } from './public-page.js';
import { importGroundReportBytes } from '../../src/data/import/ground-reports.js';

/** The localStorage key of the reports (src/public/ground-report-book.ts). */
const KEY = 'hanoi-coverage-map/ground-reports/v1';

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

describe('reports from the ground on the public map', () => {
  test('a report of weak 4G at a point is saved, drawn, and still there after a reload', async () => {
    const s = await open('ground-reports', `${url}#pt=21.028500,105.852300`);
    try {
      const { page } = s;
      await page.getByTestId('ground-open').click();
      await page.getByTestId('ground-kind-weak').check();
      await page.getByTestId('ground-operator').selectOption('vnpt');
      await page.getByTestId('ground-technology-4G').check();
      await page.getByTestId('ground-note').fill('Trong ngõ, cạnh hồ');
      await page.getByTestId('ground-save').click();
      expect(await page.getByTestId('ground-saved').textContent()).toBe('Đã lưu báo cáo trong trình duyệt này.');
      await s.screenshot('saved');

      await page.reload();
      await waitForAreas(page);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
      expect(stored.reports).toHaveLength(1);
      expect(stored.reports[0]).toMatchObject({
        lng: 105.8523,
        lat: 21.0285,
        kind: 'weak',
        operator: 'vnpt',
        technology: '4G',
        note: 'Trong ngõ, cạnh hồ',
      });
      await page.waitForFunction(
        () => ((window as HanoiWindow).hanoiMap?.querySourceFeatures('ground-reports').length ?? 0) > 0,
        null,
        { timeout: 30_000 },
      );
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('the report is listed and exported as CSV with a byte-order mark and as GeoJSON; the planner reads both back', async () => {
    const s = await open('ground-reports-list', `${url}#pt=21.028500,105.852300`);
    try {
      const { page } = s;
      await page.getByTestId('ground-open').click();
      await page.getByTestId('ground-save').click();
      await page.reload();
      await waitForAreas(page);
      expect(await page.getByTestId('ground-item').count()).toBe(1);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('ground-export-csv').click(),
      ]);
      const bytes = await (await download.createReadStream()).toArray();
      const text = Buffer.concat(bytes as Buffer[]);
      expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.toString('utf8').split('\r\n')[0]).toBe('\uFEFFid,lng,lat,kind,operator,technology,date,note');
      const [geo] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('ground-export-geojson').click(),
      ]);
      const geoBytes = Buffer.concat((await (await geo.createReadStream()).toArray()) as Buffer[]);
      expect(geo.suggestedFilename()).toMatch(/\.geojson$/);
      // The planner's importer reads each file back to the one stored report, with no message.
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).reports, KEY);
      for (const [bytes, name] of [
        [text, 'reports.csv'],
        [geoBytes, geo.suggestedFilename()],
      ] as const) {
        const read = importGroundReportBytes(new Uint8Array(bytes), name);
        expect([read.issues, read.reports]).toEqual([[], stored]);
      }
    } finally {
      await s.close();
    }
  });
});
