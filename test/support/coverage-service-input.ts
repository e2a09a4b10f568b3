/**
 * A tiny city for coverage service tests, laid out in metres around Hoàn Kiếm (105.85° E, 21.03° N) in the
 * analysis projection: two 2 km square units side by side (W, E) in one 4 km district and one census ward of
 * 10,000 residents, a 400 m hi-tech-park zone 1.2 km east of the centre, and one Viettel 4G/5G site in W.
 */
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { Site } from '../../src/domain/telecom.js';
import { HANOI_LAEA } from '../../src/analysis/projection.js';
import type { ServiceInput } from '../../src/analysis/coverage-service.js';

const C: [number, number] = [105.85, 21.03];

/** The `[lng, lat]` degrees of the point `dx` metres east and `dy` metres north of the test city's centre. */
export const at = (dx: number, dy: number): [number, number] => {
  const [x, y] = HANOI_LAEA.forward(C);
  return HANOI_LAEA.inverse([x + dx, y + dy]) as [number, number];
};

const square = (dx: number, dy: number, side: number): Polygon => {
  const h = side / 2;
  const ring: Position[] = [at(dx - h, dy - h), at(dx + h, dy - h), at(dx + h, dy + h), at(dx - h, dy + h)];
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
};
const fc = (features: Feature<Polygon>[]): FeatureCollection<Polygon> => ({ type: 'FeatureCollection', features });
const area = (props: Record<string, unknown>, g: Polygon): Feature<Polygon> => ({
  type: 'Feature',
  geometry: g,
  properties: props,
});

/** The service input of the test city (see the module comment), with no speed tests and no cables. */
export function createInput(): ServiceInput {
  const [zl, zt] = at(1200, 0);
  return {
    units: fc([area({ code: 'W' }, square(-1000, 0, 2000)), area({ code: 'E' }, square(1000, 0, 2000))]),
    districts: fc([area({ code: 'D' }, square(0, 0, 4000))]),
    wards: fc([area({ code: 'w', population: 10_000 }, square(0, 0, 4000))]),
    zones: fc([
      area(
        { id: 'z1', name: 'Khu công nghệ cao', category: 'hi_tech_park', confidence: 'high', lng: zl, lat: zt },
        square(1200, 0, 400),
      ),
    ]),
    siteRows: [
      {
        id: 's1',
        operator: 'viettel',
        lng: at(-1000, 0)[0],
        lat: at(-1000, 0)[1],
        technologies: '4G 5G',
        bands: 'B3 n78',
        rangeM: 600,
      },
    ],
    speedTests: { type: 'FeatureCollection', features: [] },
    cables: { type: 'FeatureCollection', features: [] },
    siteSource: 'test.csv',
  };
}

/**
 * A Viettel 4G/5G site of 500 m range, `dx` metres east and `dy` metres north of the centre, not a sample and with
 * no on-air dates unless `over` says otherwise.
 */
export const candidate = (id: string, dx: number, dy: number, over: Partial<Site> = {}): Site => {
  const [lng, lat] = at(dx, dy);
  return {
    id,
    operator: 'viettel',
    lng,
    lat,
    technologies: ['4G', '5G'],
    bands: ['B3', 'n78'],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: 500,
    sample: false,
    ...over,
  };
};

/** Sites as the raw rows of a site file (technologies and bands space-separated), for `ServiceInput.siteRows`. */
export const rowsOf = (
  sites: readonly { technologies: readonly string[]; bands: readonly string[] }[],
): Record<string, unknown>[] =>
  sites.map((s) => ({ ...s, technologies: s.technologies.join(' '), bands: s.bands.join(' ') }));
