/**
 * Small units for the first view's SVG and page tests (src/ui/FirstViewSvg.test.tsx, src/public/FirstView.test.tsx):
 * 1° squares in a frame that scales degrees by 10 with no projection, so paths can be worked out by hand.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { FirstViewFrame } from '../../src/map/first-view-geometry.js';
import { createCollection, ring } from './fgb-collections.js';

/** A frame that scales degrees by 10 with no projection: paths can be worked out by hand. */
export const TIMES_10: FirstViewFrame = { width: 100, height: 100, project: (p) => [p[0]! * 10, p[1]! * 10] };

/** A polygon's rings: the square with its south-west corner at `(x, y)` and sides of `size`, degrees. */
export const square = (x: number, y: number, size: number): Position[][] => [ring(x, y, size)];

/** A unit at `[x, y]` (a 1° square) with its 5G share of the area, percent, or null. */
export function createUnit(code: string, name: string, x: number, c5: number | null): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: square(x, 0, 1) },
    properties: { code, name, fullName: name, c5_any: c5 },
  };
}

/** A FeatureCollection of `features`. */
export const collection: (features: Feature[]) => FeatureCollection = createCollection;

/** Three units: 12.5 %, 99.5 % and no figure. */
export const UNITS = collection([
  createUnit('001', 'Xã A', 0, 12.5),
  createUnit('002', 'Phường B', 2, 99.5),
  createUnit('003', 'Xã C', 4, null),
]);
