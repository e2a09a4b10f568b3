/**
 * VN-2000 coordinates → WGS84: Hà Nội's zone natively (`vn2000-tm.ts`, no proj4, so the public map's point search
 * stays small), and with proj4 the other VN-2000 systems that `crs.ts` offers (UTM 48N/49N, the other TM-3
 * meridians, geographic degrees), all with the same datum shift. `vn2000Converter(VN2000_HANOI_PROJ4)` also
 * answers with the native code, so the importer, the planner and the public map give the same figures; the tests
 * of `vn2000-tm.test.ts` hold it within 1 mm of proj4 (in fact a few nanometres).
 *
 * Hà Nội's zone is the 3° Transverse Mercator "VN-2000 / TM-3 zone 482" (EPSG:5897): central meridian 105°00′E
 * (the meridian Circular 973/2001/TT-TCĐC assigns to Hà Nội), scale factor 0.9999, false easting 500 000 m,
 * false northing 0, WGS84 ellipsoid. The datum shift is EPSG:6960 "VN-2000 to WGS 84 (2)", the parameters of
 * Decision 05/2007/QĐ-BTNMT: tx −191.90441429 m, ty −39.30318279 m, tz −111.45032835 m, rx −0.00928836″,
 * ry +0.01975479″, rz −0.00427372″, scale +0.252906278 ppm, method Coordinate Frame rotation (EPSG:9607).
 *
 * Sign convention: proj4's `+towgs84` is Position Vector (EPSG:9606), so the three rotations are written here
 * with the opposite sign (`+0.00928836, −0.01975479, +0.00427372`), exactly as PROJ 9 itself prints EPSG:5897
 * (`projinfo EPSG:5897 -o PROJ`). The TOWGS84 of epsg.io's WKT1 for EPSG:4756 carries the Coordinate Frame values
 * unchanged; used as `+towgs84` it puts Hà Nội points 0.75 m off. The tests check this module against PROJ's
 * own EPSG:5897 → EPSG:4326 results (see `vn2000.test.ts` for the control points and their source).
 *
 * Heights are ignored (a site's plane position is all we need); the effect on horizontal position is below 1 mm.
 */
import proj4 from 'proj4';
import {
  HANOI_CENTRAL_MERIDIAN_DEG,
  VN2000_TO_WGS84_CF as CF,
  vn2000HanoiToWgs84,
  wgs84ToVn2000Hanoi,
} from './vn2000-tm.js';

export { HANOI_CENTRAL_MERIDIAN_DEG, looksProjected, PROJECTED_THRESHOLD } from './vn2000-tm.js';

/** EPSG:6960 as proj4 `+towgs84` (Position Vector: the Coordinate Frame rotations with their signs flipped). */
export const VN2000_TOWGS84 = [CF.txM, CF.tyM, CF.tzM, -CF.rxArcSec, -CF.ryArcSec, -CF.rzArcSec, CF.scalePpm].join(',');

/** proj4 definition of a VN-2000 TM-3 zone with central meridian `lon0Deg` (degrees east). */
export function vn2000Tm3Proj4(lon0Deg: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${lon0Deg} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
}

/** proj4 definition of VN-2000 / TM-3 zone 482 (EPSG:5897), Hà Nội's zone, with the EPSG:6960 datum shift. */
export const VN2000_HANOI_PROJ4 = vn2000Tm3Proj4(HANOI_CENTRAL_MERIDIAN_DEG);

/** Human name of the zone, for reports. */
export const VN2000_HANOI_NAME = 'VN-2000 / TM-3 105°00′ (Hà Nội, k 0.9999, EPSG:5897; datum shift EPSG:6960)';

/** The same name in Vietnamese. */
export const VN2000_HANOI_NAME_VI = 'VN-2000 / TM-3 105°00′ (Hà Nội, k 0.9999, EPSG:5897; chuyển đổi datum EPSG:6960)';

/** proj4 definition of VN-2000 / UTM zone `zone`N (EPSG:3405 for 48N, 3406 for 49N): k 0.9996, false easting 500 000 m. */
export function vn2000UtmProj4(zone: 48 | 49): string {
  return `+proj=utm +zone=${zone} +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
}

/** proj4 definition of VN-2000 geographic 2D (EPSG:4756): `[lng, lat]` degrees on the VN-2000 datum. */
export const VN2000_GEOGRAPHIC_PROJ4 = `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`;

/** Converts positions of one VN-2000 system (a proj4 definition above) to and from WGS84 `[lng, lat]` degrees. */
export type Vn2000Converter = {
  /** `[lng, lat]` WGS84 degrees of a position given as `(x, y)`: easting, northing metres, or lng, lat degrees (EPSG:4756). */
  toWgs84: (x: number, y: number) => [number, number];
  /** The inverse: `(x, y)` in the system of a WGS84 `[lng, lat]` position (degrees). */
  fromWgs84: (lng: number, lat: number) => [number, number];
};

/** Hà Nội's zone, natively (`vn2000-tm.ts`). */
const hanoi: Vn2000Converter = { toWgs84: vn2000HanoiToWgs84, fromWgs84: wgs84ToVn2000Hanoi };

/** A converter for the proj4 definition `def` (one of this module's); Hà Nội's zone without proj4. */
export function vn2000Converter(def: string): Vn2000Converter {
  if (def === VN2000_HANOI_PROJ4) return hanoi;
  const c = proj4(def, 'WGS84');
  return {
    toWgs84: (x, y) => {
      const [lng, lat] = c.forward([x, y]);
      return [lng!, lat!];
    },
    fromWgs84: (lng, lat) => {
      const [x, y] = c.inverse([lng, lat]);
      return [x!, y!];
    },
  };
}

/** `[lng, lat]` WGS84 degrees of a VN-2000 Hà Nội-zone position given as easting, northing (metres). */
export function vn2000ToWgs84(easting: number, northing: number): [number, number] {
  return hanoi.toWgs84(easting, northing);
}

/** `[easting, northing]` VN-2000 Hà Nội-zone metres of a WGS84 `[lng, lat]` position (degrees). */
export function wgs84ToVn2000(lng: number, lat: number): [number, number] {
  return hanoi.fromWgs84(lng, lat);
}
