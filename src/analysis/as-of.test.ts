import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Point } from 'geojson';
import type { CableSegmentProps, Site, SpeedTestProps } from '../domain/telecom.js';
import { cablesAsOf, sitesAsOf, speedTestsAsOf, yearBefore } from './as-of.js';

const site = (id: string, onAir: string | null, onAir5g: string | null, five = true): Site => ({
  id,
  operator: 'viettel',
  lng: 105.8,
  lat: 21,
  technologies: five ? ['4G', '5G'] : ['4G'],
  bands: five ? ['B3', 'n78'] : ['B3'],
  heightM: 30,
  azimuthsDeg: [],
  onAir,
  onAir5g,
  rangeM: null,
  sample: true,
});
const cable = (
  id: string,
  status: CableSegmentProps['status'],
  doneDate: string | null,
): Feature<LineString, CableSegmentProps> => ({
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [105.8, 21],
      [105.81, 21],
    ],
  },
  properties: { id, status, highway: 'primary', lengthM: 1000, doneDate, sample: true },
});

describe('data as of a date', () => {
  it('keeps the sites on air by then, with 5G only once it went on air; unknown dates count as present', () => {
    const sites = [
      site('a', '2019-05-01', '2024-11-01'),
      site('b', '2025-03-01', '2025-03-01'),
      site('c', null, null),
      site('d', '2018-01-01', null, false),
    ];
    const r = sitesAsOf(sites, '2024-06-30');
    expect(r.map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(r[0]).toMatchObject({ technologies: ['4G'], bands: ['B3'], onAir5g: null });
    expect(r[1]).toBe(sites[2]);
    expect(sitesAsOf(sites, '2025-03-01').map((s) => s.technologies.join(' '))).toEqual([
      '4G 5G',
      '4G 5G',
      '4G 5G',
      '4G',
    ]);
  });

  it('a segment done later was planned then, in the plan of the year it went underground', () => {
    const r = cablesAsOf(
      [
        cable('x', 'done', '2021-04-01'),
        cable('y', 'done', '2025-10-01'),
        cable('z', 'done', '2027-02-01'),
        cable('w', 'planned-2025', null),
      ],
      '2024-11-30',
    );
    expect(r.map((c) => c.properties.status)).toEqual(['done', 'planned-2025', 'planned-2026-2030', 'planned-2025']);
  });

  it('speed measurements of the twelve months up to the date', () => {
    const t = (date: string): Feature<Point, SpeedTestProps> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [105.8, 21] },
      properties: {
        id: date,
        tech: '4G',
        operator: 'viettel',
        downMbps: 50,
        upMbps: null,
        latencyMs: null,
        date,
        tests: 1,
        kind: 'test',
        sample: true,
      },
    });
    expect(
      speedTestsAsOf(
        [t('2025-11-30'), t('2025-12-01'), t('2026-06-01'), t('2026-11-30'), t('2026-12-01')],
        '2026-11-30',
      ).map((x) => x.properties.date),
    ).toEqual(['2025-12-01', '2026-06-01', '2026-11-30']);
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });

  it('counts an Ookla tile by the first day of its quarter: whole when the quarter started in the window', () => {
    const tile = (date: string): Feature<Point, SpeedTestProps> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [105.8, 21] },
      properties: {
        id: date,
        tech: '4G',
        operator: null,
        downMbps: 50,
        upMbps: 10,
        latencyMs: 30,
        date,
        tests: 40,
        kind: 'tile',
        sample: false,
      },
    });
    const kept = speedTestsAsOf([tile('2025-10-01'), tile('2026-01-01'), tile('2026-10-01')], '2026-11-30');
    expect(kept.map((x) => x.properties.date)).toEqual(['2026-01-01', '2026-10-01']);
  });
});
