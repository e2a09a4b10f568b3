/**
 * The raw Hà Nội data folder for tests: `HANOI_DATA_DIR`, else `../shared/data/hanoi` beside the
 * repository (as on every developer machine and in CI).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HANOI_DATA_DIR = path.resolve(process.env.HANOI_DATA_DIR ?? path.join(REPO_ROOT, '../shared/data/hanoi'));

/** Absolute path of a raw file, e.g. `rawPath('admin/wards-2025.geojson')`. */
export const rawPath = (rel: string): string => path.join(HANOI_DATA_DIR, rel);
