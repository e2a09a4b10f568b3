import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Feature } from 'geojson';
import { FirstViewSvg, classGroups } from './FirstViewSvg.js';
import { TIMES_10, UNITS, collection, createUnit, square } from '../../test/support/first-view.js';

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
