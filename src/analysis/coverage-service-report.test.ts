/**
 * The coverage service's annual report: each target per area against a year before, and the targets of the area
 * indicators.
 */
import { describe, expect, it } from 'vitest';
import { candidate, createInput } from '../../test/support/coverage-service-input.js';
import { CoverageService } from './coverage-service.js';
import { serviceReport } from './service-report.js';
import { buildReport, REPORT_TARGETS, reportToCsv } from './report.js';

describe('the annual report', () => {
  it('gives each target for the city and each area, with pass or fail and the change since the year before', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    const before = svc.setBaseSites([]);
    const now = svc.setBaseSites([candidate('s9', 1200, 0, { sample: true })]);
    const report = buildReport(
      now,
      before,
      [
        { level: 'unit2025', id: 'W', name: 'Phường Tây' },
        { level: 'unit2025', id: 'E', name: '=Đông' },
      ],
      { year: 2026, asOf: '2026-11-30', previousAsOf: '2025-11-30', layout: '2025' },
    );
    expect(report.rows).toHaveLength(REPORT_TARGETS.length * 3);
    const row = (level: string, id: string, target: string) =>
      report.rows.find((r) => r.level === level && r.id === id && r.target === target)!;
    expect(row('city', 'city', 'zones5g')).toMatchObject({
      value: 100,
      previous: 0,
      change: 100,
      goal: 100,
      pass: true,
    });
    expect(row('city', 'city', 'population5g').value).toBeCloseTo(now.population.value, 9);
    expect(row('city', 'city', 'population5g').change).toBeCloseTo(now.population.value - before.population.value, 9);
    expect(row('unit2025', 'E', 'population5g').value).toBeCloseTo(
      now.areas['unit2025|E']!.coverage['5G'].any.popPercent,
      9,
    );
    expect(row('unit2025', 'W', 'zones5g')).toMatchObject({ value: null, pass: null });
    expect(row('unit2025', 'E', 'speed4g')).toMatchObject({ value: null, pass: null });
    expect(row('city', 'city', 'cables')).toMatchObject({ value: 0, goal: null, pass: null });
    // Without area indicators the fibre and IoT targets are listed with no figure.
    expect(row('city', 'city', 'fibre')).toMatchObject({ value: null, goal: 100, pass: null, derived: false });
    expect(row('unit2025', 'W', 'iot')).toMatchObject({ value: null, goal: 1, pass: null });
    const csv = reportToCsv(report, true);
    expect(
      csv.startsWith(
        '\uFEFFtarget,level,code,name,value,unit,previous,change,goal,goal_year,pass,derived,as_of,previous_as_of,layout,sample\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain("zones5g,unit2025,E,'=Đông,100,%,0,100,100,2025,true,false,2026-11-30,2025-11-30,2025,true");
    expect(csv.trim().split('\r\n')).toHaveLength(1 + REPORT_TARGETS.length * 3);
  });

  it('adds the fibre and IoT targets from area indicators: 2019 figures carried to the units (derived), the city total kept', () => {
    const svc = new CoverageService();
    const init = svc.init(createInput());
    const residents = (id: string) => init.areas[`unit2025|${id}`]!.population;
    const v = (indicator: string, level: 'ward2019' | 'unit2025', code: string, value: number, date: string) =>
      ({
        indicator,
        level,
        layout: level === 'ward2019' ? '2019' : '2025',
        code,
        value,
        unit: 'hộ',
        date,
        source: 'test',
        derived: false,
      }) as const;
    const values = [
      v('fibre_households', 'ward2019', 'w', 800, '2024-12-31'),
      v('households', 'ward2019', 'w', 1000, '2024-12-31'),
      v('iot_connections', 'unit2025', 'W', 2500, '2026-06-30'),
      v('iot_connections', 'unit2025', 'E', 5000, '2026-06-30'),
    ];
    const table = svc.indicators(values);
    // The units hold half the ward each (the other half lies outside both): each gets half the households.
    expect(table.figures.households!['unit2025|W']).toMatchObject({ value: 500, derived: true, from: 'overlay' });
    expect(table.figures.households!['unit2025|W']!.value + table.figures.households!['unit2025|E']!.value).toBeCloseTo(
      1000,
      9,
    );
    const report = serviceReport(svc, 2026, '2025', '2026-11-30', values);
    const row = (id: string, target: string) => report.rows.find((r) => r.id === id && r.target === target)!;
    expect(row('W', 'fibre')).toMatchObject({ value: 80, previous: 80, change: 0, pass: false, derived: true });
    expect(row('city', 'fibre').value).toBeCloseTo(80, 9);
    // IoT per person from the connections and the units' residents (the engine's count, 2019 census basis).
    expect(row('E', 'iot')).toMatchObject({ previous: null, derived: true });
    expect(row('E', 'iot').value).toBeCloseTo(5000 / residents('E'), 9);
    expect(row('W', 'iot').value).toBeCloseTo(2500 / residents('W'), 9);
    expect(row('W', 'iot').pass).toBe(2500 / residents('W') >= 1);
    expect(row('city', 'iot').value).toBeCloseTo(7500 / (residents('W') + residents('E')), 9);
  });
});
