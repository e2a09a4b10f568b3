/**
 * Loads the environment grid the data build wrote (`environment.fgb`, scripts/pipeline/environment.ts): one square
 * cell of the equal-area plane per feature, with its column `i`, row `j` and class `env`. Checked once here: a
 * wrong class, a cell given twice or a cell not at its place on the grid is an error naming the file and feature.
 */
import type { FeatureCollection } from 'geojson';
import { ENVIRONMENTS, type Environment } from '../analysis/coverage/environment.js';
import {
  createEnvironmentGrid,
  ENV_GRID_CELL_M,
  type EnvironmentCell,
  type EnvironmentGrid,
} from '../analysis/coverage/environment-grid.js';
import { HANOI_LAEA } from '../analysis/projection.js';
import type { Manifest } from '../domain/report.js';
import { loadLayer, type DataSource } from './load-layers.js';

/** The manifest id of the environment layer. */
export const ENVIRONMENT_LAYER_ID = 'environment';

/** Farthest a cell's first vertex may lie from its grid corner, metres (the file rounds to about 1 cm). */
const CORNER_TOLERANCE_M = 1;

/**
 * The environment grid of a data folder; null when its manifest lists no environment layer (data built before
 * it existed: sites then take the class of the census density). Rejects with the loader's message when the file
 * is missing, or with {@link environmentGridOf}'s when a feature is wrong.
 */
export async function loadEnvironmentGrid(source: DataSource, manifest: Manifest): Promise<EnvironmentGrid | null> {
  const entry = manifest.layers.find((l) => l.id === ENVIRONMENT_LAYER_ID);
  if (!entry) return null;
  return environmentGridOf(await loadLayer(source, manifest, ENVIRONMENT_LAYER_ID), entry.file);
}

/**
 * The grid of an environment layer's features (`[lng, lat]` polygons whose first vertex is the cell's south-west
 * corner); `file` names the file in errors. Throws on the first wrong feature.
 */
export function environmentGridOf(fc: FeatureCollection, file: string): EnvironmentGrid {
  const cells: EnvironmentCell[] = [];
  const seen = new Map<string, number>();
  fc.features.forEach((f, index) => {
    const p = f.properties ?? {};
    const at = `${file}: feature ${index}`;
    for (const key of ['i', 'j'] as const)
      if (!Number.isInteger(p[key])) throw new Error(`${at}: ${key} ${JSON.stringify(p[key])} — must be an integer`);
    const i = p.i as number;
    const j = p.j as number;
    if (!ENVIRONMENTS.includes(p.env as Environment))
      throw new Error(`${at}: env ${JSON.stringify(p.env)} — must be one of ${ENVIRONMENTS.join(', ')}`);
    const first = seen.get(`${i},${j}`);
    if (first !== undefined) throw new Error(`${at}: cell (${i}, ${j}) is listed twice (first as feature ${first})`);
    seen.set(`${i},${j}`, index);
    const corner = f.geometry?.type === 'Polygon' ? f.geometry.coordinates[0]?.[0] : undefined;
    const [x, y] = corner ? HANOI_LAEA.forward(corner) : [NaN, NaN];
    if (!(Math.hypot(x - i * ENV_GRID_CELL_M, y - j * ENV_GRID_CELL_M) <= CORNER_TOLERANCE_M))
      throw new Error(
        `${at}: cell (${i}, ${j}) is not at its place on the ${ENV_GRID_CELL_M} m grid — rebuild the data with \`npm run data\``,
      );
    cells.push({ i, j, env: p.env as Environment });
  });
  return createEnvironmentGrid(cells, ENV_GRID_CELL_M);
}
