/**
 * `npm run report -- --year 2026 --layout 2025 [--as-of 2026-11-30] [--lang vi|en] [--indicators a.csv,b.csv]
 * [--indicators-layout 2025|2019] [--params FILE.json] [--out report]`: the annual report against
 * the plan from the generated data (`public/data`): for each target, the city and every area of the layout
 * (2025: the 126 units; 2019: the 30 districts and 584 wards), pass or fail, and the change since a year
 * before. Writes `report-<year>-<layout>.csv` (UTF-8 with BOM), `.geojson` (areas with their figures) and
 * `.html` (a printable A4 page with a map, Vietnamese or English), and prints the time it took. Area indicator
 * files (the app's indicator CSV) add the fibre and IoT targets; every rejected row is printed with its reason.
 * `--params FILE.json` sets the coverage model's parameters over the defaults (as `npm run analyse -- --params`;
 * every mistake is printed, naming the file, field, value and rule, exit 2); `report-<year>-<layout>.params.json`
 * records the parameters the report was computed with. The figures of both dates come from the data build's stored
 * analysis when they apply (default parameters, both dates stored: report/report-data.ts); `--recompute` computes
 * them instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { REPO_ROOT } from './pipeline/options.js';
import { reportData } from './report/report-data.js';
import { yearBefore } from '../src/analysis/as-of.js';
import { reportGeoJson, reportToCsv, REPORT_TARGETS, type AnnualReport } from '../src/analysis/report.js';
import { reportHtml } from '../src/ui/report-html.js';
import { serviceReport } from '../src/analysis/service-report.js';
import { parseIndicatorCsv } from '../src/data/import/indicators.js';
import type { IndicatorValue } from '../src/domain/indicators.js';
import { COVERAGE_DEFAULTS } from '../src/analysis/coverage/model.js';
import { ParamsFileError, readParamsFile, type ParamsFile } from './params/params-file.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const year = Number(arg('year', String(new Date().getFullYear())));
const layout = arg('layout', '2025');
if (!Number.isInteger(year) || year < 2000 || year > 2100)
  throw new Error(`--year ${arg('year', '')}: a year such as 2026`);
if (layout !== '2025' && layout !== '2019')
  throw new Error(`--layout ${layout}: 2025 (126 units) or 2019 (30 districts and 584 wards)`);
const asOf = arg('as-of', `${year}-11-30`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of ${asOf}: a date YYYY-MM-DD`);
const outDir = path.resolve(REPO_ROOT, arg('out', 'report'));
const lang = arg('lang', 'vi');
if (lang !== 'vi' && lang !== 'en') throw new Error(`--lang ${lang}: vi or en`);
const indicatorFiles = arg('indicators', '')
  .split(',')
  .filter((f) => f !== '');
const indicatorLayout = arg('indicators-layout', '');
if (indicatorLayout !== '' && indicatorLayout !== '2025' && indicatorLayout !== '2019')
  throw new Error(`--indicators-layout ${indicatorLayout}: 2025 or 2019`);
let params: ParamsFile | null = null;
if (arg('params', '') !== '') {
  try {
    params = await readParamsFile(path.resolve(arg('params', '')));
  } catch (err) {
    if (!(err instanceof ParamsFileError)) throw err;
    for (const line of err.lines) console.error(`[report] ${line}`);
    process.exit(2);
  }
}

const t0 = performance.now();
const data = await reportData(
  path.join(REPO_ROOT, 'public/data'),
  [yearBefore(asOf), asOf],
  params?.overrides ?? null,
  process.argv.includes('--recompute'),
);
const loadedMs = performance.now() - t0;
const values: IndicatorValue[] = [];
for (const file of indicatorFiles) {
  const r = parseIndicatorCsv(fs.readFileSync(path.resolve(file), 'utf8'), data.service.areaCatalogue(), {
    fileName: path.basename(file),
    ...(indicatorLayout ? { layout: indicatorLayout } : {}),
  });
  for (const i of r.issues) console.error(`[report] ${i.severity}: ${i.message}`);
  console.log(
    `[report] ${file}: ${r.report.accepted} of ${r.report.rows} rows accepted, ${r.report.rejected} rejected`,
  );
  values.push(...r.values);
}
const t1 = performance.now();
const report: AnnualReport = serviceReport(data.service, year, layout, asOf, values, data.sites);
const geometry = new Map<string, Feature>();
const levels =
  layout === '2025'
    ? ([['units-2025', 'unit2025']] as const)
    : ([
        ['districts-2019', 'district2019'],
        ['wards-2019', 'ward2019'],
      ] as const);
for (const [id, level] of levels)
  for (const f of (await data.layer(id)).features) geometry.set(`${level}|${String(f.properties?.code)}`, f as Feature);
const reportMs = performance.now() - t1;
const sample = data.manifest.layers.some((l) => l.sample && ['sites', 'cables', 'speed-tests'].includes(l.id));

fs.mkdirSync(outDir, { recursive: true });
const stem = path.join(outDir, `report-${year}-${layout}`);
fs.writeFileSync(`${stem}.csv`, reportToCsv(report, sample));
const used = {
  file: params?.file ?? null,
  overrides: params?.overrides ?? {},
  params: params?.params ?? COVERAGE_DEFAULTS,
};
fs.writeFileSync(`${stem}.params.json`, `${JSON.stringify(used, null, 2)}\n`);
fs.writeFileSync(`${stem}.geojson`, JSON.stringify(reportGeoJson(report, geometry, sample)));
fs.writeFileSync(
  `${stem}.html`,
  reportHtml(report, geometry as Map<string, Feature<Polygon | MultiPolygon>>, sample, data.manifest, lang, {
    files: indicatorFiles.map((f) => path.basename(f)),
    sources: [...new Set(values.map((v) => v.source).filter((x) => x !== ''))].sort(),
  }),
);
console.log(
  `[report] ${year}, layout ${layout}, as of ${report.asOf} (previous ${report.previousAsOf}): ${report.rows.length} rows (${REPORT_TARGETS.length} targets × city + ${geometry.size} areas)`,
);
console.log(`[report] wrote ${path.relative(REPO_ROOT, stem)}.csv, .geojson, .html, .params.json`);
if (params) console.log(`[report] model parameters: ${params.file} (${JSON.stringify(params.overrides)})`);
console.log(
  data.stored === true
    ? `[report] time: data, area index and the stored figures of both dates ${(loadedMs / 1000).toFixed(1)} s; the report itself ${(reportMs / 1000).toFixed(1)} s`
    : `[report] time: data, area index and the analysis of ${yearBefore(asOf)} ${(loadedMs / 1000).toFixed(1)} s (computed: ${data.stored}); the report itself (the year to ${asOf} analysed, figures) ${(reportMs / 1000).toFixed(1)} s`,
);
