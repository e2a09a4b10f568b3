/**
 * The feature panel's rows for the measure layers a click can select: a tower (its operators, sites and how it was
 * found) and a road part (covered or not, for which choice). Pure, like feature-rows.ts, which calls it.
 */
import type { Lang } from '../domain/lang.js';
import type { LayerKey } from '../domain/layers.js';
import { OPERATOR_NAMES, type Operator } from '../domain/telecom.js';
import { TOWER_DISTANCE_M } from '../analysis/tower-points.js';
import { cellNames } from '../domain/grid.js';
import { highwayName, type FeatureView } from './feature-view.js';
import { translator } from './i18n.js';
import { layerName, measureText } from './measure-text.js';
import { LEVELS_MESSAGES } from './messages/levels.js';

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const words = (v: unknown) => s(v).split(/\s+/).filter(Boolean);

/** The measure toggles (their features are described here). */
export type MeasureFeatureKey = Extract<LayerKey, 'towers' | 'roadCoverage' | 'ops5g' | 'environment'>;

type Props = Readonly<Record<string, unknown>>;

/**
 * The panel of a selected tower, road part or cell of the operators with 5G; the layer's name alone for the
 * environment (its cells are not clickable); null for any other layer.
 */
export function measureFeatureView(key: MeasureFeatureKey, p: Props, lang: Lang): FeatureView;
export function measureFeatureView(key: LayerKey, p: Props, lang: Lang): FeatureView | null;
export function measureFeatureView(key: LayerKey, p: Props, lang: Lang): FeatureView | null {
  const m = measureText(lang);
  const t = translator(lang);
  const sample = p.sample === true;
  if (key === 'towers') {
    const operators = words(p.operatorIds).map((o) => OPERATOR_NAMES[o as Operator] ?? o);
    return {
      title: `${m('towers.tower')} ${s(p.id)}`,
      subtitle: layerName('towers', lang),
      sample,
      layout: null,
      rows: [
        { label: m('towers.operators'), value: `${operators.length}: ${operators.join(', ')}` },
        { label: m('towers.sites'), value: String(words(p.siteIds).length) },
        { label: m('towers.siteIds'), value: words(p.siteIds).join(', ') },
        {
          label: m('towers.by'),
          value: p.by === 'tower-id' ? m('towers.byTowerId') : m('towers.byDistance', { n: TOWER_DISTANCE_M }),
        },
      ],
    };
  }
  if (key === 'roadCoverage') {
    const op = p.op === 'any' ? t('anyOperator') : (OPERATOR_NAMES[p.op as Operator] ?? s(p.op));
    const level =
      p.level === 'indoor' || p.level === 'outdoor' ? LEVELS_MESSAGES[lang][`coverageLevel.${p.level}`] : '';
    return {
      title: s(p.name) || highwayName(s(p.highway), lang),
      subtitle: layerName('roadCoverage', lang),
      sample,
      layout: null,
      rows: [
        { label: t('osm.highway'), value: highwayName(s(p.highway), lang) },
        {
          label: m('roadCover.status'),
          value: p.covered === true ? m('roadCover.covered') : m('roadCover.uncovered'),
          note: `${s(p.tech)} · ${op} · ${level}`,
        },
      ],
    };
  }
  if (key === 'ops5g') {
    // A cell of the H3 resolution-8 grid; its operators are listed from the results (Ops5gCell.tsx).
    const names = cellNames(s(p.code), 'h3r8');
    return {
      title: lang === 'vi' ? names.fullName : names.nameEn,
      subtitle: layerName(key, lang),
      sample,
      layout: t('layoutGrid'),
      rows: [{ label: t('code'), value: s(p.code) }],
    };
  }
  if (key === 'environment') return { title: layerName(key, lang), subtitle: null, sample, layout: null, rows: [] };
  return null;
}
