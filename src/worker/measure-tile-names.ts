/**
 * Names of the worker's tile layers for the measure layers (issue #17): coverage along roads, cut for one
 * technology, operator set and coverage level (`roads-5G-any`, `roads-5G-viettel-indoor`), and the towers
 * (`towers`). Pure text, so the page (which builds the URLs) and the worker (which reads them) share it without
 * the analysis code.
 */
import { isCoverageLevel, type CoverageLevel } from '../domain/coverage-level.js';
import type { LayerKey } from '../domain/layers.js';
import type { Technology } from '../domain/telecom.js';
import { OP_SETS, type OpSet } from '../analysis/engine/types.js';

/** The tile layer of the towers (sharing-towers.ts) of the sites in use. */
export const TOWERS_TILE_LAYER = 'towers';

/** What a measure tile layer's name means. */
export type MeasureTileLayer =
  { kind: 'roads'; tech: Technology; op: OpSet; level: CoverageLevel } | { kind: 'towers' };

/** The tile layer of the roads' covered and uncovered parts (`roads-5G-any`; `roads-5G-any-indoor`). */
export const roadsTileLayer = (tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): string =>
  level === 'outdoor' ? `roads-${tech}-${op}` : `roads-${tech}-${op}-${level}`;

/**
 * What a tile layer name means when it names a measure layer, else null. The outdoor level is never written
 * (`roads-5G-any-outdoor` is null), so that each layer has one name and one cache entry.
 */
export function parseMeasureTileLayer(layer: string): MeasureTileLayer | null {
  if (layer === TOWERS_TILE_LAYER) return { kind: 'towers' };
  const m = /^roads-(4G|5G)-([a-z]+)(?:-([a-z]+))?$/.exec(layer);
  if (!m || !(OP_SETS as readonly string[]).includes(m[2]!)) return null;
  if (m[3] !== undefined && (m[3] === 'outdoor' || !isCoverageLevel(m[3]))) return null;
  return { kind: 'roads', tech: m[1] as Technology, op: m[2] as OpSet, level: (m[3] ?? 'outdoor') as CoverageLevel };
}

/** The choropleth's choice the road layer follows. */
export type RoadChoice = { choroTech: Technology; choroOp: OpSet; coverageLevel: CoverageLevel };

/**
 * The worker tile layer a measure toggle draws for the choropleth's choice, or null for a toggle that is not a
 * worker-tiled measure layer.
 */
export function measureTileLayerOf(key: LayerKey, s: RoadChoice): string | null {
  if (key === 'roadCoverage') return roadsTileLayer(s.choroTech, s.choroOp, s.coverageLevel);
  if (key === 'towers') return TOWERS_TILE_LAYER;
  return null;
}

/** Whether the road layer's tiles change with the choice (technology, operator set or level). */
export const roadChoiceChanged = (s: RoadChoice, prev: RoadChoice): boolean =>
  s.choroTech !== prev.choroTech || s.choroOp !== prev.choroOp || s.coverageLevel !== prev.coverageLevel;
