// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RankedTable } from './RankedTable.js';
import type { TableRow } from './ranking.js';

function createRow(id: string, name: string, percent: number, uncoveredPopulation: number): TableRow {
  return {
    level: 'unit2025',
    id,
    name,
    nameEn: `${id} Ward`,
    areaKm2: 2.5,
    population: 12345,
    percent,
    uncoveredPopulation,
    uncoveredKm2: 1,
    sites: 7,
  };
}

const ROWS = [
  createRow('b', 'Phường Ba Đình', 80, 2000),
  createRow('a', 'Phường Đống Đa', 20, 9000),
  createRow('c', 'Phường Cầu Giấy', 50, 100),
];

function renderTable(
  props: { selectedId?: string | null; onSelect?: (row: TableRow) => void; rows?: TableRow[] } = {},
) {
  return render(
    <RankedTable
      rows={props.rows ?? ROWS}
      lang="vi"
      selectedId={props.selectedId ?? null}
      onSelect={props.onSelect ?? (() => {})}
      caption="Xã, phường theo tỷ lệ phủ 5G"
    />,
  );
}

const ids = () => screen.getAllByTestId('ranked-row').map((r) => r.dataset['id']);
const header = (name: string) => screen.getByRole('button', { name }).closest('th')!;

afterEach(cleanup);

