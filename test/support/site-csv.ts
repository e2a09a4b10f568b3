/**
 * Benchmark of the streaming site import: a synthetic project CSV of `rows` sites in Hà Nội (deterministic, a
 * twentieth of them in VN-2000 metres), fed in 64 KiB chunks as a Web Worker would, parsed and validated by
 * `checkSites`. Prints nothing; the caller (`npm run bench`, `scripts/bench/import-sites.ts`) prints the figure.
 * Time is measured here, never asserted by a unit test.
 */
import { HANOI_CENTER } from '../../src/domain/geo.js';
import { createSiteImporter } from '../../src/data/import/import-sites.js';
import { wgs84ToVn2000 } from '../../src/data/import/vn2000.js';

/** Size of the pieces fed to the importer, characters. */
export const BENCH_CHUNK_CHARS = 64 * 1024;

const HEADER = 'id,operator,lon,lat,technologies,bands,height_m,azimuths,on_air,on_air_5g,range_m';
const OPERATORS = ['Viettel', 'VinaPhone', 'MobiFone', 'Vietnamobile'];

/**
 * The synthetic project CSV of `rows` sites, made piece by piece: pieces of about `chunkChars` characters (each
 * ends at a line end), so that a million rows never sit in memory as one string. Every 20th position is written
 * in VN-2000 metres. The pieces joined are exactly {@link createBenchCsv}'s text.
 */
export function* createBenchCsvChunks(rows: number, chunkChars = BENCH_CHUNK_CHARS): Generator<string> {
  let seed = 20251;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  // Lines are collected and joined per piece: one flat string each (`+=` would build a rope of a million parts).
  let lines = [`\uFEFF${HEADER}\r\n`];
  let chars = lines[0]!.length;
  for (let i = 0; i < rows; i++) {
    const lng = HANOI_CENTER[0] + (random() - 0.5) * 0.4;
    const lat = HANOI_CENTER[1] + (random() - 0.5) * 0.4;
    const has5g = i % 4 === 0;
    const [x, y] = i % 20 === 0 ? wgs84ToVn2000(lng, lat).map((v) => v.toFixed(2)) : [lng.toFixed(6), lat.toFixed(6)];
    const line = `S${i},${OPERATORS[i % 4]},${x},${y},${has5g ? '"4G,5G"' : '4G'},${has5g ? 'B3 n78' : 'B3'},${20 + (i % 40)},0 120 240,2021-03-15,${has5g ? '2024-10-01' : ''},${i % 10 === 0 ? '900' : ''}\r\n`;
    lines.push(line);
    chars += line.length;
    if (chars >= chunkChars) {
      yield lines.join('');
      lines = [];
      chars = 0;
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/** A synthetic project CSV of `rows` sites as one string; see {@link createBenchCsvChunks}. */
export function createBenchCsv(rows: number): string {
  return [...createBenchCsvChunks(rows)].join('');
}

/** Generates a `rows`-site CSV in chunks, imports it and returns the import time (generation excluded), ms. */
export function benchImport(rows: number): { ms: number; rows: number } {
  let ms = 0;
  const importer = createSiteImporter({ source: 'bench.csv' });
  for (const chunk of createBenchCsvChunks(rows)) {
    const start = performance.now();
    importer.push(chunk);
    ms += performance.now() - start;
  }
  const start = performance.now();
  const { report } = importer.end();
  return { ms: ms + performance.now() - start, rows: report.accepted };
}
