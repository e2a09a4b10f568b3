// @vitest-environment jsdom
/**
 * One function, one figure: the area panel's shared-infrastructure block (the worker's answer, rendered) and the
 * annual report's sharing table (its HTML) give the same towers, shared towers, share and operators per tower for
 * an area on the report date.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { SharingFigures } from './AreaSharing.js';
import { sharingSection } from './report-html-figures.js';
import { CoverageService } from '../analysis/coverage-service.js';
import { serviceReport } from '../analysis/service-report.js';
import { sharingHandler } from '../worker/sharing-handler.js';
import { candidate, createInput } from '../../test/support/coverage-service-input.js';
import type { Lang } from '../domain/lang.js';

afterEach(cleanup);

/** The test city with a shared tower and a lone site in E (one of the pair on air in 2026), and a site in W. */
function createService(): CoverageService {
  const svc = new CoverageService();
  svc.init(createInput());
  svc.setBaseSites([
    candidate('e1', 1000, 0, { onAir: '2020-01-01' }),
    candidate('e2', 1010, 0, { operator: 'vnpt', onAir: '2026-03-01' }),
    candidate('e3', 1500, 0, { operator: 'mobifone', onAir: '2020-01-01' }),
    candidate('w1', -1000, 0, { operator: 'vietnamobile', onAir: '2020-01-01' }),
  ]);
  return svc;
}

/** The report's sharing cells of area `id` (towers, shared, share %, operators per tower), as its HTML writes them. */
function reportCells(svc: CoverageService, id: string, lang: Lang): string[] {
  const rows = serviceReport(svc, 2026, '2025').figures.sharing!;
  const table = document.createElement('div');
  table.innerHTML = sharingSection(rows, 2026, lang);
  const tr = table.querySelectorAll('tbody tr')[rows.findIndex((r) => r.id === id)]!;
  return [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent ?? '');
}

describe("the area panel's sharing figures", () => {
  it.each([
    ['E', 'vi'],
    ['W', 'vi'],
    ['E', 'en'],
  ] as const)("equal the annual report's row of unit %s on the report date (%s)", async (id, lang) => {
    const svc = createService();
    const answer = await sharingHandler(svc, async () => {})(null, 'unit2025', id, '2026-11-30');
    render(<SharingFigures answer={answer} lang={lang} />);
    const [towers, shared, percent, perTower] = reportCells(svc, id, lang);
    expect(screen.getByTestId('sharing-towers').textContent).toBe(towers);
    expect(screen.getByTestId('sharing-shared').textContent).toBe(shared);
    expect(screen.getByTestId('sharing-sites-shared').textContent!.startsWith(`${percent} %`)).toBe(true);
    expect(screen.getByTestId('sharing-per-tower').textContent).toBe(perTower);
  });

  it('checks a unit with a shared tower, so that the comparison is not of zeros', () => {
    expect(reportCells(createService(), 'E', 'vi')).toEqual(['2', '1', '66,7', '1,5']);
  });
});
