/**
 * The base data under the plan as concrete lists: the imports (`BaseData`, made by `baseOf` in
 * `src/state/imports.ts`) laid over the shipped sample. One function for the worker and the command line, so the
 * app and `npm run analyse` combine imports the same way: each kind joins the sample or stands instead of it;
 * imported coverage polygons stand for the modelled footprints of their operator and technology.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ImportedCoverage } from '../analysis/engine/engine.js';
import type { CableSegmentProps, CableStatus, Site, SpeedTestProps } from '../domain/telecom.js';
import type { BaseData } from './protocol.js';

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
