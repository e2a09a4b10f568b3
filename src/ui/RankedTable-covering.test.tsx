// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RankedTable } from './RankedTable.js';
import type { TableRow } from './ranking.js';
import type { RowLead } from './ranking-lead.js';
import type { Technology } from '../domain/telecom.js';

function createRow(id: string, percent: number): TableRow {
  return {
    level: 'unit2025',
    id,
    name: `Phường ${id}`,
    nameEn: '',
    areaKm2: 2.5,
    population: 1000,
    percent,
    uncoveredPopulation: 10,
    uncoveredKm2: 1,
    sites: 7,
  };
}

const createLead = (covering: number): RowLead => ({ operators: ['viettel'], percent: 60, covering });

/** Rows a (20 %, 2 operators), b (80 %, 4), c (50 %, 0), d (10 %, 2). */
function renderTable(lang: 'vi' | 'en' = 'vi', tech?: Technology) {
  const rows = [createRow('a', 20), createRow('b', 80), createRow('c', 50), createRow('d', 10)];
  const leads = new Map([
    ['a', createLead(2)],
    ['b', createLead(4)],
    ['c', createLead(0)],
    ['d', createLead(2)],
  ]);
  return render(
    <RankedTable
      rows={rows}
      leads={leads}
      {...(tech ? { tech } : {})}
      lang={lang}
      selectedId={null}
      onSelect={() => {}}
      caption="c"
    />,
  );
}

const ids = () => screen.getAllByTestId('ranked-row').map((r) => r.dataset['id']);
const counts = () => screen.getAllByTestId('ranked-covering').map((c) => c.textContent);

afterEach(cleanup);

describe('RankedTable operators column', () => {
  it('shows each row’s operators count, headed by the technology with the rule in its tooltip', () => {
    renderTable('vi', '5G');
    expect(counts()).toEqual(['2', '2', '0', '4']);
    const th = screen.getByTestId('covering-header');
    expect(th.textContent).toContain('Nhà mạng 5G');
    expect(th.title).toBe(
      'Số nhà mạng phủ 5G ít nhất 50 % diện tích, ở mức phủ sóng đang chọn (quy tắc của lớp "Số nhà mạng có 5G"). Bấm để xếp theo số này.',
    );
  });

  it('says the rule in English, and generically without the technology', () => {
    renderTable('en', '4G');
    expect(screen.getByTestId('covering-header').textContent).toContain('Operators 4G');
    expect(screen.getByTestId('covering-header').title).toContain('Operators with 4G on at least 50 % of the area');
    cleanup();
    renderTable('vi');
    expect(screen.getByTestId('covering-header').title).toContain('công nghệ của bảng ít nhất 50 % diện tích');
  });

  it('sorts by the count, fewest first, then most first; equal counts keep the least covered first', () => {
    renderTable('vi', '5G');
    const button = screen.getByRole('button', { name: /Nhà mạng 5G/ });
    fireEvent.click(button);
    expect(ids()).toEqual(['c', 'd', 'a', 'b']);
    expect(screen.getByTestId('covering-header').getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(button);
    expect(ids()).toEqual(['b', 'd', 'a', 'c']);
    expect(screen.getByTestId('covering-header').getAttribute('aria-sort')).toBe('descending');
  });
});
