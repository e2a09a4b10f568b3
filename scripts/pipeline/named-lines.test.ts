import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkNamedLinesFile } from '../../src/data/named-lines-file.js';
import { namedLinesOf } from './named-lines.js';

/** A way of the 2017 extract: its name written as the extract writes it (UTF-8 read as Latin-1), or none. */
function createWay(name: string | null, lng: number): Feature {
  const props =
    name === null ? { matched: false } : { name: Buffer.from(name, 'utf8').toString('latin1'), highway: 'primary' };
  return {
    type: 'Feature',
    properties: props,
    geometry: {
      type: 'LineString',
      coordinates: [
        [lng, 21.0],
        [lng + 0.01, 21.0],
      ],
    },
  };
}

describe('namedLinesOf', () => {
  it('repairs double-encoded names, groups the ways of one name and leaves unnamed ways out', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [createWay('Lê Trọng Tấn', 105.8), createWay(null, 105.81), createWay('Lê Trọng Tấn', 105.81)],
    };
    const { file, unreadable, issues } = namedLinesOf(fc, 'roads.geojson');
    expect(file.lines.map((l) => [l.name, l.kind, l.segments, l.classes])).toEqual([
      ['Lê Trọng Tấn', 'road', 2, ['primary']],
    ]);
    expect(file.lines[0]!.lengthM).toBeCloseTo(2079.2, 0);
    expect([unreadable, issues]).toEqual([0, []]);
    expect(checkNamedLinesFile(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });

  it('makes streets of one name far apart lines of their own, named with their place', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [createWay('Nguyễn Khuyến', 105.77), createWay('Nguyễn Khuyến', 105.84)],
    };
    const placeOf = ([lng]: [number, number]) => (lng < 105.8 ? 'Hà Đông' : 'Văn Miếu - Quốc Tử Giám');
    const { file } = namedLinesOf(fc, 'roads.geojson', placeOf);
    expect(file.lines.map((l) => [l.name, l.segments, Math.round(l.lengthM)])).toEqual([
      ['Nguyễn Khuyến (Hà Đông)', 1, 1040],
      ['Nguyễn Khuyến (Văn Miếu - Quốc Tử Giám)', 1, 1040],
    ]);
  });
});
