/**
 * End-to-end test of the reports from the ground in the planner app (issue #17, part 4), in Chromium on the built
 * app: a CSV and a GeoJSON file as the public map exports them (ground-fixtures.ts) picked together in the import
 * tab; the bad row refused by a message naming the file, the row, the value and the rule; every report set against
 * the model, each row's "model at the point" and score equal to what the point panel answers at that point; the
 * table per 2025 unit, 2019 district and ward, and H3 cell of resolution 8 holding exactly the reports the built
 * boundaries put there, the most conflicting first; a row selects its area. Needs `npm run build` first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { WORKER_TIMEOUT_MS, type Session } from './browser.js';
import { waitForAnalysisReady } from './map-page.js';
import { openApp, switchLanguage } from './app-contract.js';
import {
  ALL_REPORTS,
  BAD_ROW,
  CSV_NAME,
  CSV_REPORTS,
  CSV_VALID_TEXT,
  expectedAreaRows,
  placesOfReports,
  writeGroundFiles,
  type AreaRowFigures,
  type ReportPlaces,
} from './ground-fixtures.js';
import { groundReportsToCsv } from '../../src/data/ground-report-export.js';
import type { GroundAreaLevel } from '../../src/domain/ground-report.js';
import type { GroundReport } from '../../src/domain/ground-report.js';
import { OPERATOR_NAMES } from '../../src/domain/telecom.js';
import { formatDate } from '../../src/ui/locale-format.js';

const SECTION = '[data-testid="ground-section"]';
const ROW = '[data-testid="ground-row"]';
/** The model at a point as the report view writes it, by depth (not covered, outdoors only, indoors too). */
const MODELLED_VI = ['không phủ', 'chỉ phủ ngoài trời', 'phủ cả trong nhà'] as const;

let s: Session;
let dir: string;
let files: string[];
let places: ReportPlaces;
/** Each report's score as read in the report view and checked against the point panel, by report id. */
const scoreOf = new Map<string, number>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ground-planner-'));
  files = writeGroundFiles(dir);
  places = await placesOfReports(inject('distDir'), ALL_REPORTS);
  s = await openApp('ground-planner', inject('appUrl'));
  await waitForAnalysisReady(s.page);
  await s.page.locator('[data-testid="tab-import"]').click();
});

afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The cells' texts of every table row shown, and whether the row is marked as a conflict. */
function tableRows(page: Page): Promise<{ cells: string[]; conflict: boolean }[]> {
  return page.locator(ROW).evaluateAll((rows) =>
    rows.map((r) => ({
      cells: [...(r as HTMLTableRowElement).cells].map((c) => c.innerText.trim()),
      conflict: r.classList.contains('conflict'),
    })),
  );
}

/** A whole number as the page writes it in Vietnamese ("1.234"). */
const count = (text: string) => Number(text.replace(/\./g, ''));

/** Shows the table per `view` and waits until it lists `rows` rows. */
async function showView(page: Page, view: GroundAreaLevel | 'report', rows: number): Promise<void> {
  await page.locator('[data-testid="ground-view"]').selectOption(view);
  await expect.poll(() => page.locator(ROW).count()).toBe(rows);
}

/** The area rows of the table shown: name, reports, conflicts, score. */
async function areaRows(page: Page): Promise<AreaRowFigures[]> {
  return (await tableRows(page)).map(({ cells: [name, reports, conflicts, score] }) => ({
    name: name!,
    reports: count(reports!),
    conflicts: count(conflicts!),
    score: count(score!),
  }));
}

/** Checks the area table shown against the built boundaries and the reports' scores, and its order. */
async function checkAreaView(page: Page, level: GroundAreaLevel): Promise<AreaRowFigures[]> {
  const expected = expectedAreaRows(level, places, scoreOf);
  await showView(page, level, expected.length);
  const rows = await areaRows(page);
  const byName = (a: AreaRowFigures, b: AreaRowFigures) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  expect([...rows].sort(byName)).toEqual(expected);
  // The reports of the level's areas add up to the reports the level's areas hold.
  const inside = [...places[level].values()].filter((p) => p !== null).length;
  expect(rows.reduce((sum, r) => sum + r.reports, 0)).toBe(inside);
  // Most conflicts first, then the highest score, then the most reports.
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    const key = (r: AreaRowFigures) => [r.conflicts, r.score, r.reports];
    const order =
      key(a)
        .map((v, k) => v - key(b)[k]!)
        .find((d) => d !== 0) ?? 0;
    expect(order, `row ${i} (${a.name}) before row ${i + 1} (${b.name})`).toBeGreaterThanOrEqual(0);
  }
  return rows;
}

