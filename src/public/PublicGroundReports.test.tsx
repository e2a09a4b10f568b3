// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { GroundReport } from '../domain/ground-report.js';
import { GROUND_REPORTS_KEY, GroundReportBook, type ReportStorage } from './ground-report-book.js';
import { PublicGroundReportForm } from './PublicGroundReportForm.js';
import { PublicGroundReports } from './PublicGroundReports.js';

afterEach(cleanup);

function createStorage(initial: Record<string, string> = {}): ReportStorage {
  const data = new Map(Object.entries(initial));
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const createReport = (over: Partial<GroundReport> = {}): GroundReport => ({
  id: 'gr-1',
  lng: 105.8523,
  lat: 21.0285,
  kind: 'weak',
  operator: 'viettel',
  technology: '4G',
  date: '2026-03-15',
  note: 'Ngõ 5',
  ...over,
});

describe('PublicGroundReportForm', () => {
  it('saves the point with the chosen kind, operator, technology, today and the note', () => {
    const book = new GroundReportBook(createStorage());
    let done: string | null | undefined;
    render(
      <PublicGroundReportForm
        lngLat={[105.85, 21.03]}
        lang="vi"
        book={book}
        today="2026-03-20"
        onDone={(id) => (done = id)}
      />,
    );
    fireEvent.click(screen.getByTestId('ground-kind-weak'));
    fireEvent.change(screen.getByTestId('ground-operator'), { target: { value: 'mobifone' } });
    fireEvent.click(screen.getByTestId('ground-technology-4G'));
    fireEvent.change(screen.getByTestId('ground-note'), { target: { value: ' Tầng hầm ' } });
    fireEvent.click(screen.getByTestId('ground-save'));
    const [saved] = book.getSnapshot().reports;
    expect({ ...saved, id: undefined }).toEqual({
      id: undefined,
      lng: 105.85,
      lat: 21.03,
      kind: 'weak',
      operator: 'mobifone',
      technology: '4G',
      date: '2026-03-20',
      note: 'Tầng hầm',
    });
    expect(done).toBe(saved!.id);
  });

  it('refuses a day after today with a message and saves nothing', () => {
    const book = new GroundReportBook(createStorage());
    render(
      <PublicGroundReportForm lngLat={[105.85, 21.03]} lang="vi" book={book} today="2026-03-20" onDone={() => {}} />,
    );
    fireEvent.change(screen.getByTestId('ground-date'), { target: { value: '2026-03-21' } });
    // Submitted past the browser's own `max` check, as a browser without date inputs would.
    fireEvent.submit(screen.getByTestId('ground-form'));
    expect(screen.getByTestId('ground-form-error').textContent).toBe('Ngày báo không được sau hôm nay');
    expect(book.getSnapshot().reports).toEqual([]);
  });
});

describe('PublicGroundReports', () => {
  it('lists a report with its kind, technology, operator and Vietnamese date', () => {
    const book = new GroundReportBook(createStorage());
    book.add(createReport());
    render(<PublicGroundReports lang="vi" book={book} />);
    expect(screen.getByTestId('ground-item').textContent).toMatch(/^Sóng yếu · 4G · Viettel · 15\/03\/2026/);
  });

  it('deletes a report', () => {
    const book = new GroundReportBook(createStorage());
    book.add(createReport());
    render(<PublicGroundReports lang="vi" book={book} />);
    fireEvent.click(screen.getByTestId('ground-delete'));
    expect(screen.queryByTestId('ground-item')).toBeNull();
  });

  it('exports the reports as CSV with a byte-order mark', () => {
    const book = new GroundReportBook(createStorage());
    book.add(createReport());
    const files: [string, string, string][] = [];
    render(<PublicGroundReports lang="en" book={book} save={(...f) => files.push(f)} />);
    fireEvent.click(screen.getByTestId('ground-export-csv'));
    expect(files[0]![0]).toBe(
      '\uFEFFid,lng,lat,kind,operator,technology,date,note\r\ngr-1,105.8523,21.0285,weak,viettel,4G,2026-03-15,Ngõ 5\r\n',
    );
    expect(files[0]![2]).toMatch(/^bao-cao-song-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('shows a stored value it cannot read as a message, not a crash', () => {
    const book = new GroundReportBook(createStorage({ [GROUND_REPORTS_KEY]: '[1, 2]' }));
    render(<PublicGroundReports lang="en" book={book} />);
    expect(screen.getByTestId('ground-problem').textContent).toBe(
      'The reports saved in this browser could not be read: the stored value is not {"version": 1, "reports": [...]}; the saved text is kept under the key hanoi-coverage-map/ground-reports/v1/unreadable',
    );
  });

  it('says what it cannot read in Vietnamese too', () => {
    const book = new GroundReportBook(createStorage({ [GROUND_REPORTS_KEY]: '[1, 2]' }));
    render(<PublicGroundReports lang="vi" book={book} />);
    const text = screen.getByTestId('ground-problem').textContent ?? '';
    expect(text.startsWith('Không đọc được các báo cáo đã lưu trong trình duyệt: ')).toBe(true);
    expect(text).not.toContain('the stored value');
  });
});
