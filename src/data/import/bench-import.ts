/**
 * Benchmark of the streaming site import: a synthetic project CSV of `rows` sites in Hà Nội (deterministic, a
 * twentieth of them in VN-2000 metres), fed in 64 KiB chunks as a Web Worker
 * would, parsed and validated by `checkSites`. Prints nothing; the caller (e.g. `npm run bench`) prints the figure.
 * Time is measured here, never asserted by a unit test.
 */
import { HANOI_CENTER } from '../../domain/geo';
import { createSiteImporter } from './import-sites';
import { wgs84ToVn2000 } from './vn2000';

/** Size of the pieces fed to the importer, characters. */
export const BENCH_CHUNK_CHARS = 64 * 1024;

/** A synthetic project CSV of `rows` sites; every 20th position is written in VN-2000 metres. */
export function createBenchCsv(rows: number): string {
  const operators = ['Viettel', 'VinaPhone', 'MobiFone', 'Vietnamobile'];
  const lines = ['id,operator,lon,lat,technologies,bands,height_m,azimuths,on_air,on_air_5g,range_m'];
  let seed = 20251;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < rows; i++) {
    const lng = HANOI_CENTER[0] + (random() - 0.5) * 0.4;
    const lat = HANOI_CENTER[1] + (random() - 0.5) * 0.4;
    const has5g = i % 4 === 0;
    const [x, y] = i % 20 === 0 ? wgs84ToVn2000(lng, lat).map((v) => v.toFixed(2)) : [lng.toFixed(6), lat.toFixed(6)];
    lines.push([
      `S${i}`, operators[i % 4], x, y, has5g ? '"4G,5G"' : '4G', has5g ? 'B3 n78' : 'B3', String(20 + (i % 40)),
      '0 120 240', '2021-03-15', has5g ? '2024-10-01' : '', i % 10 === 0 ? '900' : '',
    ].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Generates a `rows`-site CSV, imports it in chunks and returns the import time (generation excluded), ms. */
export function benchImport(rows: number): { ms: number; rows: number } {
  const text = createBenchCsv(rows);
  const start = performance.now();
  const importer = createSiteImporter({ source: 'bench.csv' });
  for (let i = 0; i < text.length; i += BENCH_CHUNK_CHARS) importer.push(text.slice(i, i + BENCH_CHUNK_CHARS));
  const { report } = importer.end();
  return { ms: performance.now() - start, rows: report.accepted };
}
