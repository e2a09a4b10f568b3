/**
 * Towers as a map draws them (the layer "Cột anten dùng chung / Shared towers"): one point per tower found by
 * `detectTowers` (sharing-towers.ts: sites of different operators within {@link TOWER_DISTANCE_M} of each other, or
 * named by one tower id), with the number of operators on it and its sites and operators as text, since vector-tile
 * properties hold no lists.
 */
import type { Feature, Point } from 'geojson';
import { TOWER_DISTANCE_M, type Tower } from './sharing-towers.js';

export { TOWER_DISTANCE_M };

/**
 * Properties of a drawn tower: its id, the number of distinct operators on it (1–4), their ids in `OPERATORS` order
 * joined by spaces, its site ids joined by spaces, how many sites stand on it, whether it carries two operators or
 * more, and how it was found (`tower-id` or `distance`).
 */
export type TowerPointProps = {
  id: string;
  operators: number;
  operatorIds: string;
  siteIds: string;
  sites: number;
  shared: boolean;
  by: Tower['by'];
};

/** The towers as points at their sites' mean position, `[lng, lat]` degrees, in the towers' order. */
export function towerPoints(towers: readonly Tower[]): Feature<Point, TowerPointProps>[] {
  return towers.map((t) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [t.lng, t.lat] },
    properties: {
      id: t.id,
      operators: t.operators.length,
      operatorIds: t.operators.join(' '),
      siteIds: t.siteIds.join(' '),
      sites: t.siteIds.length,
      shared: t.shared,
      by: t.by,
    },
  }));
}
