/**
 * The annual report page's sections beyond the plan's targets (issue #17): the best operator per area at each
 * coverage level, shared infrastructure on the report date and a year before, and the coverage model's
 * parameters the figures were computed with (with the app's `prm=` link). HTML text, every text escaped; numbers
 * and signs as in report-html.ts (`1.234,5`, `−0,7` in Vietnamese).
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { ReportTarget } from '../analysis/report.js';
import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import { OPERATOR_NAMES, type Technology } from '../domain/telecom.js';
import type { Basis } from '../domain/basis.js';
import type { Lang } from '../domain/lang.js';
import { LEAD_TIE_PP, type OperatorLead } from '../analysis/operator-lead.js';
import { OPERATOR_COVERS_MIN_PERCENT } from '../analysis/operators-covering.js';
import { operatorsWith5g, type ReportFigures, type ReportParams, type SharingRow } from '../analysis/report-figures.js';
import { operatorsPerTower, sharedSitesPercent } from '../analysis/sharing.js';
import { TOWER_DISTANCE_M } from '../analysis/tower-points.js';
import { PARAMS_CATALOGUE } from '../analysis/coverage/params-catalogue.js';
import { valueAt } from '../analysis/params-overrides.js';
import { formatParamsLink, PARAMS_LINK_PARAM } from '../state/url-params.js';
import { paramText } from './method-format.js';
import { formatChange, formatFigure } from './locale-format.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TEXT = {
  vi: {
    operators: (level: string) => `Nhà mạng dẫn đầu theo khu vực — ${level}`,
    level: { outdoor: 'ngoài trời', indoor: 'trong nhà' } as Record<CoverageLevel, string>,
    area: 'Khu vực',
    lead: (tech: Technology, basis: Basis) =>
      `${tech}: phủ nhiều nhất ${basis === 'area' ? 'diện tích' : 'dân số'} (%)`,
    with5g: `Số nhà mạng phủ 5G ≥ ${OPERATOR_COVERS_MIN_PERCENT} % diện tích`,
    none: 'không nhà mạng nào',
    tie: (pp: string) =>
      `Nhà mạng nối bằng dấu „=” ngang nhau (chênh không quá ${pp} điểm %). Một nhà mạng được tính khi vùng phủ 5G của nó chiếm ít nhất ${OPERATOR_COVERS_MIN_PERCENT} % diện tích khu vực, như lớp “Số nhà mạng có 5G” trên bản đồ.`,
    sharing: 'Hạ tầng dùng chung',
    towers: 'Số cột',
    shared: 'Cột dùng chung',
    sitesShared: 'Trạm trên cột dùng chung (%)',
    perTower: 'Nhà mạng mỗi cột',
    change: (y: number) => `Thay đổi so với ${y} (điểm %)`,
    sharingNote: `Cột: các trạm của các nhà mạng cùng mã cột (tower_id) khi tệp nhập có, nếu không thì cách nhau không quá ${TOWER_DISTANCE_M} m. Trạm đang phát sóng vào ngày báo cáo; không phụ thuộc mức phủ sóng.`,
    params: 'Tham số mô hình',
    defaults: 'Các số liệu vùng phủ tính với tham số mặc định của mô hình (xem trang Phương pháp).',
    edited: (n: number) => `Các số liệu vùng phủ tính với ${n} tham số đã chỉnh so với mặc định:`,
    param: 'Tham số',
    value: 'Giá trị dùng',
    def: 'Mặc định',
    link: 'Mở ứng dụng với các tham số này',
    linkText: 'Thêm vào liên kết của ứng dụng:',
  },
  en: {
    operators: (level: string) => `Leading operator by area — ${level}`,
    level: { outdoor: 'outdoor', indoor: 'indoor' } as Record<CoverageLevel, string>,
    area: 'Area',
    lead: (tech: Technology, basis: Basis) => `${tech}: most ${basis === 'area' ? 'area' : 'residents'} covered (%)`,
    with5g: `Operators with 5G on ≥ ${OPERATOR_COVERS_MIN_PERCENT} % of the area`,
    none: 'no operator',
    tie: (pp: string) =>
      `Operators joined by “=” are tied (within ${pp} percentage points). An operator counts when its 5G covers at least ${OPERATOR_COVERS_MIN_PERCENT} % of the area, as in the map's “Operators with 5G” layer.`,
    sharing: 'Shared infrastructure',
    towers: 'Towers',
    shared: 'Shared towers',
    sitesShared: 'Sites on shared towers (%)',
    perTower: 'Operators per tower',
    change: (y: number) => `Change since ${y} (points)`,
    sharingNote: `Towers: sites of different operators with the same tower id (tower_id) where an imported file gives one, else within ${TOWER_DISTANCE_M} m of each other. Sites on air on the report date; independent of the coverage level.`,
    params: 'Model parameters',
    defaults: "The coverage figures were computed with the model's default parameters (see the Method page).",
    edited: (n: number) => `The coverage figures were computed with ${n} parameters changed from the defaults:`,
    param: 'Parameter',
    value: 'Value used',
    def: 'Default',
    link: 'Open the app with these parameters',
    linkText: "Add to the app's link:",
  },
} as const;

/** A lead in words: `Viettel 97,3`, `Viettel = VNPT 99,9`, or "no operator". */
export function leadText(lead: OperatorLead, lang: Lang): string {
  if (lead.operators.length === 0) return TEXT[lang].none;
  return `${lead.operators.map((o) => OPERATOR_NAMES[o]).join(' = ')} ${formatFigure(lead.percent, lang, 1)}`;
}

