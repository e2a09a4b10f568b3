import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FeatureCollection } from 'geojson';
import { rawPath } from '../../test/support/data-dir.js';
import { HANOI_FIT_BOUNDS } from '../map/style.js';
import { FirstViewSvg } from './FirstViewSvg.js';
import { frameOf } from '../map/first-view-geometry.js';

/** The 126 communes and wards of 2025 as the first view draws them, framed like the map's first view. */
const UNITS = JSON.parse(readFileSync(rawPath('admin/wards-2025.geojson'), 'utf8')) as FeatureCollection;
const NONE: FeatureCollection = { type: 'FeatureCollection', features: [] };

describe("the first view SVG's names, on the 126 units of 2025", () => {
  const svg = renderToStaticMarkup(
    <FirstViewSvg units={UNITS} zones={NONE} prop="c5_any" lang="vi" frame={frameOf(HANOI_FIT_BOUNDS)} />,
  );
  const texts = [...svg.matchAll(/<text x="(\d+)" y="(\d+)"( class="fv-w")?>([^<]*)<\/text>/g)];

  test('names are text elements, with their diacritics, after every path', () => {
    expect(svg).toContain('>Sóc Sơn</text>');
    expect(svg).toContain('>Đông Anh</text>');
    expect(svg.lastIndexOf('<path')).toBeLessThan(svg.indexOf('<text'));
    expect(svg).toContain('paint-order="stroke"');
    expect(svg).toContain('font-family="Noto Sans, sans-serif"');
  });

  test('between 40 and 100 of the 126 units are named, each once, by its short name', () => {
    expect(texts.length).toBeGreaterThanOrEqual(40);
    expect(texts.length).toBeLessThanOrEqual(100);
    expect(svg.match(/<text/g)).toHaveLength(texts.length);
    const names = texts.map((m) => m[4]!);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).not.toMatch(/^(Phường|Xã) /);
  });

  test('a phone shows between 15 and 40 of them: the rest carry class fv-w', () => {
    const small = texts.filter((m) => m[3] === undefined).length;
    expect(small).toBeGreaterThanOrEqual(15);
    expect(small).toBeLessThanOrEqual(40);
  });
});
