/**
 * `named-lines.json`, the built-in named lines the app measures coverage along (issue #17, "Coverage along roads"):
 * the named streets of the 2017 central-Hà Nội OSM extract (the 2025 major roads carry no names) with their
 * geometry, grouped by name as an imported line file is (src/data/import/line-import.ts: one entry per name, a
 * MultiLineString of its ways), with the file's source and licence. Names written double-encoded in the extract
 * (`LÃª Trá»ng Táº¥n`) are repaired first (src/data/point-streets.ts, `repairedName`); a name that cannot be repaired
 * is left out and counted, unnamed ways are not named lines. Positions are rounded to 6 decimals (about 0.1 m).
 * Written beside the layers and streets.json; the worker reads it when present (src/data/named-lines-file.ts).
 *
 * Usage alone: `tsx scripts/pipeline/named-lines.ts [DATA_DIR] [OUT_DIR]` (defaults: the raw data folder and
 * public/data); from the pipeline: `writeNamedLines(opts.dataDir, opts.outDir, log)`, whose `issues` join the run's.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { importLineFeatures } from '../../src/data/import/line-import.js';
import { NAMED_LINES_FILE_NAME, type NamedLinesFile } from '../../src/data/named-lines-file.js';
import { repairedName } from '../../src/data/point-streets.js';
import { placedStreetNames, type PlaceOf } from '../../src/analysis/street-places.js';
import type { DataIssue } from '../../src/domain/report.js';
import { STREETS_INPUT } from './point-streets.js';

/** What {@link namedLinesOf} makes of the raw roads. */
export type NamedLinesBuilt = { file: NamedLinesFile; unreadable: number; issues: DataIssue[] };

/**
 * The named lines of a raw road collection (see the module comment); `input` names it in messages. With
 * `placeOf`, streets of one name far apart are lines of their own, named with their place
 * (src/analysis/street-places.ts).
 */
export function namedLinesOf(
  fc: FeatureCollection,
  input: string = STREETS_INPUT,
  placeOf: PlaceOf | null = null,
): NamedLinesBuilt {
  let unreadable = 0;
  const named: Feature[] = [];
  for (const f of fc.features) {
    const raw = f.properties?.name;
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const name = repairedName(raw);
    if (name === null) unreadable++;
    else named.push({ ...f, properties: { name, highway: f.properties?.highway ?? null } });
  }
  const { lines, issues } = importLineFeatures(placeOf ? placedStreetNames(named, placeOf) : named, input, 'road');
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    file: {
      source: `OpenStreetMap central Hà Nội roads, 2017 (${input}), © OpenStreetMap contributors`,
      licence: 'ODbL 1.0',
      vintage: '2017',
      lines: lines.map((l) => ({
        ...l,
        lengthM: Math.round(l.lengthM * 10) / 10,
        geometry: {
          type: 'MultiLineString',
          coordinates: l.geometry.coordinates.map((line) => line.map((p) => [round(p[0]!), round(p[1]!)])),
        },
      })),
    },
    unreadable,
    issues,
  };
}

/** Reads the raw roads, writes `named-lines.json`; returns how many lines, unreadable names and the issues. */
export function writeNamedLines(
  dataDir: string,
  outDir: string,
  log: (line: string) => void = () => {},
  placeOf: PlaceOf | null = null,
): { lines: number; unreadable: number; issues: DataIssue[] } {
  const fc = JSON.parse(fs.readFileSync(path.join(dataDir, STREETS_INPUT), 'utf8')) as FeatureCollection;
  const { file, unreadable, issues } = namedLinesOf(fc, STREETS_INPUT, placeOf);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, NAMED_LINES_FILE_NAME), JSON.stringify(file));
  const segments = file.lines.reduce((s, l) => s + l.segments, 0);
  log(
    `wrote ${NAMED_LINES_FILE_NAME}: ${file.lines.length} named lines of ${segments} ways, ${unreadable} names left out (unreadable encoding), ${issues.length} issues`,
  );
  return { lines: file.lines.length, unreadable, issues };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const dataDir = process.argv[2] ?? process.env.HANOI_DATA_DIR ?? path.join(root, '../shared/data/hanoi');
  const outDir = process.argv[3] ?? path.join(root, 'public/data');
  const { issues } = writeNamedLines(dataDir, outDir, (line) => console.log(`[named-lines] ${line}`));
  for (const i of issues) console.error(`[named-lines] ${i.severity}: ${i.message}`);
  if (issues.some((i) => i.severity === 'error')) process.exitCode = 1;
}
