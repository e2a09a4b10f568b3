/**
 * The base data under the plan: what the imported files make of it (`baseOf`), laid over the shipped sample
 * (`mergeBase`). One module for the worker and the command line, so the app and `npm run analyse` combine imports
 * the same way:
 * - Sites join the sample or, when any site file was imported to replace it, stand instead of it; a site id
 *   imported twice keeps its latest version.
 * - Coverage polygons stand for the modelled footprints of their operator and technology (all files, in order).
 * - Cable segments join the sample's or replace them, as sites do; so do speed measurements.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ImportedCoverage } from '../../analysis/engine/engine.js';
import type { CableSegmentProps, CableStatus, Site, SpeedTestProps } from '../../domain/telecom.js';
import type { Provenance, SiteProvenance } from '../../domain/provenance.js';
import type { StoredImport } from '../persist/schema.js';

/** Which sites the analysis uses under the plan: the sample, imported sites instead of it, or both. */
export type BaseSites = { mode: 'sample' } | { mode: 'replace' | 'join'; sites: Site[] };
/** Which cable segments are in use: the sample's, imported ones instead, or both. */
export type BaseCables =
  { mode: 'sample' } | { mode: 'replace' | 'join'; features: Feature<LineString, CableSegmentProps>[] };
/** Which speed measurements are in use: the sample's, imported ones instead, or both. */
export type BaseSpeeds = { mode: 'sample' } | { mode: 'replace' | 'join'; features: Feature<Point, SpeedTestProps>[] };
/** All the base data under the plan, as the imports make it. */
export type BaseData = { sites: BaseSites; coverage: ImportedCoverage[]; cables: BaseCables; speeds: BaseSpeeds };

/** Cable segments as the service reads them: the sample's carry only their status. */
export type CableFeature = Feature<LineString, { status: CableStatus } | CableSegmentProps>;

/** The shipped sample the imports join or replace. */
export type SampleLayers = {
  sites: readonly Site[];
  cables: readonly CableFeature[];
  speedTests: readonly Feature<Point, SpeedTestProps>[];
};

/** The data the analysis runs on. */
export type MergedBase = {
  sites: Site[];
  coverage: ImportedCoverage[];
  cables: FeatureCollection<LineString, { status: CableStatus }>;
  speedTests: FeatureCollection<Point, SpeedTestProps>;
};

const over = <T>(
  b: { mode: 'sample' } | { mode: 'replace' | 'join'; list: readonly T[] },
  sample: readonly T[],
): T[] => (b.mode === 'sample' ? [...sample] : b.mode === 'replace' ? [...b.list] : [...sample, ...b.list]);

/** The imports laid over the sample. */
export function mergeBase(base: BaseData, sample: SampleLayers): MergedBase {
  const sites = over(
    base.sites.mode === 'sample' ? base.sites : { mode: base.sites.mode, list: base.sites.sites },
    sample.sites,
  );
  const cables = over<CableFeature>(
    base.cables.mode === 'sample' ? base.cables : { mode: base.cables.mode, list: base.cables.features },
    sample.cables,
  );
  const speeds = over(
    base.speeds.mode === 'sample' ? base.speeds : { mode: base.speeds.mode, list: base.speeds.features },
    sample.speedTests,
  );
  return {
    sites,
    coverage: base.coverage,
    cables: { type: 'FeatureCollection', features: cables as Feature<LineString, { status: CableStatus }>[] },
    speedTests: { type: 'FeatureCollection', features: speeds },
  };
}

type Of<K extends StoredImport['kind']> = Extract<StoredImport, { kind: K }>;
const ofKind = <K extends StoredImport['kind']>(imports: readonly StoredImport[], kind: K) =>
  imports.filter((i): i is Of<K> => i.kind === kind);

/** The base sites of a list of imports (oldest first). */
export function baseSitesOf(imports: readonly StoredImport[]): BaseSites {
  const files = ofKind(imports, 'sites');
  if (files.length === 0) return { mode: 'sample' };
  const byId = new Map<string, Site>();
  for (const f of files) for (const s of f.sites) byId.set(s.id, s);
  return { mode: files.some((f) => f.mode === 'replace') ? 'replace' : 'join', sites: [...byId.values()] };
}

/** The base cable segments of a list of imports. */
export function baseCablesOf(imports: readonly StoredImport[]): BaseCables {
  const files = ofKind(imports, 'cables');
  if (files.length === 0) return { mode: 'sample' };
  const byId = new Map<string, Feature<LineString, CableSegmentProps>>();
  for (const f of files) for (const c of f.cables) byId.set(c.properties.id, c);
  return { mode: files.some((f) => f.mode === 'replace') ? 'replace' : 'join', features: [...byId.values()] };
}

/** The base speed measurements of a list of imports: a record id imported twice keeps its latest version. */
export function baseSpeedsOf(imports: readonly StoredImport[]): BaseSpeeds {
  const files = ofKind(imports, 'speeds');
  if (files.length === 0) return { mode: 'sample' };
  const byId = new Map<string, Feature<Point, SpeedTestProps>>();
  for (const f of files) for (const t of f.speedTests) byId.set(t.properties.id, t);
  return { mode: files.some((f) => f.mode === 'replace') ? 'replace' : 'join', features: [...byId.values()] };
}

/** Everything the imports change. */
export function baseOf(imports: readonly StoredImport[]): BaseData {
  return {
    sites: baseSitesOf(imports),
    coverage: ofKind(imports, 'coverage').flatMap((f) => f.coverage),
    cables: baseCablesOf(imports),
    speeds: baseSpeedsOf(imports),
  };
}

const modeProvenance = (b: { mode: 'sample' | 'replace' | 'join' }): SiteProvenance =>
  b.mode === 'sample' ? 'sample' : b.mode === 'replace' ? 'imported' : 'mixed';

/** Where each kind of data in use comes from, given the imports. */
export function provenanceOf(base: BaseData): Provenance {
  return {
    sites: modeProvenance(base.sites),
    cables: modeProvenance(base.cables),
    speeds: modeProvenance(base.speeds),
    coverageImported: base.coverage.length > 0,
  };
}
