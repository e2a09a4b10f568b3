/**
 * Streets of one name in different places. Hà Nội has many names twice: Hà Đông brought its own "Nguyễn Khuyến",
 * "Vạn Phúc", "Trần Phú" and "Quang Trung" when it joined the city in 2008, and the ways of one name in an OSM
 * extract are then two streets kilometres apart. Grouping ways by name alone makes them one line of their summed
 * length, found at one point. Here the ways of one name are grouped by distance (single linkage: a way joins a
 * group when it comes within {@link SAME_STREET_MAX_GAP_M} of one of its ways), and when a name makes more than one
 * group each is named after the commune-level unit (2025) around the middle of its longest way: "Nguyễn Khuyến (Hà
 * Đông)", "Nguyễn Khuyến (Văn Miếu - Quốc Tử Giám)". A name of one group keeps its name.
 *
 * The gap is measured from every vertex of one way to every segment of the other, in metres of a local
 * equirectangular plane (within 0.5 % at Hà Nội's scale, enough to compare with a gap of kilometres).
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { LngLat } from '../domain/geo.js';
import { namedLineKey } from '../domain/named-line.js';
import { lineLengthM } from './geodesy.js';

/**
 * Ways of one name farther apart than this are different streets, metres. In the 2017 central extract, gaps in
 * one street reach 3.8 km (Nguyễn Trãi, where the extract misses a stretch); the same name elsewhere is 7 km and
 * more away (Nguyễn Khuyến, Vạn Phúc).
 */
export const SAME_STREET_MAX_GAP_M = 5000;

/** The name of the place around a point (`[lng, lat]` degrees), or null outside every place. */
export type PlaceOf = (lngLat: LngLat) => string | null;

const M_PER_DEG_LAT = 110_574;

/** Metres per degree of longitude and latitude around `lat` (degrees). */
const scaleAt = (lat: number): [number, number] => [111_320 * Math.cos((lat * Math.PI) / 180), M_PER_DEG_LAT];

/** Squared distance, m², from p to the segment a–b (all in local metres). */
function pointSegment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/** True when some vertex of one line lies within `maxM` of a segment of the other (`[lng, lat]` degrees). */
export function linesWithin(a: readonly Position[], b: readonly Position[], maxM: number): boolean {
  const [kx, ky] = scaleAt(a[0]?.[1] ?? 21);
  const max2 = maxM * maxM;
  const near = (p: readonly Position[], q: readonly Position[]) => {
    for (const v of p) {
      const px = v[0]! * kx;
      const py = v[1]! * ky;
      for (let i = 0; i < q.length; i++) {
        const a = q[Math.max(0, i - 1)]!;
        const b = q[i]!;
        if (pointSegment2(px, py, a[0]! * kx, a[1]! * ky, b[0]! * kx, b[1]! * ky) <= max2) return true;
      }
    }
    return false;
  };
  return near(a, b) || near(b, a);
}

/**
 * Groups of items (each the lines of one feature), single linkage within `maxGapM` metres, each group in item
 * order, the groups in the order of their first item.
 */
export function groupsByGap(
  items: readonly (readonly (readonly Position[])[])[],
  maxGapM = SAME_STREET_MAX_GAP_M,
): number[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const within = (i: number, j: number) => items[i]!.some((a) => items[j]!.some((b) => linesWithin(a, b, maxGapM)));
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) if (root(i) !== root(j) && within(i, j)) parent[root(j)] = root(i);
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

const linesOf = (g: Geometry | null): Position[][] =>
  g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];

/** The vertex at the middle of a line by length (enough to name the place it runs through). */
function middleVertex(line: readonly Position[]): LngLat {
  const half = lineLengthM(line) / 2;
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    walked += lineLengthM([line[i - 1]!, line[i]!]);
    if (walked >= half) return [line[i]![0]!, line[i]![1]!];
  }
  return [line[0]![0]!, line[0]![1]!];
}

/**
 * The features (property `name`, already repaired) with the name of each far-apart group of one name followed by
 * its place (see the module comment); features without a name or a line pass as they are. Two groups in the same
 * place, or outside every place, are numbered after it.
 */
export function placedStreetNames(features: readonly Feature[], placeOf: PlaceOf): Feature[] {
  const byName = new Map<string, number[]>();
  features.forEach((f, i) => {
    const name = f.properties?.name;
    if (typeof name !== 'string' || linesOf(f.geometry).length === 0) return;
    const key = namedLineKey('road', name);
    byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  const renamed = new Map<number, string>();
  for (const members of byName.values()) {
    const items = members.map((i) => linesOf(features[i]!.geometry));
    const groups = groupsByGap(items);
    if (groups.length < 2) continue;
    const places = groups.map((g) => {
      const lines = g.flatMap((i) => items[i]!);
      const longest = lines.reduce((a, b) => (lineLengthM(b) > lineLengthM(a) ? b : a));
      return placeOf(middleVertex(longest));
    });
    groups.forEach((g, k) => {
      const place = places[k] ?? null;
      const twins = places.filter((p) => p === place).length;
      const nth = places.slice(0, k + 1).filter((p) => p === place).length;
      const label = place === null ? String(k + 1) : twins > 1 ? `${place} ${nth}` : place;
      for (const i of g) renamed.set(members[i]!, `${String(features[members[i]!]!.properties!.name)} (${label})`);
    });
  }
  return features.map((f, i) => {
    const name = renamed.get(i);
    return name === undefined ? f : { ...f, properties: { ...f.properties, name } };
  });
}
