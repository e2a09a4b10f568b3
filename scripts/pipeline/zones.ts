/**
 * Priority zones as areas: each raw point becomes a geodesic circle of its stated area (`area_ha`), or of
 * the category's default radius. Hospitals come from OpenStreetMap. Which points are kept, their position
 * confidence and the default radii are the zone curation, `data/zones.json` (`zone-curation.ts`).
 */
import { textProp } from './text-prop.js';
import type { Feature, Point, Polygon } from 'geojson';
import { ZONE_CATEGORIES, type ZoneCategory, type ZoneConfidence, type ZoneProps } from '../../src/domain/zones.js';
import type { DataIssue } from '../../src/domain/report.js';
import { geodesicCircle } from '../../src/analysis/geodesy.js';
import { stripDiacritics } from '../../src/domain/text.js';
import { ZONE_CURATION, type ZoneCuration } from './zone-curation.js';

export type ZoneFeature = Feature<Polygon, ZoneProps>;
type RawPoint = Feature<Point, Record<string, unknown>>;

const CIRCLE_STEPS = 64;
const str = textProp;

/** "a, b or c". */
const orList = (xs: readonly string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`;

function zone(
  center: number[],
  props: Omit<ZoneProps, 'radiusM' | 'areaHa' | 'areaSource' | 'lng' | 'lat'>,
  areaHa: number | null,
  curation: ZoneCuration,
): ZoneFeature {
  const radiusM = areaHa !== null ? Math.sqrt((areaHa * 10_000) / Math.PI) : curation.defaultRadiusM[props.category];
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [geodesicCircle(center, radiusM, CIRCLE_STEPS)] },
    properties: {
      ...props,
      radiusM: Math.round(radiusM),
      areaHa: areaHa ?? Math.round((Math.PI * radiusM * radiusM) / 100) / 100,
      areaSource: areaHa !== null ? 'stated' : 'default',
      lng: center[0]!,
      lat: center[1]!,
    },
  };
}

/** The plan's priority zones from `poi/priority-zones.geojson`. Unknown categories or confidences are errors. */
export function buildPriorityZones(
  raw: readonly RawPoint[],
  file: string,
  curation: ZoneCuration = ZONE_CURATION,
): { zones: ZoneFeature[]; issues: DataIssue[] } {
  const { confidences } = curation.priorityZones;
  const zones: ZoneFeature[] = [];
  const issues: DataIssue[] = [];
  raw.forEach((f, index) => {
    const p = f.properties ?? {};
    const id = str(p.id);
    const category = str(p.category) as ZoneCategory;
    const confidence = str(p.confidence) as ZoneConfidence;
    const fail = (rule: string, what: string) =>
      issues.push({
        severity: 'error',
        rule,
        file,
        index,
        key: id,
        message: `${file}: feature ${index} (id "${id}"): ${what}`,
      });
    if (!ZONE_CATEGORIES.includes(category))
      return fail('zone-category', `category "${category}" is not one of ${ZONE_CATEGORIES.join(', ')}`);
    if (!confidences.includes(confidence))
      return fail('zone-confidence', `confidence "${confidence}" is not ${orList(confidences)}`);
    const areaHa = typeof p.area_ha === 'number' && p.area_ha > 0 ? p.area_ha : null;
    zones.push(
      zone(
        f.geometry.coordinates,
        {
          id,
          name: str(p.name),
          nameEn: str(p.nameEn) || stripDiacritics(str(p.name)),
          category,
          confidence,
          source: str(p.source),
          licence: str(p.licence),
        },
        areaHa,
        curation,
      ),
    );
  });
  return { zones, issues };
}

/**
 * Hospitals from OpenStreetMap (`amenity=hospital`) as zones of category `hospital`. A hospital with no
 * name keeps its OSM id as its name and is reported as a warning. Position confidence by OSM element type
 * (the curation: `high` for a way or relation, its centre; `medium` for a node, an entrance or label point).
 */
export function buildHospitalZones(
  raw: readonly RawPoint[],
  file: string,
  curation: ZoneCuration = ZONE_CURATION,
): { zones: ZoneFeature[]; issues: DataIssue[] } {
  const h = curation.hospitals;
  const byType: Readonly<Record<string, ZoneConfidence>> = h.confidenceByOsmType;
  // Own keys only: an `osm_type` of "constructor" must not reach the object's prototype.
  const confidenceOf = (type: string): ZoneConfidence =>
    (Object.hasOwn(byType, type) ? byType[type] : undefined) ?? h.confidenceOtherwise;
  const issues: DataIssue[] = [];
  const zones = raw.map((f, index) => {
    const p = f.properties ?? {};
    const osm = `${str(p.osm_type) || 'node'}/${str(p.osm_id)}`;
    let name = str(p.name);
    if (!name) {
      name = h.unnamedName.replaceAll('{osm}', osm);
      issues.push({
        severity: 'warning',
        rule: 'hospital-no-name',
        file,
        index,
        key: osm,
        message: `${file}: feature ${index} (OSM ${osm}): hospital has no name — shown as "${name}"`,
      });
    }
    return zone(
      f.geometry.coordinates,
      {
        id: `hospital-${osm.replace('/', '-')}`,
        name,
        nameEn: str(p['name:en']) || stripDiacritics(name),
        category: 'hospital',
        confidence: confidenceOf(str(p.osm_type)),
        source: `OpenStreetMap ${osm}`,
        licence: h.licence,
      },
      null,
      curation,
    );
  });
  return { zones, issues };
}