describe('RankedTable', () => {
  it('renders a captioned table of rows, worst covered first, with Vietnamese numbers', () => {
    renderTable();
    const table = screen.getByTestId('ranked-table');
    expect(table.tagName).toBe('TABLE');
    expect(table.querySelector('caption')!.textContent).toBe('Xã, phường theo tỷ lệ phủ 5G');
    expect(ids()).toEqual(['a', 'c', 'b']);
    expect(header('Tỷ lệ phủ (%)').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Tên').getAttribute('aria-sort')).toBe('none');
    expect(screen.getAllByTestId('ranked-row')[0]!.textContent).toContain('9.000');
  });

  it('names each unit in its header and writes a column with one number of decimals', () => {
    renderTable({
      rows: [createRow('a', 'Phường A', 20, 9000), { ...createRow('b', 'Phường B', 56.14, 10), areaKm2: 43.42 }],
    });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Tên', '▲Tỷ lệ phủ (%)', 'Dân số chưa phủ (người)', 'Diện tích (km²)', 'Số trạm']);
    const cells = (i: number) =>
      screen.getAllByTestId('ranked-row').map((r) => r.querySelectorAll('td')[i]!.textContent);
    expect(cells(0)).toEqual(['20,0 ', '56,1 ']);
    expect(cells(2)).toEqual(['2,5', '43,4']);
  });

  it('sorts by a header and toggles its direction on a second click', () => {
    renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'Tên' }));
    expect(header('Tên').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Tỷ lệ phủ (%)').getAttribute('aria-sort')).toBe('none');
    expect(ids()).toEqual(['b', 'c', 'a']);
    fireEvent.click(screen.getByRole('button', { name: 'Tên' }));
    expect(header('Tên').getAttribute('aria-sort')).toBe('descending');
    expect(ids()).toEqual(['a', 'c', 'b']);
  });

  it('starts the uncovered population column with the most people left out', () => {
    renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'Dân số chưa phủ (người)' }));
    expect(header('Dân số chưa phủ (người)').getAttribute('aria-sort')).toBe('descending');
    expect(ids()).toEqual(['a', 'b', 'c']);
  });

  it('moves focus with ArrowDown and selects with Enter', () => {
    const onSelect = vi.fn();
    renderTable({ onSelect });
    const rows = screen.getAllByTestId('ranked-row');
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    expect(rows.map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(rows[1]!, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(ROWS[2]);
  });

  it('jumps with End and Home and selects with Space', () => {
    const onSelect = vi.fn();
    renderTable({ onSelect });
    const rows = screen.getAllByTestId('ranked-row');
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'End' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(rows[0]);
    fireEvent.keyDown(rows[0]!, { key: ' ' });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(ROWS[1]);
  });

  it('selects a clicked row', () => {
    const onSelect = vi.fn();
    renderTable({ onSelect });
    fireEvent.click(screen.getByText('Phường Ba Đình'));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(ROWS[0]);
  });

  it('marks the selected row and makes it the tabbable one', () => {
    renderTable({ selectedId: 'c' });
    const rows = screen.getAllByTestId('ranked-row');
    expect(rows.map((r) => r.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(rows.map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('renders markup in a name as text', () => {
    renderTable({ rows: [createRow('x', '<img src=x onerror=alert(1)>', 0, 0)] });
    const row = screen.getByTestId('ranked-row');
    expect(row.querySelector('th')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(row.querySelector('img')).toBeNull();
  });
});

describe('RankedTable with many rows (the H3 grid)', () => {
  const many = Array.from({ length: 5000 }, (_, i) =>
    createRow(`cell${String(i).padStart(4, '0')}`, `Ô ${i}`, (i * 37) % 100, i),
  );

  it('renders only a window of rows, and tells screen readers the whole size and each row’s place', () => {
    renderTable({ rows: many });
    const table = screen.getByTestId('ranked-table');
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const rendered = screen.getAllByTestId('ranked-row');
    expect(rendered.length).toBeLessThan(200);
    expect(rendered[0]!.getAttribute('aria-rowindex')).toBe('2');
    // Spacer rows stand in for the rest, hidden from assistive technology.
    const spacer = table.querySelector('tr.spacer')!;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(parseFloat((spacer as HTMLElement).style.height)).toBeGreaterThan(100_000);
  });

  it('End and Home reach the last and first rows, rendering them and moving focus there', () => {
    renderTable({ rows: many });
    const firstRow = screen.getAllByTestId('ranked-row')[0]!;
    firstRow.focus();
    fireEvent.keyDown(firstRow, { key: 'End' });
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-rowindex')).toBe('5001');
    // Worst first: the last row is the best covered (99 %).
    expect(focused.querySelector('td.pct')!.textContent).toBe('99,0 ');
    fireEvent.keyDown(focused, { key: 'Home' });
    expect((document.activeElement as HTMLElement).getAttribute('aria-rowindex')).toBe('2');
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(Number((document.activeElement as HTMLElement).getAttribute('aria-rowindex'))).toBeGreaterThan(3);
  });

  it('selects the focused row with Enter, wherever it is in the table', () => {
    const onSelect = vi.fn();
    renderTable({ rows: many, onSelect });
    const firstRow = screen.getAllByTestId('ranked-row')[0]!;
    firstRow.focus();
    fireEvent.keyDown(firstRow, { key: 'End' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0].percent).toBe(99);
  });
});

describe('RankedTable lead column', () => {
  it('shows each row’s leading operator and its share', () => {
    const leads = new Map([
      ['a', { operators: ['viettel', 'vnpt'] as const, percent: 97.25, covering: 3 }],
      ['b', { operators: [] as const, percent: 0, covering: 0 }],
      ['c', { operators: ['mobifone', 'viettel', 'vnpt'] as const, percent: 100, covering: 3 }],
    ]);
    render(
      <RankedTable
        rows={[
          createRow('a', 'Phường A', 50, 10),
          createRow('b', 'Phường B', 0, 20),
          createRow('c', 'Phường C', 100, 5),
        ]}
        leads={new Map([...leads].map(([k, v]) => [k, { ...v, operators: [...v.operators] }]))}
        lang="vi"
        selectedId={null}
        onSelect={() => {}}
        caption="c"
      />,
    );
    expect(screen.getAllByTestId('ranked-lead').map((c) => c.textContent)).toEqual([
      '—',
      'Viettel = VNPT 97,3',
      'MobiFone +2 100,0',
    ]);
    expect(screen.getAllByTestId('ranked-lead').map((c) => c.title)).toEqual([
      '',
      'Viettel = VNPT-VinaPhone',
      'MobiFone = Viettel = VNPT-VinaPhone',
    ]);
    cleanup();
  });
});
