/**
 * Conversion of the positions of GeoJSON features read from a file whose `crs` member declares a projected VN-2000
 * system: each position goes to WGS84 degrees, positions already within ±1000 are left as they are, and the counts
 * are reported (`crs-converted`, `crs-degrees`; see `geojson-text.ts`).
 *
 * Split from `geojson-text.ts`: the walk over nested coordinate arrays is its own concern.
 */
import type { Feature } from 'geojson';
import { declaredToWgs84, type DeclaredCrs } from './crs.js';
import { isObject, type GeoJsonRead, type Json } from './geojson-features.js';
import { clip, importIssue } from './issue.js';

/** Converts every projected position of `read` in place (new arrays) from `crs`, and reports it. */
export function convertPositions(
  read: GeoJsonRead,
  crs: Extract<DeclaredCrs, { kind: 'vn2000' }>,
  source: string,
): void {
  let converted = 0;
  let degrees = 0;
  let firstDegrees: string | null = null;
  const touched = new Set<number>();
  const convert = (value: unknown, index: number): unknown => {
    if (!Array.isArray(value)) return value;
    if (typeof value[0] === 'number') {
      const [x, y] = value as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return value;
      // A position in the other unit than the declared system's (degrees in a projected file, or metres in
      // VN-2000 geographic degrees) is left as it is and reported.
      const lngLat = declaredToWgs84(crs, x, y);
      if (lngLat === null) {
        degrees++;
        firstDegrees ??= `feature ${index}, [${x}, ${y}]`;
        return value;
      }
      converted++;
      touched.add(index);
      return [...lngLat, ...value.slice(2)];
    }
    return value.map((child) => convert(child, index));
  };
  read.features = read.features.map((feature, k) => {
    const geometry = isObject(feature) ? (feature as unknown as Json)['geometry'] : null;
    if (!isObject(geometry) || !('coordinates' in geometry)) return feature;
    return {
      ...feature,
      geometry: { ...geometry, coordinates: convert(geometry['coordinates'], read.indices[k]!) },
    } as Feature;
  });
  const name = clip(crs.name, 120);
  if (converted > 0) {
    read.issues.push(
      importIssue(
        'warning',
        'crs-converted',
        source,
        { label: 'file' },
        {
          en: `${converted} positions in ${touched.size} features converted from ${name} to WGS84 [lng, lat] degrees`,
          vi: `${converted} vị trí trong ${touched.size} đối tượng đã được chuyển từ ${name} sang độ WGS84 [kinh độ, vĩ độ]`,
        },
        { en: 'as the file\'s "crs" member declares', vi: 'theo khai báo ở thành phần "crs" của tệp' },
      ),
    );
  }
  if (degrees > 0) {
    const first = firstDegrees ?? '';
    read.issues.push(
      importIssue(
        'warning',
        'crs-degrees',
        source,
        { label: 'file' },
        {
          en: `${degrees} positions (first: ${first}) are within ±1000`,
          vi: `${degrees} vị trí (đầu tiên: ${first.replace('feature', 'đối tượng')}) nằm trong ±1000`,
        },
        {
          en: `left as WGS84 degrees, though the "crs" member declares ${name} metres`,
          vi: `được giữ là độ WGS84, dù thành phần "crs" khai báo mét ${name}`,
        },
      ),
    );
  }
}
