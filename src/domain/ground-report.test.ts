import { describe, expect, it } from 'vitest';
import { groundReportOf, groundReportProblem, isIsoDay, type GroundReport } from './ground-report.js';

const createReport = (over: Partial<GroundReport> = {}): GroundReport => ({
  id: 'gr-1',
  lng: 105.8523,
  lat: 21.0285,
  kind: 'weak',
  operator: 'unknown',
  technology: '4G',
  date: '2026-03-15',
  note: '',
  ...over,
});

describe('groundReportProblem', () => {
  it('finds nothing wrong with a report', () => {
    expect(groundReportProblem(createReport())).toBeNull();
  });

  it('names an operator that is not one of the app’s', () => {
    expect(groundReportProblem({ ...createReport(), operator: 'gmobile' })).toBe(
      'operator "gmobile" is not one of viettel, vnpt, mobifone, vietnamobile, unknown',
    );
  });

  it('names a note over 500 characters', () => {
    expect(groundReportProblem(createReport({ note: 'x'.repeat(501) }))).toBe('note has 501 characters, more than 500');
  });

  it('names a position outside Hà Nội’s box', () => {
    expect(groundReportProblem(createReport({ lng: 106.7, lat: 10.77 }))).toBe(
      "position 106.7, 10.77 is not in Hà Nội's box 105.2, 20.5, 106.1, 21.5",
    );
  });
});

describe('isIsoDay', () => {
  it('takes a real day and refuses 30 February', () => {
    expect([isIsoDay('2024-02-29'), isIsoDay('2026-02-30'), isIsoDay('15/03/2026')]).toEqual([true, false, false]);
  });
});

describe('groundReportOf', () => {
  it('keeps the report’s own fields only', () => {
    expect(groundReportOf({ ...createReport(), extra: 1 } as GroundReport)).toEqual(createReport());
  });
});
