import { describe, expect, it } from 'vitest';
import {
  loadIndicatorFiles,
  readIndicatorFiles,
  saveIndicatorFiles,
  valuesOf,
  type IndicatorFile,
} from './indicators.js';
import { memoryAppDb } from '../data/persist/app-db.js';
import type { IndicatorValue } from '../domain/indicators.js';
import { issueText } from '../domain/report.js';

const value = (over: Partial<IndicatorValue> = {}): IndicatorValue => ({
  indicator: 'households',
  level: 'ward2019',
  layout: '2019',
  code: '00001',
  value: 1200,
  unit: 'hộ',
  date: '2024-12-31',
  source: 'test',
  derived: false,
  ...over,
});
const file = (id: string, values: IndicatorValue[]): IndicatorFile => ({
  id,
  fileName: `${id}.csv`,
  loadedAt: '2026-11-26T10:00:00Z',
  values,
  summary: { rows: values.length, accepted: values.length, rejected: 0, issues: [] },
});

describe('saved indicator files', () => {
  it('round-trip through the browser database', async () => {
    const db = memoryAppDb();
    const files = [file('a', [value()]), file('b', [value({ code: '00004', layout: '2025', level: 'unit2025' })])];
    await saveIndicatorFiles(db, files);
    const back = await loadIndicatorFiles(db);
    expect(back.issues).toEqual([]);
    expect(back.files).toEqual(files);
    expect(valuesOf(back.files).map((v) => v.code)).toEqual(['00001', '00004']);
  });

  it('keeps the sound figures of a damaged file and names each one left out', () => {
    const raw = [
      file('a', [value(), value({ value: Number.NaN }), value({ code: '4' }), value({ level: 'city' as never })]),
      { id: 7 },
      'junk',
    ];
    const { files, issues } = readIndicatorFiles(raw);
    expect(files).toHaveLength(1);
    expect(files[0]!.values).toEqual([value()]);
    expect(issues.map((i) => i.message)).toEqual([
      'browser storage: saved indicator files: a.csv, figure 2: value NaN is not a number — left out',
      'browser storage: saved indicator files: a.csv, figure 3: code "4" is not a GSO code — left out',
      'browser storage: saved indicator files: a.csv, figure 4: level "city" is not one of unit2025, district2019, ward2019 — left out',
      'browser storage: saved indicator files: entry 1 has no id, file name or figures — left out',
      'browser storage: saved indicator files: entry 2 has no id, file name or figures — left out',
    ]);
    expect(readIndicatorFiles({}).issues[0]!.message).toContain('not a list');
    expect(readIndicatorFiles(null)).toEqual({ files: [], issues: [] });
  });

  it('names each figure left out in Vietnamese too', () => {
    const { issues } = readIndicatorFiles([file('a', [value({ code: '4' })]), { id: 7 }]);
    expect(issues.map((i) => issueText(i, 'vi'))).toEqual([
      'bộ nhớ trình duyệt: các tệp chỉ số đã lưu: a.csv, số liệu 1: mã "4" không phải mã GSO — bị bỏ ra',
      'bộ nhớ trình duyệt: các tệp chỉ số đã lưu: mục 1 thiếu mã, tên tệp hoặc số liệu — bị bỏ ra',
    ]);
    expect(issueText(readIndicatorFiles({}).issues[0]!, 'vi')).toBe(
      'bộ nhớ trình duyệt: các tệp chỉ số đã lưu: giá trị đã lưu là object, không phải một danh sách — bị bỏ ra',
    );
  });
});
