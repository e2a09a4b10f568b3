// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ImportReportView } from './ImportReportView.js';
import { importSitesText } from '../data/import/import-sites.js';
import { issueText } from '../domain/report.js';
import type { ImportedFile } from '../data/import/import-file.js';
import type { Lang } from '../domain/lang.js';

afterEach(cleanup);

/** A site file as Excel writes it: two rows in VN-2000 metres (undeclared), one good row, one row with two problems. */
const TEXT =
  'Mã trạm;Nhà mạng;X;Y;Công nghệ;Băng tần\nA1;Viettel;588394,44;2326344,26;4G;1800\nA2;Viettel;105,85;21,03;4G;L1800\nA3;Gmobile;105,86;21,04;4G;850\n';

function renderReport(imported: ImportedFile, lang: Lang = 'vi') {
  const onReread = vi.fn();
  render(
    <ImportReportView
      fileName="tram.csv"
      imported={imported}
      lang={lang}
      mapping={{}}
      onMapping={() => {}}
      onReread={onReread}
    />,
  );
  return onReread;
}

describe('ImportReportView', () => {
  const sites: ImportedFile = { kind: 'sites', result: importSitesText(TEXT, { source: 'tram.csv' }) };

  it('asks before reading undeclared metres as VN-2000, and re-reads on the answer', () => {
    const onReread = renderReport(sites);
    expect(screen.getByTestId('import-crs-question').textContent).toContain(
      'Có 1 dòng toạ độ tính bằng mét mà tệp không khai báo hệ toạ độ (2)',
    );
    fireEvent.click(screen.getByTestId('import-crs-vn2000'));
    expect(onReread).toHaveBeenCalledWith({ coordinates: 'vn2000' });
  });

  it('lists every problem of every row in the interface language, and counts rows once', () => {
    if (sites.kind !== 'sites') throw new Error('sites');
    const errors = [...sites.result.report.fileErrors, ...sites.result.report.rejected];
    for (const lang of ['vi', 'en'] as const) {
      renderReport(sites, lang);
      const items = screen.getByTestId('import-rejected').querySelectorAll('li');
      expect([...items].map((li) => li.textContent)).toEqual(errors.map((i) => issueText(i, lang)));
      expect(screen.getByTestId('import-counts').textContent).toContain(lang === 'vi' ? 'bị loại 2' : 'rejected 2');
      cleanup();
    }
    expect(errors.length).toBeGreaterThan(2);
  });

  it('previews the first sites as read, names with their diacritics', () => {
    renderReport({
      kind: 'sites',
      result: importSitesText('id;operator;lon;lat;tech;band\nHoàn Kiếm 01;Viettel;105,85;21,03;4G;1800\n', {
        source: 'a.csv',
      }),
    });
    expect(screen.getByTestId('import-preview').textContent).toContain('Hoàn Kiếm 01');
    expect(screen.getByTestId('import-preview').textContent).toContain('105,85');
  });

  it('shows the tower id: its row in the report, its column in the preview, its label in the mapping', () => {
    const text =
      'id;operator;lon;lat;tech;Mã cột;Ghi chú\nA1;Viettel;105,85;21,03;4G;HN-1;x\nB1;VNPT;105,85;21,0336;4G;HN-1;y\n';
    renderReport({ kind: 'sites', result: importSitesText(text, { source: 'c.csv' }) }, 'vi');
    expect(screen.getByTestId('import-tower-ids').textContent).toBe('"Mã cột": 2 trạm có mã cột (1 mã khác nhau)');
    const preview = screen.getByTestId('import-preview');
    expect([...preview.querySelectorAll('th')].at(-1)?.textContent).toBe('Mã cột');
    expect([...preview.querySelectorAll('tbody tr td:last-child')].map((td) => td.textContent)).toEqual([
      'HN-1',
      'HN-1',
    ]);
    const select = screen.getByTestId('import-map-towerId') as HTMLSelectElement;
    expect(select.closest('label')?.textContent).toContain('Mã cột dùng chung (towerId)');
    expect(select.value).toBe('5');
    cleanup();
    renderReport({ kind: 'sites', result: importSitesText(text, { source: 'c.csv' }) }, 'en');
    expect(screen.getByTestId('import-tower-ids').textContent).toBe('"Mã cột": 2 sites with a tower id (1 distinct)');
  });

  it('has no tower id row nor preview column for a file without tower ids', () => {
    renderReport(sites);
    expect(screen.queryByTestId('import-tower-ids')).toBeNull();
    expect([...screen.getByTestId('import-preview').querySelectorAll('th')].map((th) => th.textContent)).not.toContain(
      'Mã cột',
    );
  });

  it('offers the repair of double-encoded names, and says how many were repaired', () => {
    if (sites.kind !== 'sites') throw new Error('sites');
    const encoding = {
      encoding: 'utf-8' as const,
      bom: false,
      reason: { en: 'UTF-8', vi: 'UTF-8' },
      mojibake: { count: 2, lines: 1, examples: [] },
      repaired: 0,
      replacement: null,
      composed: false,
    };
    const onReread = renderReport({
      kind: 'sites',
      result: { ...sites.result, report: { ...sites.result.report, encoding } },
    });
    fireEvent.click(screen.getByTestId('import-repair-mojibake'));
    expect(onReread).toHaveBeenCalledWith({ repairMojibake: true });
  });
});
