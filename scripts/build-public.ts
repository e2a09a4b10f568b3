/**
 * `npm run build:public`: the static public coverage map in `dist-public/`, for any static host, from any
 * sub-path. The analysis runs here, in Node, on the generated data (`public/data`); the page only shows the
 * results: the areas of each level with their figures (simplified FlatGeobuf with a spatial index, read by
 * bounding box), the zones, `areas.json` (names and figures, for the table and search) and `summary.json`
 * (the city against the plan's targets), `areas-indoor.json` (the indoor figures, read when indoor coverage is chosen)
 * and the coverage tiles outdoors and indoors; for the point answer, each operator's coverage tiles, the sites, the
 * speed records of the last twelve months (src/analysis/public-point-files.ts) and the street names. The page's HTML carries the first view, rendered here: the 2025 units as
 * an SVG choropleth with its legend and the targets, shown before any script runs. Prints the sizes the budgets
 * speak of and exits non-zero when one is broken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { publicConfig } from '../vite.public.config.js';
import { bbox } from '@turf/bbox';
import type { Feature } from 'geojson';
import { REPO_ROOT } from './pipeline/options.js';
import { analyseDataFolder } from './public/analyse-data.js';
import { buildIndoorValues, buildPublicLayers, buildSummary, PUBLIC_SIMPLIFY_DEG } from './public/public-data.js';
import { INDOOR_VALUES_FILE } from '../src/domain/public-level.js';
import { coverageTileFiles } from './public/coverage-files.js';
import { operatorCoverageFiles, pointSitesFile, pointSpeedFiles } from '../src/analysis/public-point-files.js';
import { POINT_META_FILE } from '../src/domain/public-point.js';
import { STREETS_FILE_NAME } from '../src/data/point-streets-file.js';
import { writeFgb } from '../src/data/fgb-write.js';
import type { AreaRow, AreasIndex } from '../src/domain/public-data.js';
import { PUBLIC_BUDGETS, budgetProblems, publicSizes } from './public/budgets.js';

// `PUBLIC_OUT_DIR` builds elsewhere, so that parallel work does not overwrite one folder.
const OUT = path.resolve(process.env['PUBLIC_OUT_DIR'] ?? path.join(REPO_ROOT, 'dist-public'));
const log = (line: string) => console.log(`[public] ${line}`);

const t0 = performance.now();
log('analysing public/data…');
const data = await analyseDataFolder(path.join(REPO_ROOT, 'public/data'));
const layers = await buildPublicLayers(data);
log(`analysis done in ${((performance.now() - t0) / 1000).toFixed(1)} s; building the page…`);
const summary = buildSummary(data, new Date().toISOString());
await build({
  ...publicConfig({ units: layers.units, zones: layers.zones, summary }),
  configFile: false,
  logLevel: 'warn',
});

const dataDir = path.join(OUT, 'data');
fs.mkdirSync(dataDir, { recursive: true });
const row = (f: Feature, idKey: string): AreaRow => {
  const p = f.properties ?? {};
  const values: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(p))
    if (/^[cp][45]_/.test(k) || ['pct5g', 'speed4g', 'speed5g', 'cableDoneKm', 'cablePlannedKm'].includes(k))
      values[k === 'pct5g' ? 'c5_any' : k] = typeof v === 'number' ? v : null;
  const name = String(p.name);
  return {
    code: String(p[idKey]),
    name,
    fullName: String(p.fullName ?? name),
    nameEn: String(p.nameEn ?? name),
    bbox: bbox(f) as [number, number, number, number],
    values,
  };
};
const index: AreasIndex = {
  units: layers.units.features.map((f) => row(f, 'code')),
  districts: layers.districts.features.map((f) => row(f, 'code')),
  wards: layers.wards.features.map((f) => row(f, 'code')),
  zones: layers.zones.features.map((f) => row(f, 'id')),
};
for (const key of ['units', 'districts', 'wards', 'zones'] as const) {
  fs.writeFileSync(
    path.join(dataDir, `${key}.fgb`),
    writeFgb(layers[key], { title: key, description: 'Hà Nội public coverage map' }),
  );
}
fs.writeFileSync(path.join(dataDir, 'areas.json'), JSON.stringify(index));
// Indoor figures apart: read only when indoor coverage is chosen, so the first view's data does not grow.
fs.writeFileSync(path.join(dataDir, INDOOR_VALUES_FILE), JSON.stringify(buildIndoorValues(data.results)));
// Where 4G and 5G reach (any operator), outdoors and indoors, per 1 km tile so the page reads only the view's part.
for (const f of coverageTileFiles(data.service.drawn))
  fs.writeFileSync(path.join(dataDir, f.file), writeFgb(f.collection, { title: f.title, description: f.description }));
// The point answer per operator, the nearest sites and the speeds around it: read only when a point is asked.
const { sites } = data.service;
const speeds = pointSpeedFiles(
  data.loaded.input.speedTests.features,
  sites.some((s) => s.sample),
);
for (const f of [...operatorCoverageFiles(data.service.drawn, PUBLIC_SIMPLIFY_DEG), pointSitesFile(sites), speeds.file])
  fs.writeFileSync(path.join(dataDir, f.file), writeFgb(f.collection, { title: f.title, description: f.description }));
fs.writeFileSync(path.join(dataDir, POINT_META_FILE), JSON.stringify(speeds.meta));
// The planner's street names, for the search box (read when it is first used).
const streets = path.join(REPO_ROOT, 'public/data', STREETS_FILE_NAME);
if (fs.existsSync(streets)) fs.copyFileSync(streets, path.join(dataDir, STREETS_FILE_NAME));
fs.writeFileSync(path.join(dataDir, 'summary.json'), JSON.stringify(summary, null, 1));
fs.cpSync(path.join(REPO_ROOT, 'public/glyphs'), path.join(OUT, 'glyphs'), { recursive: true });
fs.copyFileSync(path.join(REPO_ROOT, 'public/favicon.svg'), path.join(OUT, 'favicon.svg'));

const sizes = publicSizes(OUT, gzipSync);
const kib = (n: number) => (n / 1024).toFixed(1);
log(`MapLibre GL (its chunk and worker): ${kib(sizes.maplibreGzip)} KiB gzip (not budgeted)`);
log(
  `the page's own code (JavaScript and CSS): ${kib(sizes.ownCodeGzip)} KiB gzip (budget ${PUBLIC_BUDGETS.ownCodeGzipKiB} KiB)`,
);
log(
  `first view in index.html: SVG ${kib(sizes.firstViewSvgGzip)} KiB gzip (budget ${PUBLIC_BUDGETS.firstViewSvgGzipKiB} KiB), the whole page ${kib(sizes.htmlGzip)} KiB gzip`,
);
log(
  `first-view data (units, zones, areas.json, summary.json, glyphs 0-255): ${kib(sizes.firstViewDataGzip)} KiB gzip (budget ${PUBLIC_BUDGETS.firstViewDataGzipKiB} KiB)`,
);
for (const problem of budgetProblems(sizes)) {
  console.error(`[public] over budget: ${problem}`);
  process.exitCode = 1;
}
log(`written to ${path.relative(REPO_ROOT, OUT)}/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
