/**
 * Priority zones as areas: each kept raw point becomes a geodesic circle of its stated area (`area_ha`), or of the
 * category's default radius. Only the plan's categories are kept; hospitals come from OpenStreetMap and are kept
 * only when tagged and named as hospitals; the same place given twice is kept once. Every point left out is
 * recorded with its id (OSM `node/N` for OSM points) and reason, for `zones-excluded.json`
 * (`zones-left-out.ts`). The rules are in `zone-rules.ts`; their parameters and reasons in `data/zones.json`
 * (`zone-curation.ts`), explained in `data/README.md`.
 */
import { textProp } from './text-prop.js';
import type { Feature, Point, Polygon } from 'geojson';
import { ZONE_CATEGORIES, type ZoneCategory, type ZoneConfidence, type ZoneProps } from '../../src/domain/zones.js';
import type { DataIssue } from '../../src/domain/report.js';
import { geodesicCircle } from '../../src/analysis/geodesy.js';
import { stripDiacritics } from '../../src/domain/text.js';
import { ZONE_CURATION, type ZoneCuration } from './zone-curation.js';
import {
  findDuplicates,
  judgeHospitalName,
  osmSourceText,
  readableSource,
  taggedHospital,
  type LeftOutReason,
} from './zone-rules.js';

/** A zone as the pipeline writes it: a circle (Polygon, `[lng, lat]`) with the zone's properties. */
export type ZoneFeature = Feature<Polygon, ZoneProps>;
type RawPoint = Feature<Point, Record<string, unknown>>;

/** A raw point left out of the zones, for the reviewer. */
export type LeftOutZone = {
  /** OSM element `node/123` (`way/…`, `relation/…`) for an OSM point; the raw `id` for a plan point. */
  id: string;
  /** The name as chosen (`name:vi`, else `name`), '' when there is none. */
  name: string;
  /** The raw category; `hospital` for an OSM hospital. */
  category: string;
  reason: LeftOutReason;
  /** What exactly: the kind of facility named, the kept zone it duplicates and how far, the category. */
  detail: string;
  /** Raw file (relative to the data folder) and zero-based feature index in the features it was given. */
  file: string;
  index: number;
  /** The point, `[lng, lat]` degrees. */
  lng: number;
  lat: number;
};

/** Zones kept, points left out (with why), and problems (errors name the file, the feature and the rule). */
export type ZonesBuilt = { zones: ZoneFeature[]; leftOut: LeftOutZone[]; issues: DataIssue[] };

const CIRCLE_STEPS = 64;
const str = (v: unknown) => textProp(v).trim();

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

/** A kept zone with what the duplicate check and the left-out record need. */
type Kept = { zone: ZoneFeature; ref: string; file: string; index: number; rank: number };
type Built = { kept: Kept[]; leftOut: LeftOutZone[]; issues: DataIssue[] };

const leftOutAt =
  (f: RawPoint, file: string, index: number) =>
  (id: string, name: string, category: string, reason: LeftOutReason, detail: string): LeftOutZone => ({
    id,
    name,
    category,
    reason,
    detail,
    file,
    index,
    lng: f.geometry.coordinates[0]!,
    lat: f.geometry.coordinates[1]!,
  });

function priorityItems(raw: readonly RawPoint[], file: string, curation: ZoneCuration): Built {
  const { confidences, leftOutCategories, sourceFiles } = curation.priorityZones;
  const out: Built = { kept: [], leftOut: [], issues: [] };
  raw.forEach((f, index) => {
    const p = f.properties ?? {};
    const id = str(p.id);
    const category = str(p.category);
    const confidence = str(p.confidence) as ZoneConfidence;
    const issue = (severity: DataIssue['severity'], rule: string, what: string) =>
      out.issues.push({
        severity,
        rule,
        file,
        index,
        key: id,
        message: `${file}: feature ${index} (id "${id}"): ${what}`,
      });
    if (Object.hasOwn(leftOutCategories, category)) {
      const why = `category "${category}": ${leftOutCategories[category]!}`;
      out.leftOut.push(leftOutAt(f, file, index)(id, str(p.name), category, 'not-plan-category', why));
      return;
    }
    if (!(ZONE_CATEGORIES as readonly string[]).includes(category))
      return issue('error', 'zone-category', `category "${category}" is not one of ${ZONE_CATEGORIES.join(', ')}`);
    if (!confidences.includes(confidence))
      return issue('error', 'zone-confidence', `confidence "${confidence}" is not ${orList(confidences)}`);
    const source = readableSource(str(p.source), sourceFiles);
    for (const rel of source.unknown)
      issue(
        'warning',
        'zone-source-path',
        `source names the raw file "${rel}", which data/zones.json does not describe`,
      );
    const areaHa = typeof p.area_ha === 'number' && p.area_ha > 0 ? p.area_ha : null;
    const name = str(p.name);
    const props = {
      id,
      name,
      nameEn: str(p.nameEn) || stripDiacritics(name),
      category: category as ZoneCategory,
      confidence,
      source: source.text,
      licence: str(p.licence),
    };
    out.kept.push({ zone: zone(f.geometry.coordinates, props, areaHa, curation), ref: id, file, index, rank: 0 });
  });
  return out;
}

/**
 * The plan's priority zones from `poi/priority-zones.geojson`. A category the curation lists as not the plan's
 * is left out ("not-plan-category"); an unknown category or confidence is an error. Local raw-file paths in a
 * source are replaced by what the file is; a path the curation does not describe is a warning.
 */
