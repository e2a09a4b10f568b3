/**
 * Sites as flat feature properties (FlatGeobuf columns and MapLibre expressions want scalars): list
 * fields are joined with spaces, e.g. `technologies: "4G 5G"`, `bands: "B3 n78"`, `azimuths: "0 120 240"`.
 */
import type { Feature, Point } from 'geojson';
import {
  BANDS,
  OPERATORS,
  TECHNOLOGIES,
  type Band,
  type Operator,
  type Site,
  type Technology,
} from '../domain/telecom.js';

/** Flat properties of a site feature; `towerId` only on a site that has one (`Site.towerId`). */
export type SiteProps = {
  id: string;
  operator: Operator;
  technologies: string;
  has5g: boolean;
  bands: string;
  heightM: number;
  azimuths: string;
  onAir: string | null;
  onAir5g: string | null;
  rangeM: number | null;
  sample: boolean;
  towerId?: string;
};

/** A site as a GeoJSON Point feature with flat properties. */
export function siteToFeature(site: Site): Feature<Point, SiteProps> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [site.lng, site.lat] },
    properties: {
      id: site.id,
      operator: site.operator,
      technologies: site.technologies.join(' '),
      has5g: site.technologies.includes('5G'),
      bands: site.bands.join(' '),
      heightM: site.heightM,
      azimuths: site.azimuthsDeg.join(' '),
      onAir: site.onAir,
      onAir5g: site.onAir5g,
      rangeM: site.rangeM,
      sample: site.sample,
      ...(site.towerId !== undefined ? { towerId: site.towerId } : {}),
    },
  };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * A site back from flat properties. Throws when a field is not one of the known values; the message
 * names the site id, the field, the value and the allowed values.
 */
export function featureToSite(f: Feature<Point, SiteProps>): Site {
  const p = f.properties;
  const fail = (field: string, value: unknown, allowed: readonly string[]) => {
    throw new Error(`site "${p.id}": ${field} "${String(value)}" is not one of ${allowed.join(', ')}`);
  };
  if (!OPERATORS.includes(p.operator)) fail('operator', p.operator, OPERATORS);
  const technologies = words(p.technologies) as Technology[];
  for (const t of technologies) if (!TECHNOLOGIES.includes(t)) fail('technology', t, TECHNOLOGIES);
  const bands = words(p.bands) as Band[];
  for (const b of bands) if (!(b in BANDS)) fail('band', b, Object.keys(BANDS));
  return {
    id: p.id,
    operator: p.operator,
    lng: f.geometry.coordinates[0]!,
    lat: f.geometry.coordinates[1]!,
    technologies,
    bands,
    heightM: p.heightM,
    azimuthsDeg: words(p.azimuths).map(Number),
    onAir: p.onAir,
    onAir5g: p.onAir5g,
    rangeM: p.rangeM,
    sample: p.sample,
    ...(typeof p.towerId === 'string' && p.towerId !== '' ? { towerId: p.towerId } : {}),
  };
}
