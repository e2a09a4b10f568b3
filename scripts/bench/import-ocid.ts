/**
 * OpenCelliD at scale: `tsx scripts/bench/import-ocid.ts [cells] [model|range]`. Makes `cells` (default 100,000)
 * synthetic OpenCelliD cells in Hà Nội's extent (a fixed-seed generator): masts of the four operators with 1–3 LTE
 * sectors (ECI = eNB · 256 + sector) scattered up to about 300 m around the mast as OpenCelliD's estimated
 * positions are, an NR gNB (NCI = gNB · 4096 + sector) on a fifth of the masts (not Vietnamobile's, which has no
 * 5G band), and a few GSM, UMTS, Gmobile and duplicate rows. Streams the export through `createSiteImporter` in
 * 64 KiB chunks, as the Web Worker does.
 *
 * Prints one JSON line: cells (data rows), ms (parsing, validation and grouping; making the text is excluded),
 * cells/s, sites kept, cells merged, rows left out, rejected rows, and peak resident memory (MB, Linux `VmHWM`,
 * else the largest `rss` sampled after each chunk).
 */
import { createSiteImporter } from '../../src/data/import/import-sites.js';
import { OPENCELLID_COLUMNS } from '../../src/data/import/opencellid.js';
import type { FootprintSource } from '../../src/data/import/types.js';
import { mulberry32, vmHwmMb } from './measure.js';

const CELLS = Number(process.argv[2] ?? 100_000);
const FOOTPRINT: FootprintSource = process.argv[3] === 'range' ? 'range' : 'model';
/** Hà Nội's extent, degrees (the city boundary's bounding box, rounded out). */
const WEST = 105.28,
  EAST = 106.02,
  SOUTH = 20.56,
  NORTH = 21.39;
const CHUNK_CHARS = 64 * 1024;
const MNCS = [4, 2, 1, 5];
/** Spread of a sector's estimated position around its mast, degrees (about 300 m). */
const SCATTER_DEG = 0.003;

/** The export's lines, mast by mast, until `cells` data rows. */
function* exportLines(cells: number): Generator<string> {
  const rand = mulberry32(13);
  let written = 0;
  let node = 10_000;
  let last = '';
  const line = (radio: string, net: number, cell: number, lon: number, lat: number): string => {
    const created = 1_420_070_400 + Math.floor(rand() * 300_000_000);
    const range = Math.round(200 + rand() * 3000);
    return `${radio},452,${net},${10_000 + (node % 500)},${cell},0,${lon.toFixed(6)},${lat.toFixed(6)},${range},${1 + Math.floor(rand() * 60)},1,${created},${created + 1_000_000},0\n`;
  };
  while (written < cells) {
    node++;
    const net = MNCS[Math.floor(rand() * MNCS.length)]!;
    const lon = WEST + rand() * (EAST - WEST);
    const lat = SOUTH + rand() * (NORTH - SOUTH);
    const at = (): [number, number] => [lon + (rand() - 0.5) * SCATTER_DEG, lat + (rand() - 0.5) * SCATTER_DEG];
    const rows: string[] = [];
    const sectors = 1 + Math.floor(rand() * 3);
    for (let s = 1; s <= sectors; s++) rows.push(line('LTE', net, node * 256 + s, ...at()));
    if (net !== 5 && rand() < 0.2)
      for (let s = 1; s <= sectors; s++) rows.push(line('NR', net, node * 4096 + s, ...at()));
    const r = rand();
    if (r < 0.04) rows.push(line(r < 0.02 ? 'GSM' : 'UMTS', net, node, ...at()));
    else if (r < 0.05) rows.push(line('LTE', 7, node * 256 + 1, ...at()));
    else if (r < 0.055 && last !== '') rows.push(last);
    for (const row of rows) {
      if (written++ >= cells) return;
      last = row;
      yield row;
    }
  }
}

const importer = createSiteImporter({ source: 'bench-ocid.csv', footprint: FOOTPRINT });
let ms = 0;
let sampledPeak = 0;
let text = `${OPENCELLID_COLUMNS.join(',')}\n`;
const push = (): void => {
  const t = performance.now();
  importer.push(text);
  ms += performance.now() - t;
  sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
  text = '';
};
for (const row of exportLines(CELLS)) {
  text += row;
  if (text.length >= CHUNK_CHARS) push();
}
if (text !== '') push();
const t = performance.now();
const { sites, report } = importer.end();
ms += performance.now() - t;

console.log(
  JSON.stringify({
    cells: report.rows,
    footprint: FOOTPRINT,
    ms: Math.round(ms),
    cellsPerS: Math.round(report.rows / (ms / 1000)),
    sites: sites.length,
    merged: report.merged,
    leftOut: report.leftOut,
    rejectedRows: report.rejectedRows,
    warnings: report.warnings.length,
    peakRssMb: Math.round(vmHwmMb() ?? sampledPeak / (1024 * 1024)),
  }),
);