export function buildPriorityZones(
  raw: readonly RawPoint[],
  file: string,
  curation: ZoneCuration = ZONE_CURATION,
): ZonesBuilt {
  const b = priorityItems(raw, file, curation);
  return { zones: b.kept.map((k) => k.zone), leftOut: b.leftOut, issues: b.issues };
}

const CONFIDENCE_RANK: Readonly<Record<ZoneConfidence, number>> = { high: 0, medium: 1, low: 2 };

function hospitalItems(raw: readonly RawPoint[], file: string, curation: ZoneCuration): Built {
  const h = curation.hospitals;
  const byType: Readonly<Record<string, ZoneConfidence>> = h.confidenceByOsmType;
  // Own keys only: an `osm_type` of "constructor" must not reach the object's prototype.
  const confidenceOf = (type: string): ZoneConfidence =>
    (Object.hasOwn(byType, type) ? byType[type] : undefined) ?? h.confidenceOtherwise;
  const out: Built = { kept: [], leftOut: [], issues: [] };
  raw.forEach((f, index) => {
    const p = f.properties ?? {};
    const type = str(p.osm_type) || 'node';
    const osmId = str(p.osm_id);
    const ref = `${type}/${osmId}`;
    const name = str(p['name:vi']) || str(p.name);
    const leave = leftOutAt(f, file, index);
    if (!taggedHospital(p)) {
      const tags = `amenity=${str(p.amenity) || '(none)'}, healthcare=${str(p.healthcare) || '(none)'}`;
      out.leftOut.push(leave(ref, name, 'hospital', 'not-tagged-hospital', tags));
      return;
    }
    const verdict = judgeHospitalName(name, h);
    if (!verdict.keep) {
      out.leftOut.push(leave(ref, name, 'hospital', verdict.reason, verdict.detail));
      return;
    }
    const confidence = confidenceOf(type);
    const props = {
      id: `hospital-${type}-${osmId}`,
      name,
      nameEn: str(p['name:en']) || stripDiacritics(name),
      category: 'hospital' as const,
      confidence,
      source: osmSourceText(type, osmId),
      licence: h.licence,
    };
    // Plan zones rank 0; hospitals after them, by confidence, then tagged healthcare=hospital first.
    const rank = 1 + CONFIDENCE_RANK[confidence] * 2 + (str(p.healthcare) === 'hospital' ? 0 : 1);
    out.kept.push({ zone: zone(f.geometry.coordinates, props, null, curation), ref, file, index, rank });
  });
  return out;
}

/**
 * Hospitals from OpenStreetMap as zones of category `hospital`: only features tagged `amenity=hospital` or
 * `healthcare=hospital` whose Vietnamese name (`name:vi`, else `name`) says they are hospitals (`zone-rules.ts`);
 * every other feature is left out with its reason. Source: "OpenStreetMap node N" (way, relation likewise).
 * Position confidence by OSM element type (the curation: `high` for a way or relation, its centre; `medium` for a
 * node, an entrance or label point).
 */
export function buildHospitalZones(
  raw: readonly RawPoint[],
  file: string,
  curation: ZoneCuration = ZONE_CURATION,
): ZonesBuilt {
  const b = hospitalItems(raw, file, curation);
  return { zones: b.kept.map((k) => k.zone), leftOut: b.leftOut, issues: b.issues };
}

/**
 * All zones: the plan's points, then the OSM hospitals, with the same place given twice kept once (the
 * curation's `duplicates`). The one kept is the first in order of preference: a plan zone before an OSM hospital;
 * among hospitals the higher position confidence (a way or relation before a node), then one tagged
 * `healthcare=hospital`, then file order. Zones come out in input order (plan zones first).
 */
export function buildZones(
  priority: { raw: readonly RawPoint[]; file: string },
  hospitals: { raw: readonly RawPoint[]; file: string },
  curation: ZoneCuration = ZONE_CURATION,
): ZonesBuilt {
  const pz = priorityItems(priority.raw, priority.file, curation);
  const hz = hospitalItems(hospitals.raw, hospitals.file, curation);
  const all = [...pz.kept, ...hz.kept];
  // Array.prototype.sort is stable: input order breaks ties.
  const ordered = [...all].sort((a, b) => a.rank - b.rank);
  const dups = findDuplicates(
    ordered.map(({ zone: { properties: p } }) => ({ category: p.category, name: p.name, point: [p.lng, p.lat] })),
    curation.duplicateWithinM,
    curation.hospitals.genericWords,
  );
  const dropped = new Set(dups.map((d) => ordered[d.index]!));
  const duplicates = dups.map(({ index, of, distanceM }): LeftOutZone => {
    const k = ordered[index]!;
    const { name, category, lng, lat } = k.zone.properties;
    const keep = ordered[of]!.zone.properties;
    const detail = `same place as "${keep.name}" (${keep.source}), ${Math.round(distanceM)} m away`;
    return { id: k.ref, name, category, reason: 'duplicate', detail, file: k.file, index: k.index, lng, lat };
  });
  return {
    zones: all.filter((k) => !dropped.has(k)).map((k) => k.zone),
    leftOut: [...pz.leftOut, ...hz.leftOut, ...duplicates],
    issues: [...pz.issues, ...hz.issues],
  };
}
