/**
 * The zone curation, read from `data/zones.json` (see `data/README.md`): which raw points become priority zones
 * (only the plan's categories; OSM hospitals only when tagged and named as hospitals), how sure their positions
 * are, when two points are the same place, what is left out and why, the default radius per category, and which
 * zones the sample generator takes. Checked at load; an error names the file, the entry and the rule.
 */
import zonesJson from '../../data/zones.json' with { type: 'json' };
import { ZONE_CATEGORIES, type ZoneCategory, type ZoneConfidence } from '../../src/domain/zones.js';
import { jsonCheck } from './json-check.js';
import { LEFT_OUT_REASONS, type HospitalNameRules, type LeftOutReason } from './zone-rules.js';

/** Repository-relative name of the zone curation file, as errors name it. */
export const ZONES_FILE = 'data/zones.json';

const CONFIDENCES: readonly ZoneConfidence[] = ['high', 'medium', 'low'];
const OSM_TYPES = ['node', 'way', 'relation'] as const;

/** The zone curation the pipeline applies (`data/zones.json`, checked). */
export type ZoneCuration = {
  priorityZones: {
    /** Raw file, relative to the data folder. */
    file: string;
    /** The confidences a zone point may carry; a point with another one is an error. */
    confidences: readonly ZoneConfidence[];
    /** Raw categories that are not the plan's, each with why: such points are left out and recorded. */
    leftOutCategories: Readonly<Record<string, string>>;
    /** What a raw file named in a source is, for people (key relative to the data folder). */
    sourceFiles: Readonly<Record<string, string>>;
  };
  hospitals: HospitalNameRules & {
    file: string;
    /** Position confidence by OSM element type; `confidenceOtherwise` when the type is missing or other. */
    confidenceByOsmType: Readonly<Record<(typeof OSM_TYPES)[number], ZoneConfidence>>;
    confidenceOtherwise: ZoneConfidence;
    licence: string;
  };
  /** Two kept zones of one category with the same name key are one place within this distance, metres. */
  duplicateWithinM: number;
  /** The generated file listing what was left out (written beside the layers), and why for each reason. */
  leftOut: { file: string; why: Readonly<Record<LeftOutReason, string>> };
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
    ['priorityZones', 'hospitals', 'duplicates', 'leftOut', 'defaultRadiusM', 'defaultRadiusWhy', 'sampleGenerator'],
    (v) => v,
  );
  c.string(root.defaultRadiusWhy, 'defaultRadiusWhy');
  const confidence = (v: unknown, at: string) => c.oneOf(v, at, CONFIDENCES);
  const strings = (v: unknown, at: string) => c.array(v, at, c.string);
  const textMap = (v: unknown, at: string) =>
    Object.fromEntries(Object.entries(c.object(v, at)).map(([k, x]) => [k, c.string(x, `${at}.${k}`)]));
  const pz = c.record(
    root.priorityZones,
    'priorityZones',
    ['file', 'keep', 'confidences', 'leftOutCategories', 'sourceFiles', 'why'],
    (v) => v,
  );
  const h = c.record(
    root.hospitals,
    'hospitals',
    [
      'file',
      'keep',
      'hospitalWords',
      'institutePrefixes',
      'otherKinds',
      'genericWords',
      'confidenceByOsmType',
      'confidenceOtherwise',
      'why',
      'licence',
    ],
    (v) => v,
  );
  const dup = c.record(root.duplicates, 'duplicates', ['withinM', 'why'], (v) => v);
  const lo = c.record(root.leftOut, 'leftOut', ['file', 'why'], (v) => v);
  const sg = c.record(root.sampleGenerator, 'sampleGenerator', ['hospitalConfidences', 'why'], (v) => v);
  // The prose fields say why; they must be there, but the code reads only the rules.
  for (const [v, at] of [
    [pz.keep, 'priorityZones.keep'],
    [pz.why, 'priorityZones.why'],
    [h.keep, 'hospitals.keep'],
    [h.why, 'hospitals.why'],
    [dup.why, 'duplicates.why'],
    [sg.why, 'sampleGenerator.why'],
  ] as const)
    c.string(v, at);
  const leftOutCategories = textMap(pz.leftOutCategories, 'priorityZones.leftOutCategories');
  for (const k of Object.keys(leftOutCategories))
    if ((ZONE_CATEGORIES as readonly string[]).includes(k))
      c.fail(`priorityZones.leftOutCategories.${k}`, k, 'is a plan category: it cannot be left out');
  return {
    priorityZones: {
      file: c.string(pz.file, 'priorityZones.file'),
      confidences: c.array(pz.confidences, 'priorityZones.confidences', confidence),
      leftOutCategories,
      sourceFiles: textMap(pz.sourceFiles, 'priorityZones.sourceFiles'),
    },
    hospitals: {
      file: c.string(h.file, 'hospitals.file'),
      hospitalWords: strings(h.hospitalWords, 'hospitals.hospitalWords'),
      institutePrefixes: strings(h.institutePrefixes, 'hospitals.institutePrefixes'),
      otherKinds: c.array(h.otherKinds, 'hospitals.otherKinds', (v, at) => {
        const k = c.record(v, at, ['kind', 'words'], (x) => x);
        return { kind: c.string(k.kind, `${at}.kind`), words: strings(k.words, `${at}.words`) };
      }),
      genericWords: strings(h.genericWords, 'hospitals.genericWords'),
      confidenceByOsmType: c.record(h.confidenceByOsmType, 'hospitals.confidenceByOsmType', OSM_TYPES, confidence),
      confidenceOtherwise: confidence(h.confidenceOtherwise, 'hospitals.confidenceOtherwise'),
      licence: c.string(h.licence, 'hospitals.licence'),
    },
    duplicateWithinM: c.number(dup.withinM, 'duplicates.withinM', 0, 5000),
    leftOut: {
      file: c.string(lo.file, 'leftOut.file'),
      why: c.record(lo.why, 'leftOut.why', LEFT_OUT_REASONS, c.string),
    },
    defaultRadiusM: c.record(root.defaultRadiusM, 'defaultRadiusM', ZONE_CATEGORIES, (v, at) => c.number(v, at, 1)),
    sampleHospitalConfidences: c.array(sg.hospitalConfidences, 'sampleGenerator.hospitalConfidences', confidence),
  };
}

/** The project's zone curation, checked at load. */
export const ZONE_CURATION: ZoneCuration = checkZoneCuration(zonesJson);
