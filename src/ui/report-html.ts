/**
 * The annual report as a printable page (A4, Vietnamese): the targets with the city's figures and the change
 * since a year before, a map of residents with 5G per area (inline SVG, no script, nothing fetched), and the
 * table of every area. Every text is escaped.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AnnualReport, ReportRow, ReportTarget } from '../analysis/report.js';
import { REPORT_GOALS, REPORT_TARGETS, REPORT_UNITS } from '../analysis/report.js';
import { CHOROPLETH_BREAKS, CHOROPLETH_COLORS } from '../map/choropleth.js';
import type { Manifest } from '../domain/report.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (v: number | null, d = 1) => (v === null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: d }).format(v));
const TITLES: Record<ReportTarget, string> = {
  zones5g: '5G phủ 100 % khu vực ưu tiên (tỷ lệ khu vực đạt)',
  population5g: '5G cho 99 % dân số',
  speed4g: 'Tốc độ tải xuống trung bình 4G ≥ 40 Mbit/s',
  speed5g: 'Tốc độ tải xuống trung bình 5G ≥ 100 Mbit/s',
  cables: 'Cáp ngầm hóa (km đã hoàn thành)',
};

function colour(v: number | null): string {
  if (v === null) return '#ffffff';
  let i = 0;
  CHOROPLETH_BREAKS.forEach((b, k) => {
    if (v >= b) i = k + 1;
  });
  return CHOROPLETH_COLORS[i]!;
}

/** An equirectangular SVG map of the areas (cos 21° for the x scale), coloured by residents with 5G. */
function svgMap(rows: readonly ReportRow[], geometry: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>): string {
  const [w, s, e, n] = [105.28, 20.56, 106.02, 21.39];
  const k = Math.cos((21 * Math.PI) / 180);
  const width = 520;
  const scale = width / ((e - w) * k);
  const height = Math.round((n - s) * scale);
  const paths = rows.filter((r) => r.target === 'population5g' && r.level !== 'city').map((r) => {
    const g = geometry.get(`${r.level}|${r.id}`)?.geometry;
    if (!g) return '';
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const d = polys.flatMap((rings) => rings.map((ring) => `M${ring.map(([x, y]) => `${(((x! - w) * k) * scale).toFixed(1)},${((n - y!) * scale).toFixed(1)}`).join('L')}Z`)).join('');
    return `<path d="${d}" fill="${colour(r.value)}" stroke="#666" stroke-width="0.3"><title>${esc(r.name)}: ${num(r.value)} %</title></path>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Bản đồ tỷ lệ dân số có 5G theo khu vực">${paths.join('')}</svg>`;
}

export function reportHtml(report: AnnualReport, geometry: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>, sample: boolean, manifest: Manifest): string {
  const city = report.rows.filter((r) => r.level === 'city');
  const sourceList = manifest.layers.filter((l) => ['units-2025', 'districts-2019', 'wards-2019', 'zones', 'sites', 'cables', 'speed-tests'].includes(l.id))
    .map((l) => `<li>${esc(l.id)}: ${esc(l.source)} (${esc(l.vintage)}) — ${esc(l.licence)}${l.sample ? ' — <strong>dữ liệu mẫu</strong>' : ''}</li>`).join('');
  const targetRow = (r: ReportRow) => `<tr><th scope="row">${esc(TITLES[r.target])}</th><td>${num(r.value)} ${REPORT_UNITS[r.target]}</td><td>${num(r.previous)}</td><td>${r.change === null ? '—' : (r.change >= 0 ? '+' : '') + num(r.change)}</td><td>${REPORT_GOALS[r.target].value === null ? '—' : `${REPORT_GOALS[r.target].value} ${REPORT_UNITS[r.target]} (${REPORT_GOALS[r.target].year})`}</td><td>${r.pass === null ? '—' : r.pass ? 'Đạt' : 'Chưa đạt'}</td></tr>`;
  const areaIds = [...new Set(report.rows.filter((r) => r.level !== 'city').map((r) => `${r.level}|${r.id}`))];
  const cell = (key: string, t: ReportTarget) => {
    const r = report.rows.find((x) => `${x.level}|${x.id}` === key && x.target === t)!;
    return `<td>${num(r.value)}${r.pass === false ? ' ✗' : ''}</td>`;
  };
  const areaRows = areaIds.map((key) => {
    const name = report.rows.find((x) => `${x.level}|${x.id}` === key)!.name;
    return `<tr><th scope="row">${esc(name)}</th>${REPORT_TARGETS.map((t) => cell(key, t)).join('')}</tr>`;
  }).join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Báo cáo hạ tầng số Hà Nội ${report.year}</title>
<style>
body{font-family:'Noto Sans',system-ui,sans-serif;color:#1f2937;margin:1.5cm;font-size:10pt}
h1{font-size:16pt;margin:0}h2{font-size:12pt;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d5dae1;padding:2px 4px;text-align:right}th[scope=row],thead th:first-child{text-align:left;font-weight:normal}
.sample{background:#fff3dc;color:#8a4b00;border:1px solid #e3b66b;padding:4px 8px}
.legend span{display:inline-block;width:12px;height:10px;margin:0 3px 0 8px}
@page{size:A4;margin:1.2cm}@media print{body{margin:0}section{break-inside:avoid}}
</style></head><body>
<h1>Báo cáo tiến độ hạ tầng số Hà Nội năm ${report.year}</h1>
<p>Số liệu tính đến ${esc(report.asOf)}, so với ${esc(report.previousAsOf)}. Địa giới: ${report.layout === '2025' ? '126 xã, phường từ 1/7/2025' : '30 quận, huyện và 584 xã, phường trước 1/7/2025'}.</p>
${sample ? '<p class="sample">Trạm gốc, vùng phủ, cáp ngầm và đo tốc độ là DỮ LIỆU MẪU do dự án tạo ra, không phải dữ liệu thật của nhà mạng.</p>' : ''}
<section><h2>Các mục tiêu của kế hoạch — toàn thành phố</h2>
<table><thead><tr><th>Mục tiêu</th><th>${report.year}</th><th>${report.year - 1}</th><th>Thay đổi</th><th>Mục tiêu</th><th>Kết quả</th></tr></thead><tbody>${city.map(targetRow).join('')}</tbody></table></section>
<section><h2>Tỷ lệ dân số có 5G theo khu vực</h2>${svgMap(report.rows, geometry)}
<p class="legend">${CHOROPLETH_COLORS.map((c, i) => `<span style="background:${c}"></span>${i === 0 ? `&lt; ${CHOROPLETH_BREAKS[0]} %` : i === CHOROPLETH_COLORS.length - 1 ? `≥ ${CHOROPLETH_BREAKS[i - 1]} %` : `${CHOROPLETH_BREAKS[i - 1]}–${CHOROPLETH_BREAKS[i]} %`}`).join('')}</p></section>
<section><h2>Theo khu vực</h2>
<table><thead><tr><th>Khu vực</th><th>Khu ưu tiên đạt (%)</th><th>Dân số có 5G (%)</th><th>4G (Mbit/s)</th><th>5G (Mbit/s)</th><th>Cáp ngầm (km)</th></tr></thead><tbody>${areaRows}</tbody></table></section>
<section><h2>Nguồn dữ liệu</h2><ul>${sourceList}</ul></section>
</body></html>
`;
}
