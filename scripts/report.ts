/**
 * `npm run report -- --year 2026 --layout 2025 [--as-of 2026-11-30] [--out report]`: the annual report against
 * the plan from the generated data (`public/data`): for each target, the city and every area of the layout
 * (2025: the 126 units; 2019: the 30 districts and 584 wards), pass or fail, and the change since a year
 * before. Writes `report-<year>-<layout>.csv` (UTF-8 with BOM), `.geojson` (areas with their figures) and
 * `.html` (a printable A4 page with a map), and prints the time it took.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { REPO_ROOT } from './pipeline/options.js';
import { analyseDataFolder } from './public/analyse-data.js';
import { featureToSite, type SiteProps } from '../src/data/site-codec.js';
import { cablesAsOf, sitesAsOf, speedTestsAsOf, yearBefore } from '../src/analysis/as-of.js';
import { buildReport, reportToCsv, REPORT_TARGETS, REPORT_UNITS, type AnnualReport, type ReportArea } from '../src/analysis/report.js';
import type { CableSegmentProps, SpeedTestProps } from '../src/domain/telecom.js';
import { reportHtml } from '../src/ui/report-html.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const year = Number(arg('year', String(new Date().getFullYear())));
const layout = arg('layout', '2025');
if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`--year ${arg('year', '')}: a year such as 2026`);
if (layout !== '2025' && layout !== '2019') throw new Error(`--layout ${layout}: 2025 (126 units) or 2019 (30 districts and 584 wards)`);
const asOf = arg('as-of', `${year}-11-30`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of ${asOf}: a date YYYY-MM-DD`);
const outDir = path.resolve(REPO_ROOT, arg('out', 'report'));

const t0 = performance.now();
const data = await analyseDataFolder(path.join(REPO_ROOT, 'public/data'));
const loadedMs = performance.now() - t0;
const sites = (await data.layer('sites')).features.map((f) => featureToSite(f as Feature<Point, SiteProps>));
const cables = (await data.layer('cables')).features as Feature<LineString, CableSegmentProps>[];
const tests = (await data.layer('speed-tests')).features as Feature<Point, SpeedTestProps>[];
const t1 = performance.now();
const at = (date: string) => data.service.setBaseSites(sitesAsOf(sites, date), [], {
  cables: { type: 'FeatureCollection', features: cablesAsOf(cables, date) },
  speedTests: { type: 'FeatureCollection', features: speedTestsAsOf(tests, date) },
});
const previousAsOf = yearBefore(asOf);
const before = at(previousAsOf);
const now = at(asOf);
const levels = layout === '2025' ? [['units-2025', 'unit2025']] as const : [['districts-2019', 'district2019'], ['wards-2019', 'ward2019']] as const;
const areas: ReportArea[] = [];
const geometry = new Map<string, Feature>();
for (const [id, level] of levels) {
  for (const f of (await data.layer(id)).features) {
    const code = String(f.properties?.code);
    areas.push({ level, id: code, name: String(f.properties?.fullName) });
    geometry.set(`${level}|${code}`, f as Feature);
  }
}
const report: AnnualReport = buildReport(now, before, areas, { year, asOf, previousAsOf, layout });
const reportMs = performance.now() - t1;
const sample = data.manifest.layers.some((l) => l.sample && ['sites', 'cables', 'speed-tests'].includes(l.id));

fs.mkdirSync(outDir, { recursive: true });
const stem = path.join(outDir, `report-${year}-${layout}`);
fs.writeFileSync(`${stem}.csv`, reportToCsv(report, sample));
const byArea = new Map<string, Record<string, unknown>>();
for (const r of report.rows) {
  if (r.level === 'city') continue;
  const props = byArea.get(`${r.level}|${r.id}`) ?? { level: r.level, code: r.id, name: r.name, asOf, layout, sample };
  props[`${r.target}_${REPORT_UNITS[r.target] === '%' ? 'pct' : REPORT_UNITS[r.target] === 'km' ? 'km' : 'mbps'}`] = r.value;
  props[`${r.target}_change`] = r.change;
  props[`${r.target}_pass`] = r.pass;
  byArea.set(`${r.level}|${r.id}`, props);
}
const fc: FeatureCollection = { type: 'FeatureCollection', features: [...byArea.entries()].map(([key, properties]) => ({ type: 'Feature', geometry: geometry.get(key)!.geometry, properties })) };
fs.writeFileSync(`${stem}.geojson`, JSON.stringify(fc));
fs.writeFileSync(`${stem}.html`, reportHtml(report, geometry as Map<string, Feature<Polygon | MultiPolygon>>, sample, data.manifest));
console.log(`[report] ${year}, layout ${layout}, as of ${asOf} (previous ${previousAsOf}): ${report.rows.length} rows (${REPORT_TARGETS.length} targets × city + ${areas.length} areas)`);
console.log(`[report] wrote ${path.relative(REPO_ROOT, stem)}.csv, .geojson, .html`);
console.log(`[report] time: data and area index ${(loadedMs / 1000).toFixed(1)} s; the report itself (two dates analysed, figures) ${(reportMs / 1000).toFixed(1)} s`);
