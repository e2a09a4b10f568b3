/**
 * One label point per area: the pole of inaccessibility of the area's roomiest part (the point farthest from its
 * edges, `analysis/polylabel.ts`), with the area's name, its rank (most populous or largest first, for MapLibre's
 * `symbol-sort-key`) and the zoom from which the area has room for its name. Drawn from these points instead of
 * the polygons, a name is placed once per area: MapLibre labels a polygon once per tile it crosses, so a large
 * area got its name two or three times at one zoom (issue #18.1).
 *
 * Pure: GeoJSON in, GeoJSON out, computed once per loaded layer (126 units, 30 districts, 584 wards and 146 zones
 * take a few tens of milliseconds together).
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { poleOfInaccessibility, type Pole } from '../analysis/polylabel.js';

/** What to read from each area's properties. */
export type LabelPointOptions = {
  /** Property holding the label text. @default 'name' */
  nameProp: string;
  /** Property identifying the area, copied to the point (null: none). @default 'code' */
  idProp: string | null;
  /** Numeric property that ranks the areas, largest first (population, area). @default 'population' */
  rankProp: string;
  /**
   * Radius of the empty circle a name needs around its point, pixels: the area's label shows from the zoom at
   * which its pole lies this far from the edges. @default 10
   */
  roomPx: number;
};

/** Defaults of {@link LabelPointOptions}. */
export const DEFAULT_LABEL_POINT_OPTIONS: LabelPointOptions = {
  nameProp: 'name',
  idProp: 'code',
  rankProp: 'population',
  roomPx: 10,
};

/** Properties of a label point. */
export type LabelPointProps = {
  /** The label text. */
  name: string;
  /** The area's id (the `idProp` value as text), or null. */
  id: string | null;
  /** 0 for the most populous (or largest) area, 1 for the next…: the `symbol-sort-key` (lowest placed first). */
  rank: number;
  /** Lowest zoom at which the area has `roomPx` pixels around its label point (MapLibre zoom, 0–24). */
  minZoom: number;
};

/**
 * Metres per pixel at zoom 0 on the equator in MapLibre's zoom, whose world is 512 pixels wide at zoom 0: the
 * equator's 40,075,016.686 m / 512 (half the 156,543 m of 256-pixel raster tiles).
 */
const METRES_PER_PIXEL_Z0 = 78_271.51696;
/**
 * Metres in one degree of latitude at `lat` degrees on the WGS84 ellipsoid: 111,132.954 − 559.822 cos 2φ +
 * 1.175 cos 4φ (the series of the meridian arc; about 110,717 m at Hà Nội's 21° N).
 */
export function metresPerDegreeLat(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return 111_132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
}

/**
 * The zoom at which `distanceDeg` (degrees of latitude at latitude `lat`) spans `px` pixels in web mercator:
 * metres per pixel at MapLibre zoom z are 78,271.52 · cos(lat) / 2^z (the OSM wiki's "Zoom levels" table, one
 * level lower for 512-pixel tiles).
 * Clamped to 0–24.
 */
export function zoomForRoom(distanceDeg: number, lat: number, px: number): number {
  if (!(distanceDeg > 0)) return 24;
  const metres = distanceDeg * metresPerDegreeLat(lat);
  const z = Math.log2((METRES_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180) * px) / metres);
  return Math.min(24, Math.max(0, Math.round(z * 100) / 100));
}

/** The polygons of a feature as lists of rings; none for other or missing geometry. */
function polygonsOf(f: Feature): Position[][][] {
  const g = f.geometry;
  if (g?.type === 'Polygon') return [g.coordinates];
  if (g?.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** The pole of the feature's part with the most room (a district across a river is labelled on its wider bank). */
export function labelPole(f: Feature): Pole | null {
  let best: Pole | null = null;
  for (const rings of polygonsOf(f)) {
    const pole = poleOfInaccessibility(rings);
    if (pole && (best === null || pole.distance > best.distance)) best = pole;
  }
  return best;
}

/**
 * One point per area of `areas` that has a name and area, at its {@link labelPole}. Areas without a name, without
 * polygon geometry or without area (null, empty, degenerate rings) get no label. Ties of the rank keep the input
 * order, so the result does not depend on sort stability.
 */
export function labelPoints(
  areas: FeatureCollection,
  options: Partial<LabelPointOptions> = {},
): FeatureCollection<Point, LabelPointProps> {
  const o = { ...DEFAULT_LABEL_POINT_OPTIONS, ...options };
  const found: {
    point: [number, number];
    distance: number;
    name: string;
    id: string | null;
    value: number;
    i: number;
  }[] = [];
  areas.features.forEach((f, i) => {
    const p = f.properties ?? {};
    const name = p[o.nameProp];
    if (typeof name !== 'string' || name.trim() === '') return;
    const pole = labelPole(f);
    if (!pole) return;
    const raw = o.idProp === null ? null : p[o.idProp];
    const value = Number(p[o.rankProp]);
    found.push({
      ...pole,
      name,
      id: raw === null || raw === undefined ? null : String(raw),
      value: Number.isFinite(value) ? value : -Infinity,
      i,
    });
  });
  const ranked = [...found].sort((a, b) => b.value - a.value || a.i - b.i);
  const rankOf = new Map(ranked.map((x, rank) => [x, rank]));
  return {
    type: 'FeatureCollection',
    features: found.map((x) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: x.point },
      properties: {
        name: x.name,
        id: x.id,
        rank: rankOf.get(x)!,
        minZoom: zoomForRoom(x.distance, x.point[1], o.roomPx),
      },
    })),
  };
}
