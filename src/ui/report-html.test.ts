import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { REPORT_TARGETS, type AnnualReport, type ReportRow, type ReportTarget } from '../analysis/report.js';
import type { Manifest, ManifestLayer } from '../domain/report.js';
import { reportHtml } from './report-html.js';

/** A row of the report: `change` is value − previous, as the analysis computes it. */
function createRow(target: ReportTarget, level: 'city' | 'unit2025', id: string, value: number, previous: number) {
  const row: ReportRow = {
    target,
    level,
    id,
    name: id === 'city' ? 'Hà Nội' : 'Phường Ba Đình',
    value,
    previous,
    change: value - previous,
    goal: null,
    pass: null,
    derived: false,
  };
  return row;
}

/** A two-area report: the city and one ward, every target, 5G population down 0.7 points at city level. */
function createReport(): AnnualReport {
  const rows = REPORT_TARGETS.flatMap((t) => [
    t === 'population5g' ? createRow(t, 'city', 'city', 41.3, 42) : createRow(t, 'city', 'city', 1234.5, 1000),
    createRow(t, 'unit2025', '00004', 50, 40),
  ]);
  const figures = { operators: { outdoor: [], indoor: [] }, sharing: null, params: null };
  return { year: 2026, asOf: '2026-11-30', previousAsOf: '2025-11-30', layout: '2025', rows, figures };
}

function createLayer(id: string, vintage: string, source: string, licence: string): ManifestLayer {
  return { id, file: `${id}.fgb`, featureCount: 1, vintage, source, licence, sample: false, sha256: '', bytes: 0 };
}

function createManifest(): Manifest {
  return {
    generatedAt: '2026-11-30T00:00:00Z',
    inputHash: '',
    sampleSeed: 1,
    layers: [
      createLayer(
        'zones',
        '2024-09-27',
        'Priority zones of the Hà Nội digital-infrastructure plan (its categories only), positioned from OpenStreetMap (© OpenStreetMap contributors), Wikipedia and commune centres; hospitals: OpenStreetMap amenity=hospital features named as hospitals (Bệnh viện), each place once. What is left out, and why, is listed in zones-excluded.json beside the layer',
        'ODbL 1.0 (OSM), CC BY-SA (Wikipedia-derived points), MIT (commune centres)',
      ),
    ],
    leftOut: [],
    repairs: {},
    warnings: [],
  };
}

const geometry = new Map<string, Feature<Polygon>>([
  [
    'unit2025|00004',
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.8, 21.0],
            [105.85, 21.0],
            [105.85, 21.05],
            [105.8, 21.0],
          ],
        ],
      },
    },
  ],
]);

const page = (lang: 'vi' | 'en') => reportHtml(createReport(), geometry, true, createManifest(), lang);

describe('reportHtml in Vietnamese', () => {
  it('dates the figures as dd/mm/yyyy', () => {
    expect(page('vi')).toContain('Số liệu tính đến 30/11/2026, so với 30/11/2025.');
    expect(page('vi')).not.toContain('2026-11-30');
  });

  it('writes a fall with the minus sign and a decimal comma, a rise with a plus and thousands with a dot', () => {
    const html = page('vi');
    expect(html).toContain('<td>\u22120,7</td>');
    expect(html).not.toMatch(/<td>-\d/);
    expect(html).toContain('<td>1.234,5</td>');
    expect(html).toContain('<td>+234,5</td>');
  });

  it('names the unit of every numeric column: a unit column in the city table, units in the area headers', () => {
    const html = page('vi');
    expect(html).toContain('<th>Chỉ tiêu</th><th>Đơn vị</th><th>Mức phủ sóng</th><th>2026</th><th>2025</th>');
    expect(html).toContain('<td>Mbit/s</td>');
    expect(html).toContain('<td>kết nối/người</td>');
    expect(html).toContain('<th>IoT (kết nối/người)</th>');
    const headers = [...html.matchAll(/<th>([^<]*)<\/th>/g)].map((m) => m[1]!);
    const start = headers.indexOf('Khu vực') + 1;
    // The area table ends where the operator tables (each opening with "Khu vực") begin.
    const end = headers.indexOf('Khu vực', start);
    const areaHeaders = headers.slice(start, end === -1 ? undefined : end);
    expect(areaHeaders).toHaveLength(REPORT_TARGETS.length);
    for (const h of areaHeaders) expect(h, h).toMatch(/\((%|Mbit\/s|km|kết nối\/người)\)$/);
  });

  it('lists the sources in Vietnamese, the layer by its name, with the vintage as dd/mm/yyyy', () => {
    expect(page('vi')).toContain(
      '<li>Khu vực ưu tiên: Khu vực ưu tiên của kế hoạch hạ tầng số Hà Nội (chỉ các loại khu vực)',
    );
    expect(page('vi')).toContain('(27/09/2024) — ODbL 1.0 (OSM), CC BY-SA (điểm lấy từ Wikipedia)');
  });
});

describe('reportHtml in English', () => {
  it('keeps ISO dates and the decimal point, with the minus sign for a fall', () => {
    const html = page('en');
    expect(html).toContain('Figures as of 2026-11-30, against 2025-11-30.');
    expect(html).toContain('<td>\u22120.7</td>');
    expect(html).toContain('<td>1,234.5</td>');
    expect(html).toContain('<th>Indicator</th><th>Unit</th><th>Coverage level</th><th>2026</th><th>2025</th>');
    expect(html).toContain('<th>IoT (connections/person)</th>');
  });

  it('lists the sources in English with the licence names as written', () => {
    expect(page('en')).toContain('<li>Priority zones: Priority zones of the Hà Nội digital-infrastructure plan');
    expect(page('en')).toContain('(2024-09-27) — ODbL 1.0 (OSM), CC BY-SA (Wikipedia-derived points)');
  });
});
