/**
 * Builders and checks for the indicator CSV import tests (`src/data/import/indicators*.test.ts`): the fixture
 * files under `test/fixtures/indicators/`, a small catalogue of real Hà Nội area codes, expected values with the
 * usual defaults, and the report's row-accounting promise.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { IndicatorValue } from '../../src/domain/indicators.js';
import type { IndicatorAreaCatalogue, IndicatorImportResult } from '../../src/data/import/indicators.js';

/** Folder of the indicator CSV fixtures, relative to the repository root (the test runner's working directory). */
export const INDICATOR_FIXTURES = 'test/fixtures/indicators/';

/** The text of an indicator fixture, e.g. `readIndicatorFixture('bad-rows.csv')`, read as UTF-8. */
export const readIndicatorFixture = (file: string): string => readFileSync(INDICATOR_FIXTURES + file, 'utf8');

/**
 * A few real areas: 00004 is a 2025 unit and a 2019 ward with other names, 00001 a ward that ended in 2025,
 * 001 a 2019 district. `extra` adds or replaces entries, as `[code, name]` pairs per layout.
 */
export function createCatalogue(
  extra: Partial<Record<keyof IndicatorAreaCatalogue, [string, string][]>> = {},
): IndicatorAreaCatalogue {
  return {
    unit2025: new Map([
      ['00004', 'Ba Đình'],
      ['00070', 'Hoàn Kiếm'],
      ['00091', 'Phú Thượng'],
      ['00127', 'Việt Hưng'],
      ...(extra.unit2025 ?? []),
    ]),
    ward2019: new Map([
      ['00001', 'Phúc Xá'],
      ['00004', 'Trúc Bạch'],
      ['00070', 'Hàng Trống'],
      ['00091', 'Phú Thượng'],
      ['00127', 'Việt Hưng'],
      ...(extra.ward2019 ?? []),
    ]),
    district2019: new Map([['001', 'Ba Đình'], ['002', 'Hoàn Kiếm'], ...(extra.district2019 ?? [])]),
  };
}

/**
 * An expected imported value: a 2025 unit in the 2025 layout, dated 2026-06-30, from "Sở KH&CN (mẫu)", not
 * derived, unless `fields` says otherwise.
 */
export function createValue(
  fields: Partial<IndicatorValue> & Pick<IndicatorValue, 'indicator' | 'code' | 'value' | 'unit'>,
): IndicatorValue {
  return { level: 'unit2025', layout: '2025', date: '2026-06-30', source: 'Sở KH&CN (mẫu)', derived: false, ...fields };
}

/** Checks the report's promise: every row accepted or rejected, and each rejected row has exactly one error. */
export function expectEveryRowAccounted({ values, issues, report }: IndicatorImportResult): void {
  const rowErrors = issues.filter((i) => i.severity === 'error' && i.index !== null);
  expect(report.rows).toBe(report.accepted + report.rejected);
  expect(report.accepted).toBe(values.length);
  expect(rowErrors.length).toBe(report.rejected);
  expect(new Set(rowErrors.map((i) => i.index)).size).toBe(rowErrors.length);
}
