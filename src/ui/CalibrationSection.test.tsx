// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { CalibrationSection, type CalibrationRun } from './CalibrationSection.js';
import type { Calibration, ErrorStats } from '../analysis/calibration/types.js';
import { CALIBRATION_DEFAULTS } from '../analysis/calibration/types.js';
import { ENVIRONMENTS } from '../analysis/coverage/environment.js';

afterEach(cleanup);

const stats = (meanErrorDb: number, rmseDb: number, levelMatch: number): ErrorStats => ({
  n: 1200,
  meanErrorDb,
  rmseDb,
  levelMatch,
});

/** A calibration of 1,250 measurements: dense urban −6.5 dB, urban +3.25 dB, the rest too few. */
function createCalibration(): Calibration {
  const offsets = { 'dense-urban': -6.5, urban: 3.25, suburban: 0, rural: 0, open: 0 };
  return {
    version: 1,
    envOffsetDb: offsets,
    classes: ENVIRONMENTS.map((env, i) => ({
      env,
      n: [700, 500, 12, 0, 0][i]!,
      fitted: i < 2,
      offsetDb: offsets[env],
      sigmaDb: i < 3 ? 7.94 : null,
      before: stats(1, 9, 0.9),
      after: stats(0, 8, 0.95),
    })),
    before: stats(-1.84, 9.43, 0.9012),
    after: stats(0, 8.11, 0.9375),
    passes: 3,
    options: CALIBRATION_DEFAULTS,
    provenance: {
      file: 'do-kiem.csv',
      measurements: 1250,
      withServer: 1212,
      noServer: 38,
      from: '2025-03-14',
      to: '2025-04-21',
      fitDate: '2026-12-05T10:00:00.000Z',
      sites: 12500,
    },
  };
}

const RUN: CalibrationRun = { calibration: createCalibration(), rejectedRows: 2, issues: [] };

function chooseFile() {
  const file = new File(['lat,lon,rsrp,operator\n'], 'do-kiem.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByTestId('calibration-file'), { target: { files: [file] } });
  return file;
}

describe('CalibrationSection', () => {
  it('fits a chosen file and shows the table before and after in Vietnamese figures', async () => {
    const onFit = vi.fn().mockResolvedValue(RUN);
    render(<CalibrationSection lang="vi" onFit={onFit} applied={null} onApply={() => {}} />);
    const file = chooseFile();
    const classes = await screen.findByTestId('calibration-classes');
    expect(onFit).toHaveBeenCalledWith(file);
    const rows = within(classes)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows.slice(1, 4)).toEqual([
      'Đô thị dày đặc700−6,57,9',
      'Đô thị5003,37,9',
      'Ven đô120 (quá ít số đo, giữ nguyên)7,9',
    ]);
    const errors = within(screen.getByTestId('calibration-errors'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(errors.slice(1)).toEqual(['Trước hiệu chỉnh−1,89,490,1 %', 'Sau hiệu chỉnh08,193,8 %']);
    expect(screen.getByText(/38 số đo không có trạm/)).toBeTruthy();
  });

  it('applies the fitted calibration on request', async () => {
    const onApply = vi.fn();
    render(<CalibrationSection lang="en" onFit={async () => RUN} applied={null} onApply={onApply} />);
    chooseFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledWith(RUN.calibration);
  });

  it('shows the provenance of the calibration in use', () => {
    render(<CalibrationSection lang="vi" onFit={async () => RUN} applied={createCalibration()} onApply={() => {}} />);
    expect(screen.getByTestId('calibration-applied').textContent).toBe(
      'Hiệu chỉnh đang dùng' +
        'Tệp: do-kiem.csv · 1.212 số đo' +
        'Thời gian đo: 14/03/2025 – 21/04/2025' +
        'Ngày khớp: 05/12/2026' +
        'Độ bù: Đô thị dày đặc −6,5 dB · Đô thị 3,3 dB · Ven đô 0 dB · Nông thôn 0 dB · Đất trống 0 dB',
    );
  });

  it('says why a fit failed', async () => {
    const onFit = () => Promise.reject(new Error('do-kiem.csv: no column for the operator'));
    render(<CalibrationSection lang="en" onFit={onFit} applied={null} onApply={() => {}} />);
    chooseFile();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Calibration failed: do-kiem.csv: no column for the operator',
    );
  });
});
