/**
 * The zone curation, read from `data/zones.json` (see `data/README.md`): which raw points become priority zones,
 * how sure their positions are, the default radius per category, and which zones the sample generator takes.
 * Checked at load; an error names the file, the entry and the rule.
 */
import zonesJson from '../../data/zones.json' with { type: 'json' };
import { ZONE_CATEGORIES, type ZoneCategory, type ZoneConfidence } from '../../src/domain/zones.js';
import { jsonCheck } from './json-check.js';

/** Repository-relative name of the zone curation file, as errors name it. */
export const ZONES_FILE = 'data/zones.json';

const CONFIDENCES: readonly ZoneConfidence[] = ['high', 'medium', 'low'];
const OSM_TYPES = ['node', 'way', 'relation'] as const;

export type ZoneCuration = {
  priorityZones: {
    /** Raw file, relative to the data folder. */
    file: string;
    /** The confidences a zone point may carry; a point with another one is an error. */
    confidences: readonly ZoneConfidence[];
  };
  hospitals: {
    file: string;
    /** Position confidence by OSM element type; `confidenceOtherwise` when the type is missing or other. */
    confidenceByOsmType: Readonly<Record<(typeof OSM_TYPES)[number], ZoneConfidence>>;
    confidenceOtherwise: ZoneConfidence;
    /** Name of a hospital without one; `{osm}` stands for `type/id`. */
    unnamedName: string;
    licence: string;
  };
  /** Radius of a zone given as a point with no stated area, metres, per category. */
  defaultRadiusM: Readonly<Record<ZoneCategory, number>>;
  /** The hospital confidences the sample generator takes (every priority zone is taken). */
  sampleHospitalConfidences: readonly ZoneConfidence[];
};

/** Checks the shape of `data/zones.json` and returns the curation it states. */
export function checkZoneCuration(json: unknown, file: string = ZONES_FILE): ZoneCuration {
  const c = jsonCheck(file);
  const root = c.record(
    json,
    '',
    ['priorityZones', 'hospitals', 'defaultRadiusM', 'defaultRadiusWhy', 'sampleGenerator'],
    (v) => v,
  );
  c.string(root.defaultRadiusWhy, 'defaultRadiusWhy');
  const confidence = (v: unknown, at: string) => c.oneOf(v, at, CONFIDENCES);
  const pz = c.record(root.priorityZones, 'priorityZones', ['file', 'keep', 'confidences', 'why'], (v) => v);
  const h = c.record(
    root.hospitals,
    'hospitals',
    ['file', 'keep', 'confidenceByOsmType', 'confidenceOtherwise', 'why', 'unnamedName', 'licence'],
    (v) => v,
  );
  const sg = c.record(root.sampleGenerator, 'sampleGenerator', ['hospitalConfidences', 'why'], (v) => v);
  // The prose fields say why; they must be there, but the code reads only the rules.
  c.string(pz.keep, 'priorityZones.keep');
  c.string(pz.why, 'priorityZones.why');
  c.string(h.keep, 'hospitals.keep');
  c.string(h.why, 'hospitals.why');
  c.string(sg.why, 'sampleGenerator.why');
  const unnamedName = c.string(h.unnamedName, 'hospitals.unnamedName');
  if (!unnamedName.includes('{osm}')) c.fail('hospitals.unnamedName', unnamedName, 'must contain {osm}');
  return {
    priorityZones: {
      file: c.string(pz.file, 'priorityZones.file'),
      confidences: c.array(pz.confidences, 'priorityZones.confidences', confidence),
    },
    hospitals: {
      file: c.string(h.file, 'hospitals.file'),
      confidenceByOsmType: c.record(h.confidenceByOsmType, 'hospitals.confidenceByOsmType', OSM_TYPES, confidence),
      confidenceOtherwise: confidence(h.confidenceOtherwise, 'hospitals.confidenceOtherwise'),
      unnamedName,
      licence: c.string(h.licence, 'hospitals.licence'),
    },
    defaultRadiusM: c.record(root.defaultRadiusM, 'defaultRadiusM', ZONE_CATEGORIES, (v, at) => c.number(v, at, 1)),
    sampleHospitalConfidences: c.array(sg.hospitalConfidences, 'sampleGenerator.hospitalConfidences', confidence),
  };
}

/** The project's zone curation, checked at load. */
export const ZONE_CURATION: ZoneCuration = checkZoneCuration(zonesJson);