/** Clicks the table's first row and waits for the feature panel titled `title`. */
async function selectFirstRow(page: Page, title: string): Promise<void> {
  await page.locator(ROW).first().click();
  await expect
    .poll(() => page.locator('[data-testid="feature-panel"] h2').innerText(), { timeout: WORKER_TIMEOUT_MS })
    .toBe(title);
}

describe('reports from the ground in the planner', () => {
  test('the public map’s CSV and GeoJSON are read together; the bad row is refused, named by file, row, value and rule', async () => {
    const { page } = s;
    // The fixture is the public page's own export, byte for byte, before the bad row is added.
    expect(CSV_VALID_TEXT).toBe(groundReportsToCsv(CSV_REPORTS));
    expect(BAD_ROW).toContain(',3G,');
    const section = page.locator(SECTION);
    expect(await section.locator('h3').innerText()).toBe('Báo cáo sóng từ người dân');
    await page.locator('[data-testid="ground-files"]').setInputFiles(files);
    await expect
      .poll(() => page.locator('[data-testid="ground-read"]').innerText(), { timeout: WORKER_TIMEOUT_MS })
      .toContain(`${ALL_REPORTS.length} báo cáo đọc được, 1 dòng bị loại`);
    expect(await page.locator('[data-testid="ground-issues"] li').allInnerTexts()).toEqual([
      `${CSV_NAME}: dòng 5 (mã "bad-tech"): công nghệ "3G" không phải một trong 4G, 5G — ` +
        'hãy ghi 4G hoặc 5G, mỗi báo cáo một công nghệ',
    ]);
    await expect
      .poll(() => page.locator('[data-testid="ground-totals"]').count(), { timeout: WORKER_TIMEOUT_MS })
      .toBe(1);
    expect(
      await page
        .locator('[data-testid="ground-view"] option')
        .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent])),
    ).toEqual([
      ['unit2025', 'Xã, phường từ 2025 (126)'],
      ['district2019', 'Quận, huyện trước 2025 (30)'],
      ['ward2019', 'Xã, phường năm 2019 (584)'],
      ['h3r8', 'Lưới lục giác H3, độ phân giải 8 (~0,74 km²)'],
      ['report', 'Từng báo cáo'],
    ]);
    await s.screenshot('read', SECTION);
  });

  test('each report’s "model at the point" and score are what the point panel answers there, the most conflicting first', async () => {
    const { page } = s;
    await showView(page, 'report', ALL_REPORTS.length);
    expect(await page.locator(`${SECTION} thead th`).allInnerTexts()).toEqual([
      'Ngày',
      'Tình trạng',
      'Nhà mạng',
      'Mô hình tại điểm',
      'Mức mâu thuẫn (0–4)',
    ]);
    const shown = await tableRows(page);
    const reportOf = (dateText: string): GroundReport => {
      const r = ALL_REPORTS.find((x) => formatDate(x.date, 'vi') === dateText);
      if (!r) throw new Error(`no report of the day ${dateText}`);
      return r;
    };
    for (const [i, row] of shown.entries()) {
      const r = reportOf(row.cells[0]!);
      expect(row.cells[1]).toBe(r.kind === 'none' ? 'Không có sóng' : 'Sóng yếu');
      const op = r.operator === 'unknown' ? 'Không rõ' : OPERATOR_NAMES[r.operator];
      expect(row.cells[2]).toBe(`${op} ${r.technology}`);
      // The row asks its point: the point panel answers from the same lookup of the model in use.
      await page.locator(ROW).nth(i).click();
      await expect.poll(() => page.locator('[data-testid="point-position"]').innerText()).toContain(r.note);
      await expect
        .poll(() => page.locator('[data-testid="point-coverage"]').count(), { timeout: WORKER_TIMEOUT_MS })
        .toBe(1);
      const yes = await page
        .locator(`[data-testid="point-row-${r.operator === 'unknown' ? 'any' : r.operator}"] td`)
        .evaluateAll((tds) => tds.map((td) => td.classList.contains('yes')));
      // The panel's columns: 4G outdoor, 4G indoor, 5G outdoor, 5G indoor.
      const [outdoor, indoor] = r.technology === '4G' ? [yes[0], yes[1]] : [yes[2], yes[3]];
      const depth = indoor ? 2 : outdoor ? 1 : 0;
      const score = depth * (r.kind === 'none' ? 2 : 1);
      expect(row.cells[3], r.id).toBe(MODELLED_VI[depth]);
      expect(count(row.cells[4]!), r.id).toBe(score);
      expect(row.conflict, r.id).toBe(score > 0);
      scoreOf.set(r.id, score);
    }
    expect(scoreOf.size).toBe(ALL_REPORTS.length);
    // The sample's dense central sites cover Hoàn Kiếm lake: "no signal" there contradicts the model.
    expect(scoreOf.get('hk-none')).toBeGreaterThan(0);
    // Highest score first, then the newest day.
    const expectedOrder = [...ALL_REPORTS]
      .sort((a, b) => scoreOf.get(b.id)! - scoreOf.get(a.id)! || (a.date < b.date ? 1 : -1))
      .map((r) => formatDate(r.date, 'vi'));
    expect(shown.map((r) => r.cells[0])).toEqual(expectedOrder);
    const conflicts = [...scoreOf.values()].filter((v) => v > 0).length;
    const outside = [...places.unit2025.values()].filter((p) => p === null).length;
    expect(outside).toBe(1);
    expect(await page.locator('[data-testid="ground-totals"]').innerText()).toBe(
      `Tổng số báo cáo: ${ALL_REPORTS.length}; ${conflicts} mâu thuẫn với mô hình; ${outside} nằm ngoài ranh giới thành phố`,
    );
    expect(await page.locator(SECTION).innerText()).toContain(
      'Mô hình đang chạy trên trạm mẫu: các mâu thuẫn chỉ để minh hoạ cách làm.',
    );
    await s.screenshot('by-report', SECTION);
  });

  test('per 2025 unit: the reports each unit holds, the most conflicting first; a row selects its unit', async () => {
    const { page } = s;
    const rows = await checkAreaView(page, 'unit2025');
    expect(await page.locator(`${SECTION} thead th`).allInnerTexts()).toEqual([
      'Xã, phường từ 2025 (126)',
      'Báo cáo',
      'Mô hình có phủ, dân báo yếu / mất sóng',
      'Mức mâu thuẫn (0–4)',
    ]);
    // Both Hoàn Kiếm reports in one unit, the most conflicting of all.
    const hoanKiem = places.unit2025.get('hk-none')!;
    expect(places.unit2025.get('hk-weak')).toEqual(hoanKiem);
    expect(rows[0]!.name).toBe(hoanKiem.name);
    await s.screenshot('by-unit', SECTION);
    await selectFirstRow(page, hoanKiem.name);
  });

  test('per H3 cell of resolution 8: every report in its cell; a row selects its cell', async () => {
    const { page } = s;
    const rows = await checkAreaView(page, 'h3r8');
    expect(rows.reduce((sum, r) => sum + r.reports, 0)).toBe(ALL_REPORTS.length);
    expect(await page.locator(`${SECTION} thead th`).first().innerText()).toBe(
      'Lưới lục giác H3, độ phân giải 8 (~0,74 km²)',
    );
    await s.screenshot('by-h3', SECTION);
    await selectFirstRow(page, `Ô lưới H3 ${rows[0]!.name} (độ phân giải 8)`);
  });

  test('per 2019 district and ward: the reports each holds add up', async () => {
    const { page } = s;
    await checkAreaView(page, 'district2019');
    await checkAreaView(page, 'ward2019');
  });

  test('in English the section speaks English and keeps its reports', async () => {
    const { page } = s;
    await switchLanguage(page, 'en');
    const section = page.locator(SECTION);
    await expect.poll(() => section.locator('h3').innerText()).toBe('Reports from the ground');
    const conflicts = [...scoreOf.values()].filter((v) => v > 0).length;
    expect(await page.locator('[data-testid="ground-totals"]').innerText()).toBe(
      `Reports in all: ${ALL_REPORTS.length}; ${conflicts} in conflict with the model; 1 outside the city boundary`,
    );
    await showView(page, 'report', ALL_REPORTS.length);
    expect(await section.locator('thead th').allInnerTexts()).toEqual([
      'Date',
      'What you found',
      'Operator',
      'Model at the point',
      'Conflict score (0–4)',
    ]);
    // Areas are named in English, as in the feature panel.
    await showView(page, 'unit2025', expectedAreaRows('unit2025', places, scoreOf).length);
    expect((await areaRows(page))[0]!.name).toBe(places.unit2025.get('hk-none')!.nameEn);
  });
});