const LEADS: readonly [Technology, Basis][] = [
  ['4G', 'area'],
  ['4G', 'population'],
  ['5G', 'area'],
  ['5G', 'population'],
];

/** One table per coverage level: each area's leading operator per technology and basis, and operators with 5G. */
export function operatorSections(figures: ReportFigures, lang: Lang): string {
  const x = TEXT[lang];
  const head = `<tr><th>${x.area}</th>${LEADS.map(([t, b]) => `<th>${esc(x.lead(t, b))}</th>`).join('')}<th>${x.with5g}</th></tr>`;
  return COVERAGE_LEVELS.map((level) => {
    const rows = figures.operators[level]
      .map(
        (r) =>
          `<tr><th scope="row">${esc(r.name)}</th>${LEADS.map(([t, b]) => `<td>${esc(leadText(r.comparison[t][b], lang))}</td>`).join('')}<td>${operatorsWith5g(r)}</td></tr>`,
      )
      .join('');
    return `<section data-section="operators-${level}"><h2>${esc(x.operators(x.level[level]))}</h2><table><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
  }).join('\n');
}

/** The sharing table: towers, shared towers, sites on them, operators per tower, and the change of the share. */
export function sharingSection(rows: readonly SharingRow[] | null, year: number, lang: Lang): string {
  if (rows === null) return '';
  const x = TEXT[lang];
  const pct = (r: SharingRow['now']) => sharedSitesPercent(r);
  const body = rows
    .map((r) => {
      const now = pct(r.now);
      const before = pct(r.before);
      const change = now !== null && before !== null ? now - before : null;
      return `<tr><th scope="row">${esc(r.name)}</th><td>${formatFigure(r.now.towers, lang, 0)}</td><td>${formatFigure(r.now.sharedTowers, lang, 0)}</td><td>${formatFigure(now, lang, 1)}</td><td>${formatFigure(operatorsPerTower(r.now), lang, 2)}</td><td>${formatChange(change, lang, 1)}</td></tr>`;
    })
    .join('');
  return `<section data-section="sharing"><h2>${x.sharing}</h2><table><thead><tr><th>${x.area}</th><th>${x.towers}</th><th>${x.shared}</th><th>${x.sitesShared}</th><th>${x.perTower}</th><th>${esc(x.change(year - 1))}</th></tr></thead><tbody>${body}</tbody></table><p><small>${esc(x.sharingNote)}</small></p></section>`;
}

/** The note under the operator tables: what a tie and "with 5G" mean. */
export function operatorNote(lang: Lang): string {
  return `<p><small>${esc(TEXT[lang].tie(formatFigure(LEAD_TIE_PP, lang, 2)))}</small></p>`;
}

/**
 * The parameters section: "defaults", or each changed parameter with its value and default, and the `prm=` value
 * (as a link to `appUrl` when given: the page is a downloaded file and cannot know where the app is served).
 */
export function paramsSection(params: ReportParams | null, lang: Lang, appUrl: string | null = null): string {
  if (params === null) return '';
  const x = TEXT[lang];
  if (params.defaults) return `<section data-section="params"><h2>${x.params}</h2><p>${x.defaults}</p></section>`;
  const changed = PARAMS_CATALOGUE.filter((e) => valueAt(params.overrides, e.path) !== undefined);
  const rows = changed
    .map(
      (e) =>
        `<tr><th scope="row">${esc(e[lang])}</th><td>${esc(paramText(valueAt(params.overrides, e.path), lang))} ${esc(e.unit)}</td><td>${esc(paramText(e.value, lang))} ${esc(e.unit)}</td></tr>`,
    )
    .join('');
  const prm = formatParamsLink(params.overrides) ?? '';
  const link =
    appUrl === null
      ? `<p>${x.linkText} <code>#${PARAMS_LINK_PARAM}=${esc(prm)}</code></p>`
      : `<p><a href="${esc(`${appUrl}#${PARAMS_LINK_PARAM}=${prm}`)}">${x.link}</a> (<code>${PARAMS_LINK_PARAM}=${esc(prm)}</code>)</p>`;
  return `<section data-section="params"><h2>${x.params}</h2><p>${x.edited(changed.length)}</p><table><thead><tr><th>${x.param}</th><th>${x.value}</th><th>${x.def}</th></tr></thead><tbody>${rows}</tbody></table>${link}</section>`;
}

/**
 * Where each target's figure stands: a coverage level (the engine's footprints at that level), `measured` (speed
 * tests, no model level), or null (cables and area indicators are not coverage). The zones' 5G target reads the
 * outdoor footprints (targets.ts `zoneTargets`), as the plan's "5G in the zone" is read in the street.
 */
export const REPORT_TARGET_LEVELS: Readonly<Record<ReportTarget, CoverageLevel | 'measured' | null>> = {
  zones5g: 'outdoor',
  population5g: 'outdoor',
  population5gIndoor: 'indoor',
  speed4g: 'measured',
  speed5g: 'measured',
  cables: null,
  fibre: null,
  iot: null,
};
