/**
 * What the imported files make of the base data under the plan. Pure.
 * - Sites join the sample or, when any site file was imported to replace it, stand instead of it; a site id
 *   imported twice keeps its latest version.
 * - Coverage polygons stand for the modelled footprints of their operator and technology (all files, in order).
 * - Cable segments join the sample's or replace them, as sites do; so do speed measurements.
 */
import type { Feature, LineString, Point } from 'geojson';
import type { CableSegmentProps, Site, SpeedTestProps } from '../domain/telecom.js';
import type { StoredImport } from '../data/persist/schema.js';
import type { BaseCables, BaseData, BaseSites, BaseSpeeds } from '../worker/protocol.js';

/** Where the data of a kind in use comes from: the sample, imported files instead of it, or both. */
export type SiteProvenance = 'sample' | 'imported' | 'mixed';

/** Where each kind of operator data in use comes from. */
export type Provenance = {
  sites: SiteProvenance;
  cables: SiteProvenance;
  speeds: SiteProvenance;
  coverageImported: boolean;
};

export const SAMPLE_PROVENANCE: Provenance = {
  sites: 'sample',
  cables: 'sample',
  speeds: 'sample',
  coverageImported: false,
};

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

export function provenanceOf(base: BaseData): Provenance {
  return {
    sites: modeProvenance(base.sites),
    cables: modeProvenance(base.cables),
    speeds: modeProvenance(base.speeds),
    coverageImported: base.coverage.length > 0,
  };
}
