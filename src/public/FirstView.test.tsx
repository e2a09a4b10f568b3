import { describe, expect, test } from 'vitest';
import type { PublicSummary } from '../domain/public-data.js';
import { renderFirstView } from './FirstView.js';
import { UNITS, collection } from '../../test/support/first-view.js';

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
