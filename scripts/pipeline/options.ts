/**
 * Command-line and environment options of the data pipeline.
 *
 * | option | env | default |
 * |---|---|---|
 * | `--data-dir DIR` | `HANOI_DATA_DIR` | `../shared/data/hanoi` beside the repository |
 * | `--out-dir DIR` | `HANOI_OUT_DIR` | `public/data` (git-ignored) |
 * | `--glyphs-dir DIR` | | `public/glyphs` (git-ignored) |
 * | `--seed N` | `HANOI_SAMPLE_SEED` | 20251 |
 * | `--sites N` | `HANOI_SAMPLE_SITES` | the generator's default (≈12,500 4G sites) |
 * | `--if-stale` | | rebuild only when inputs, options or pipeline code changed |
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Default sample seed (any integer; the same seed always gives the same sample). */
export const DEFAULT_SAMPLE_SEED = 20251;

export type PipelineOptions = {
  dataDir: string;
  outDir: string;
  glyphsDir: string;
  seed: number;
  /** Total 4G sites of the sample; null for the generator's default. */
  sites: number | null;
  ifStale: boolean;
};

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PipelineOptions {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (flag: string, raw: string | undefined, fallback: number | null): number | null => {
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag}: "${raw}" is not a non-negative integer`);
    return n;
  };
  return {
    dataDir: path.resolve(get('--data-dir') ?? env.HANOI_DATA_DIR ?? path.join(REPO_ROOT, '../shared/data/hanoi')),
    outDir: path.resolve(get('--out-dir') ?? env.HANOI_OUT_DIR ?? path.join(REPO_ROOT, 'public/data')),
    glyphsDir: path.resolve(get('--glyphs-dir') ?? path.join(REPO_ROOT, 'public/glyphs')),
    seed: int('--seed', get('--seed') ?? env.HANOI_SAMPLE_SEED, DEFAULT_SAMPLE_SEED)!,
    sites: int('--sites', get('--sites') ?? env.HANOI_SAMPLE_SITES, null),
    ifStale: argv.includes('--if-stale'),
  };
}
