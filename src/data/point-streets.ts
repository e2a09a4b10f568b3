/**
 * Street names for the search box's "Có 5G ở đây không?" (a street found by name asks the point lookup at it):
 * the named lines of a road layer grouped by name, each name with the point halfway along its longest line
 * (geodesic, geodesy.ts) and the length of all its lines. Names written double-encoded (UTF-8 read as
 * Windows-1252 and saved again, as in the 2017 OSM extract: `LÃª Trá»ng Táº¥n`) are repaired first
 * (import/encoding.ts), and a name still holding such a run is left out and counted.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import type { LngLat } from '../domain/geo.js';
import { destination, distanceM, lineLengthM } from '../analysis/geodesy.js';
import { MOJIBAKE_RUN, repairRun } from './import/encoding.js';
import { placedStreetNames, type PlaceOf } from '../analysis/street-places.js';

/** A street to find by name: the point to ask (`[lng, lat]` degrees) and its total length, metres. */
export type StreetEntry = { name: string; lngLat: LngLat; lengthM: number };

/** The name written right, or null when a double-encoded run cannot be repaired. */
export function repairedName(name: string): string | null {
  let failed = false;
  const out = name.replace(MOJIBAKE_RUN, (run) => {
    const r = repairRun(run);
    if (r === null) failed = true;
    return r ?? run;
  });
  return failed ? null : out.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The point halfway along a line, by geodesic length. */
export function midpointOf(coords: readonly Position[]): LngLat {
  const half = lineLengthM(coords) / 2;
  let walked = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1]!;
    const b = coords[i]!;
    const d = distanceM(a, b);
    if (walked + d >= half && d > 0) {
      const bearing = bearingDeg(a, b);
      return destination(a, bearing, half - walked);
    }
    walked += d;
  }
  const p = coords[0]!;
  return [p[0]!, p[1]!];
}

/** Initial bearing from a to b, degrees clockwise from north (spherical; the step is short, metres). */
function bearingDeg(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const [l1, p1, l2, p2] = [a[0]! * rad, a[1]! * rad, b[0]! * rad, b[1]! * rad];
  const y = Math.sin(l2 - l1) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(l2 - l1);
  return Math.atan2(y, x) / rad;
}

const linesOf = (g: Geometry | null): Position[][] =>
  g?.type === 'LineString'
    ? [(g as LineString).coordinates]
    : g?.type === 'MultiLineString'
      ? (g as MultiLineString).coordinates
      : [];

/**
 * The named streets of a line layer (property `name`), sorted by name; `unreadable` counts the lines whose name
 * could not be repaired. With `placeOf`, streets of one name far apart are told apart by their place
 * (analysis/street-places.ts), as the named lines are.
 */
export function streetsOf(
  fc: FeatureCollection,
  placeOf: PlaceOf | null = null,
): { streets: StreetEntry[]; unreadable: number } {
  const byName = new Map<string, { longest: Position[]; longestM: number; lengthM: number }>();
  let unreadable = 0;
  const named: Feature[] = [];
  for (const f of fc.features as Feature[]) {
    const raw = f.properties?.name;
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const name = repairedName(raw);
    if (name === null) unreadable++;
    else named.push({ ...f, properties: { ...f.properties, name } });
  }
  for (const f of placeOf ? placedStreetNames(named, placeOf) : named) {
    const name = String(f.properties!.name);
    for (const line of linesOf(f.geometry)) {
      if (line.length < 2) continue;
      const m = lineLengthM(line);
      const known = byName.get(name) ?? { longest: line, longestM: -1, lengthM: 0 };
      known.lengthM += m;
      if (m > known.longestM) Object.assign(known, { longest: line, longestM: m });
      byName.set(name, known);
    }
  }
  const streets = [...byName.entries()]
    .map(([name, s]) => ({ name, lngLat: midpointOf(s.longest), lengthM: s.lengthM }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { streets, unreadable };
}
