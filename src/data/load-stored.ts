/**
 * The analysis the data build stored beside the layers (see `ManifestStored`): the engine's area index and the
 * engine's sums by date, read through the same `DataSource` as the layers (the first view's results:
 * `load-first-view.ts`). Each loader answers null when the manifest lists nothing (data built before these files
 * existed) and throws, naming the file, when a listed file is unreadable.
 */
import { decodeAreaIndex } from '../analysis/engine/index-codec.js';
import type { AreaIndex } from '../analysis/engine/area-index.js';
import { ENGINE_DEFAULTS } from '../analysis/engine/types.js';
import { decodeSnapshot, type ResultsSnapshot } from '../analysis/stored-results.js';
import type { Manifest } from '../domain/report.js';
import type { DataSource } from './load-layers.js';

/** The key of a date's stored sums: the ISO date, or `now` for all the data (no date). */
export const storedDateKey = (date: string | null): string => date ?? 'now';

/** The engine's stored area index, or null; throws when it was built with other tiles than the engine's. */
export async function loadStoredIndex(source: DataSource, manifest: Manifest): Promise<AreaIndex | null> {
  const entry = manifest.stored?.index;
  if (!entry) return null;
  const { index, tileM } = decodeAreaIndex(await source.getBytes(entry.file), entry.file);
  if (tileM !== ENGINE_DEFAULTS.tileM)
    throw new Error(`${entry.file}: built with ${tileM} m tiles, the engine uses ${ENGINE_DEFAULTS.tileM} m`);
  return index;
}

/** Whether the data build stored the engine's sums as of `date` (null: all the data). */
export function hasStoredDate(manifest: Manifest, date: string | null): boolean {
  const key = storedDateKey(date);
  return manifest.stored?.dates.some((d) => d.date === key) ?? false;
}

/** The engine's sums as of `date` (null: all the data) as the data build stored them, or null when not stored. */
export async function loadStoredDate(
  source: DataSource,
  manifest: Manifest,
  date: string | null,
): Promise<ResultsSnapshot | null> {
  const key = storedDateKey(date);
  const entry = manifest.stored?.dates.find((d) => d.date === key);
  if (!entry) return null;
  return decodeSnapshot(await source.getBytes(entry.file), entry.file);
}
