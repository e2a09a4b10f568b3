/**
 * The legend sections of the measure layers (coverage along roads, towers, operators with 5G per H3 cell,
 * propagation environment): pure, so the words are tested without rendering. Legend.tsx draws them with the others.
 */
import type { Lang } from '../domain/lang.js';
import type { LayerKey } from '../domain/layers.js';
import { OPERATOR_NAMES } from '../domain/telecom.js';
import type { AppState } from '../state/store.js';
import { ENVIRONMENT_RULE } from '../analysis/coverage/environment.js';
import { OPERATOR_COVERS_MIN_PERCENT } from '../analysis/operators-covering.js';
import { TOWER_DISTANCE_M } from '../analysis/tower-points.js';
import { ENVIRONMENT_LEGEND } from '../map/environment-layer.js';
import { OPS5G_COLORS, ROAD_COVER_COLORS, TOWER_COLORS, TOWER_RADII_PX } from '../map/measure-layers.js';
import { translator } from './i18n.js';
import { measureText } from './measure-text.js';
import { ENVIRONMENT_MESSAGES } from './messages/environment.js';
import { LEVELS_MESSAGES } from './messages/levels.js';

/** One row of a legend: a key drawn in `color` (a dot may have its own diameter, CSS pixels) and its label. */
export type LegendItem = {
  color: string;
  label: string;
  shape: 'dot' | 'line' | 'area' | 'ring' | 'hatch';
  dashed?: boolean;
  sizePx?: number;
};

/** A legend section: its toggle, title, rows and an optional note under them. */
export type LegendSection = { key: string; title: string; items: LegendItem[]; note?: string };

/** What the measure sections read of the store. */
export type MeasureLegendState = Pick<AppState, 'visible' | 'choroTech' | 'choroOp' | 'coverageLevel' | 'analysis'>;

/** Whether any resolution-8 cell has results (the grid is analysed once the layer is first shown). */
const gridAnalysed = (s: MeasureLegendState) =>
  Object.keys(s.analysis.results?.areas ?? {}).some((k) => k.startsWith('h3r8|'));

/**
 * The sections of the visible measure layers, in the legend's order; `tag(key)` is the sample-data mark to add to a
 * title (empty when the layer does not show sample data).
 */
export function measureLegendSections(
  s: MeasureLegendState,
  lang: Lang,
  tag: (key: LayerKey) => string,
): LegendSection[] {
  const t = translator(lang);
  const m = measureText(lang);
  const levelName = LEVELS_MESSAGES[lang][`coverageLevel.${s.coverageLevel}`];
  const out: LegendSection[] = [];
  if (s.visible.towers)
    out.push({
      key: 'towers',
      title: m('layer.towers') + tag('towers'),
      items: (['towers.count1', 'towers.count2', 'towers.count3'] as const).map((label, i) => ({
        color: TOWER_COLORS[i]!,
        label: m(label),
        shape: 'dot',
        sizePx: TOWER_RADII_PX[i]! * 2,
      })),
      note: m('towers.note', { n: TOWER_DISTANCE_M }),
    });
  if (s.visible.roadCoverage) {
    const op = s.choroOp === 'any' ? t('anyOperator') : OPERATOR_NAMES[s.choroOp];
    const choice = `${s.choroTech} · ${op} · ${levelName}`;
    out.push({
      key: 'roadCoverage',
      title: m('layer.roadCoverage') + tag('roadCoverage'),
      items: [
        { color: ROAD_COVER_COLORS.covered, label: `${m('roadCover.covered')}: ${choice}`, shape: 'line' },
        { color: ROAD_COVER_COLORS.uncovered, label: m('roadCover.uncovered'), shape: 'line', dashed: true },
      ],
      note: m('roadCover.note'),
    });
  }
  if (s.visible.ops5g) {
    const rule = m('ops5g.rule', { p: OPERATOR_COVERS_MIN_PERCENT, level: levelName });
    out.push({
      key: 'ops5g',
      title: m('layer.ops5g') + tag('ops5g'),
      items: OPS5G_COLORS.map((color, n) => ({
        color,
        label: n === 1 ? m('ops5g.one') : m('ops5g.count', { n }),
        shape: 'area',
      })),
      note: gridAnalysed(s) ? rule : `${rule} ${m('ops5g.pending')}`,
    });
  }
  if (s.visible.environment) {
    const env = ENVIRONMENT_MESSAGES[lang];
    const values = { n: 0, m: ENVIRONMENT_RULE.suburbanMinDensity };
    const minOf = {
      'dense-urban': ENVIRONMENT_RULE.denseUrbanMinDensity,
      urban: ENVIRONMENT_RULE.urbanMinDensity,
    } as Partial<Record<string, number>>;
    out.push({
      key: 'environment',
      title: env['env.legendTitle'],
      items: ENVIRONMENT_LEGEND.map(({ env: e, color, label }) => ({
        color,
        label: `${env[label]}: ${m(`envMeaning.${e}`, { ...values, n: minOf[e] ?? 0 })}`,
        shape: 'area',
      })),
      note: env['env.note'],
    });
  }
  return out;
}
