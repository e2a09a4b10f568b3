/**
 * `streets.json` for the search box's street names ("Có 5G ở đây không?" at a street): the named streets of the
 * 2017 central-Hà Nội OSM extract (the 2025 major roads carry no names), each with the point halfway along its
 * longest line and its length (src/data/point-streets.ts), with the file's source and licence. Written beside the
 * layers; the app reads it when present (src/session/point-sync.ts) and searches without street names otherwise.
 *
 * Usage alone: `tsx scripts/pipeline/point-streets.ts [DATA_DIR] [OUT_DIR]` (defaults: the raw data folder and
 * public/data); from the pipeline: `writeStreets(opts.dataDir, opts.outDir, log)`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { streetsOf } from '../../src/data/point-streets.js';
import type { PlaceOf } from '../../src/analysis/street-places.js';
import type { StreetsFile } from '../../src/data/point-streets-file.js';

/** The raw file, under the data folder. */
export const STREETS_INPUT = 'roads/central-roads-osm-2017.geojson';
/** The file written, in the output folder. */
export const STREETS_FILE = 'streets.json';

/** Reads the raw roads, writes `streets.json`; returns how many streets and unreadable names. */
export function writeStreets(
  dataDir: string,
  outDir: string,
  log: (line: string) => void = () => {},
  placeOf: PlaceOf | null = null,
): { streets: number; unreadable: number } {
  const fc = JSON.parse(fs.readFileSync(path.join(dataDir, STREETS_INPUT), 'utf8'));
  const { streets, unreadable } = streetsOf(fc, placeOf);
  const file: StreetsFile = {
    source: `OpenStreetMap central Hà Nội roads, 2017 (${STREETS_INPUT}), © OpenStreetMap contributors`,
    licence: 'ODbL 1.0',
    vintage: '2017',
    streets: streets.map((s) => ({
      name: s.name,
      lngLat: [Number(s.lngLat[0].toFixed(6)), Number(s.lngLat[1].toFixed(6))],
      lengthM: Math.round(s.lengthM),
    })),
  };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, STREETS_FILE), JSON.stringify(file));
  log(`wrote ${STREETS_FILE}: ${streets.length} named streets, ${unreadable} names left out (unreadable encoding)`);
  return { streets: streets.length, unreadable };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const dataDir = process.argv[2] ?? process.env.HANOI_DATA_DIR ?? path.join(root, '../shared/data/hanoi');
  const outDir = process.argv[3] ?? path.join(root, 'public/data');
  writeStreets(dataDir, outDir, (line) => console.log(`[streets] ${line}`));
}
