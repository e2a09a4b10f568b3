// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { GroundReport } from '../domain/ground-report.js';
import type { LngLat } from '../domain/geo.js';
import type { PointCoverage } from '../analysis/point-lookup.js';
import { analyseGroundReports } from '../analysis/ground-reports.js';
import { groundReportsToCsv } from '../data/ground-report-export.js';
import type { GroundReportsAnswer } from '../worker/ground-reports-handler.js';
import { WorkerCallError } from '../worker/rpc.js';
import { GroundReportsSection, type GroundReportsSectionProps } from './GroundReportsSection.js';

afterEach(cleanup);

/** The model covers 5G of every operator, outdoors and indoors, west of longitude 105.86, nothing east of it. */
function coverageAt([lng]: LngLat): PointCoverage {
  const ops = (v: boolean) => ({ viettel: v, vnpt: v, mobifone: v, vietnamobile: v, any: v });
  const at = (v: boolean) => ({ outdoor: ops(v), indoor: ops(v) });
  return { '4G': at(false), '5G': at(lng < 105.86) };
}
/** Unit W west of 105.86, unit E east of it. */
const locate = (lng: number) => [{ level: 'unit2025', id: lng < 105.86 ? 'W' : 'E' }];

/** An `analyse` over the model above that counts its calls. */
function createAnalyse() {
  const calls: GroundReport[][] = [];
  const analyse = async (reports: GroundReport[]): Promise<GroundReportsAnswer> => {
    calls.push(reports);
    return {
      ...analyseGroundReports(reports, coverageAt, locate),
      refused: [],
      sample: false,
      buildMs: 0,
      analyseMs: 0,
    };
  };
  return { analyse, calls };
}

const createReport = (id: string, lng: number): GroundReport => ({
  id,
  lng,
  lat: 21.03,
  kind: 'none',
  operator: 'viettel',
  technology: '5G',
  date: '2026-03-15',
  note: '',
});

/** The public page's CSV of a report in the covered west and one in the east, plus a row on line 4 with a bad kind. */
const createFile = () =>
  // Node's File, which reads its bytes (jsdom's has no `arrayBuffer`).
  new NodeFile(
    [
      `${groundReportsToCsv([createReport('w', 105.85), createReport('e', 105.87)])}x,105.85,21.03,mạnh,,5G,2026-03-15,\r\n`,
    ],
    'bao-cao.csv',
  );

function renderSection(over: Partial<GroundReportsSectionProps> = {}) {
  const picked: string[] = [];
  const props: GroundReportsSectionProps = {
    lang: 'vi',
    analyse: createAnalyse().analyse,
    modelVersion: 1,
    nameOf: (_l, id) => `Phường ${id}`,
    onSelectArea: (level, id) => picked.push(`${level}:${id}`),
    onSelectPoint: (p) => picked.push(`pt:${p.join(',')}`),
    ...over,
  };
  const view = render(<GroundReportsSection {...props} />);
  fireEvent.change(screen.getByTestId('ground-files'), { target: { files: [createFile()] } });
  return { picked, props, view };
}

describe('GroundReportsSection', () => {
  it('says how many reports were read and rows refused', async () => {
    renderSection();
    await waitFor(() =>
      expect(screen.getByTestId('ground-read').textContent).toMatch(/^2 báo cáo đọc được, 1 dòng bị loại/),
    );
  });

  it("lists a refused row's message with the file and row", async () => {
    renderSection();
    await waitFor(() =>
      expect(screen.getByTestId('ground-issues').textContent).toContain('bao-cao.csv: dòng 4 (mã "x"): loại "mạnh"'),
    );
  });

  it('lists the units with the most conflicts first', async () => {
    renderSection();
    await waitFor(() => screen.getByTestId('ground-table'));
    const rows = screen.getAllByTestId('ground-row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Phường W', '1', '1', '4'],
      ['Phường E', '1', '0', '0'],
    ]);
  });

  it('selects the area of a clicked row', async () => {
    const { picked } = renderSection();
    await waitFor(() => screen.getByTestId('ground-table'));
    fireEvent.click(screen.getAllByTestId('ground-row')[0]!);
    expect(picked).toEqual(['unit2025:W']);
  });

  it('asks the point of a clicked report', async () => {
    const { picked } = renderSection();
    await waitFor(() => screen.getByTestId('ground-table'));
    fireEvent.change(screen.getByTestId('ground-view'), { target: { value: 'report' } });
    fireEvent.click(screen.getAllByTestId('ground-row')[0]!);
    expect(picked).toEqual(['pt:105.85,21.03']);
  });

  it('analyses the reports again when the model changes', async () => {
    const { analyse, calls } = createAnalyse();
    const { props, view } = renderSection({ analyse });
    await waitFor(() => screen.getByTestId('ground-table'));
    view.rerender(<GroundReportsSection {...props} modelVersion={2} />);
    await waitFor(() => expect(calls).toHaveLength(2));
  });

  it("shows the worker's error", async () => {
    renderSection({ analyse: () => Promise.reject(new Error('the analysis worker stopped')) });
    await waitFor(() =>
      expect(screen.getByTestId('ground-error').textContent).toBe(
        'Không so được với mô hình: the analysis worker stopped',
      ),
    );
  });

  it("shows the worker's error in the chosen language, following a switch", async () => {
    const err = new WorkerCallError('groundReports', {
      message: '100,001 reports are more than the 100,000 analysed at once',
      vi: '100.001 báo cáo vượt quá 100.000 báo cáo được phân tích một lần',
    });
    const { props, view } = renderSection({ analyse: () => Promise.reject(err) });
    await waitFor(() =>
      expect(screen.getByTestId('ground-error').textContent).toBe(
        'Không so được với mô hình: 100.001 báo cáo vượt quá 100.000 báo cáo được phân tích một lần',
      ),
    );
    view.rerender(<GroundReportsSection {...props} lang="en" />);
    expect(screen.getByTestId('ground-error').textContent).toBe(
      'Could not check against the model: 100,001 reports are more than the 100,000 analysed at once',
    );
  });

  it('names a file the browser could not give, in the chosen language', async () => {
    const file = new NodeFile(['x'], 'mat.csv');
    file.arrayBuffer = () => Promise.reject(new Error('The file was removed.'));
    const props: GroundReportsSectionProps = {
      lang: 'vi',
      analyse: createAnalyse().analyse,
      modelVersion: 1,
      nameOf: () => null,
      onSelectArea: () => {},
      onSelectPoint: () => {},
    };
    const view = render(<GroundReportsSection {...props} />);
    fireEvent.change(screen.getByTestId('ground-files'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByTestId('ground-read-error').textContent).toBe(
        'Không đọc được tệp mat.csv: The file was removed.',
      ),
    );
    view.rerender(<GroundReportsSection {...props} lang="en" />);
    expect(screen.getByTestId('ground-read-error').textContent).toBe(
      'Could not read the file mat.csv: The file was removed.',
    );
  });
});
