import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { PublicSummary } from '../domain/public-data.js';
import { FirstViewSvg, classGroups, renderFirstView } from './FirstView.js';
import type { FirstViewFrame } from './first-view-geometry.js';

/** A frame that scales degrees by 10 with no projection: paths can be worked out by hand. */
const TIMES_10: FirstViewFrame = { width: 100, height: 100, project: (p) => [p[0]! * 10, p[1]! * 10] };

const square = (x: number, y: number, size: number): Position[][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

/** A unit at `[x, y]` (a 1° square) with its 5G share of the area, percent, or null. */
function createUnit(code: string, name: string, x: number, c5: number | null): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: square(x, 0, 1) },
    properties: { code, name, fullName: name, c5_any: c5 },
  };
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function createSummary(): PublicSummary {
  const source = { vintage: 'sample', source: 'SAMPLE', licence: 'MIT', sample: true };
  return {
    generatedAt: '2026-12-05T03:26:24.852Z',
    layout: { units: '2025-07-01', legacy: '2019-04-01' },
    city: { areaKm2: 3359.2, population: 8053663, covered4gPct: 99.5, covered5gPct: 25.34, sites: 12500 },
    targets: {
      zones5g: { passing: 109, total: 146, target: 100, year: 2025 },
      population5g: { value: 56.87, target: 99, year: 2030, pass: false, indoor: { value: 31.5, pass: false } },
      speed4g: { measured: 107, passing: 104, target: 40, year: 2025 },
      speed5g: { measured: 108, passing: 108, target: 100, year: 2025 },
      cables: { doneKm: 1234.5, planned2025Km: 260.4, planned2026To2030Km: 951.2 },
    },
    sources: {
      areas: { ...source, sample: false },
      districts: source,
      wards: source,
      zones: source,
      sites: source,
      speeds: source,
      cables: source,
    },
  };
}

const UNITS = collection([
  createUnit('001', 'Xã A', 0, 12.5),
  createUnit('002', 'Phường B', 2, 99.5),
  createUnit('003', 'Xã C', 4, null),
]);

describe('the first view SVG', () => {
  const svg = renderToStaticMarkup(
    <FirstViewSvg units={UNITS} zones={collection([])} prop="c5_any" lang="vi" frame={TIMES_10} />,
  );

  test('a square unit gives its path inside its class group, coloured as the map colours it', () => {
    expect(svg).toContain(
      '<g class="fv-c1" fill="#b2e58a"><path data-code="001" d="M0 0l10 0 0 10-10 0z"><title>Xã A: 12,5 %</title></path></g>',
    );
    expect(svg).toContain('<g class="fv-c6" fill="#111a62"><path data-code="002" d="M20 0l10 0 0 10-10 0z">');
    expect(svg).toContain('<g class="fv-nodata" fill="#545454"><path data-code="003"');
  });

  test("a unit's title gives its figure in Vietnamese, or no data", () => {
    expect(svg).toContain('<title>Phường B: 99,5 %</title>');
    expect(svg).toContain('<title>Xã C: không có số liệu</title>');
  });

  test('the view box is the frame, and the classes are drawn at the map opacity', () => {
    expect(svg).toMatch(/^<svg class="pub-first-view-svg" viewBox="0 0 100 100"/);
    expect(svg).toContain('fill-opacity="0.7"');
  });

  test('a name made of markup is written as text', () => {
    const markup = renderToStaticMarkup(
      <FirstViewSvg
        units={collection([createUnit('009', '<img src=x onerror=alert(1)>', 0, 50)])}
        zones={collection([])}
        prop="c5_any"
        lang="vi"
        frame={TIMES_10}
      />,
    );
    expect(markup).toContain('<title>&lt;img src=x onerror=alert(1)&gt;: 50 %</title>');
    expect(markup).not.toContain('<img');
  });

  test('a zone is filled by pass or fail and titled', () => {
    const zone: Feature = {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(0, 0, 1) },
      properties: { id: 'z1', name: 'Khu công nghệ cao', pass: true },
    };
    const markup = renderToStaticMarkup(
      <FirstViewSvg units={collection([])} zones={collection([zone])} prop="c5_any" lang="vi" frame={TIMES_10} />,
    );
    expect(markup).toContain(
      '<path d="M0 0l10 0 0 10-10 0z" fill="#2166AC"><title>Khu công nghệ cao: đạt 100 % 5G</title>',
    );
  });
});

describe('classGroups', () => {
  test('a value on a break belongs to the class above; groups with no unit are left out', () => {
    const groups = classGroups(collection([createUnit('1', 'A', 0, 10), createUnit('2', 'B', 0, 9.99)]), 'c5_any');
    expect(groups.map((g) => [g.key, g.features.map((f) => f.properties?.code)])).toEqual([
      ['c0', ['2']],
      ['c1', ['1']],
    ]);
  });
});

describe('the first view page', () => {
  const html = renderFirstView({ units: UNITS, zones: collection([]), summary: createSummary() });

  test('the legend lists every class and no data, in Vietnamese number formats', () => {
    const legend = /<section class="pub-legend".*?<\/section>/.exec(html)?.[0] ?? '';
    const labels = [...legend.matchAll(/<\/svg>([^<]+)<\/li>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      '&lt; 10 %',
      '10–25 %',
      '25–50 %',
      '50–80 %',
      '80–95 %',
      '95–99 %',
      '≥ 99 %',
      'Không có số liệu',
    ]);
    expect(legend).toContain('<rect width="1" height="1" fill="#f0e52a">');
  });

  test('the targets carry the figures in Vietnamese formats', () => {
    expect(html).toContain('<strong>109 / 146</strong>');
    expect(html).toMatch(/<strong data-testid="target-population-outdoor">56,9(?:&nbsp;|\s)%<\/strong>/);
    expect(html).toMatch(
      /<strong data-testid="target-population-indoor-value">[0-9]+(,[0-9])?(?:&nbsp;|\s)%<\/strong>/,
    );
    expect(html).toContain('<strong>1.234,5 km</strong>');
    expect(html).toContain('4G 99,5 % · 5G 25,3 %');
  });

  test("the data's date, the sample-data label and the attribution are there, in Vietnamese only", () => {
    expect(html).toContain('Số liệu tính ngày 05/12/2026 · © Những người đóng góp OpenStreetMap (ODbL)');
    expect(html).toContain('TCTK (GSO) · dữ liệu mẫu');
    expect(html).not.toContain('sample data');
    expect(html).not.toContain('SAMPLE DATA');
    expect(html).toContain('data-testid="sample-banner"');
    expect(html).toContain('<noscript><p class="status">Đây là ảnh tĩnh');
  });

  test('no inline style or script, which the CSP would refuse', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain('<script');
  });
});
