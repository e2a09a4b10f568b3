import { useAppStore } from '../state/use-app-store.js';
import { CABLE_STATUSES, OPERATORS, OPERATOR_NAMES } from '../domain/telecom.js';
import { ZONE_CATEGORIES } from '../domain/zones.js';
import {
  CABLE_COLORS,
  GAP_COLORS,
  OPERATOR_COLORS,
  SPEED_COLORS,
  ZONE_COLORS,
  ZONE_TARGET_COLORS,
} from '../map/palette.js';
import { translator, type MessageKey } from './i18n.js';
import { isSampleLayer } from '../map/layer-meta.js';
import type { LayerKey } from '../domain/layers.js';
import { measureLegendSections, type LegendItem as Item, type LegendSection } from './measure-legend.js';

function Row({ item }: { item: Item }) {
  // A dot drawn at its size on the map (towers by operators), else the key's own size.
  const size = item.sizePx === undefined ? {} : { width: `${item.sizePx}px`, height: `${item.sizePx}px` };
  return (
    <li>
      <span
        className={`key key-${item.shape}${item.dashed ? ' dashed' : ''}`}
        style={{ ['--c' as string]: item.color, ...size }}
        aria-hidden="true"
      />
      {item.label}
    </li>
  );
}

/** The legend of every visible layer; sample layers say so in their heading. */
export function Legend() {
  const lang = useAppStore((s) => s.lang);
  const visible = useAppStore((s) => s.visible);
  const choroTech = useAppStore((s) => s.choroTech);
  const choroOp = useAppStore((s) => s.choroOp);
  const coverageLevel = useAppStore((s) => s.coverageLevel);
  const analysis = useAppStore((s) => s.analysis);
  const t = translator(lang);
  const sample = ` (${t('sampleData')})`;
  const provenance = useAppStore((s) => s.provenance);
  const tag = (key: LayerKey) => (isSampleLayer(key, provenance) ? sample : '');
  const sections: LegendSection[] = [];
  if (visible.sites)
    sections.push({
      key: 'sites',
      title: t('layer.sites') + tag('sites'),
      items: [
        ...OPERATORS.map((o): Item => ({ color: OPERATOR_COLORS[o], label: OPERATOR_NAMES[o], shape: 'dot' })),
        { color: '#111111', label: t('site.5g'), shape: 'ring' },
      ],
    });
  const measures = measureLegendSections({ visible, choroTech, choroOp, coverageLevel, analysis }, lang, tag);
  // The towers stand with the sites; the lines and areas after the coverage they are read against.
  sections.push(...measures.filter((m) => m.key === 'towers'));
  for (const key of ['coverage5g', 'coverage4g'] as const)
    if (visible[key])
      sections.push({
        key,
        title: t(`layer.${key}`) + tag(key),
        items: OPERATORS.map((o) => ({ color: OPERATOR_COLORS[o], label: OPERATOR_NAMES[o], shape: 'area' })),
      });
  if (visible.gaps) {
    const op = choroOp === 'any' ? t('anyOperator') : OPERATOR_NAMES[choroOp];
    sections.push({
      key: 'gaps',
      title: `${t('layer.gaps')}${tag('gaps')}`,
      items: [{ color: GAP_COLORS.line, label: `${t('gapsLegend')}: ${choroTech} · ${op}`, shape: 'hatch' }],
    });
  }
  sections.push(...measures.filter((m) => m.key !== 'towers'));
  if (visible.cables)
    sections.push({
      key: 'cables',
      title: t('layer.cables') + tag('cables'),
      items: CABLE_STATUSES.map((s) => ({
        color: CABLE_COLORS[s],
        label: t(`cable.${s}` as MessageKey),
        shape: 'line',
        dashed: s !== 'done',
      })),
    });
  if (visible.speedTests)
    sections.push({
      key: 'speedTests',
      title: t('layer.speedTests') + tag('speedTests'),
      items: [
        { color: SPEED_COLORS.meets, label: t('speed.meets'), shape: 'dot' },
        { color: SPEED_COLORS.below, label: t('speed.below'), shape: 'dot' },
      ],
    });
  if (visible.zones)
    sections.push({
      key: 'zones',
      title: t('layer.zones'),
      items: [
        { color: ZONE_TARGET_COLORS.pass, label: t('zoneTarget.pass'), shape: 'area' },
        { color: ZONE_TARGET_COLORS.fail, label: t('zoneTarget.fail'), shape: 'area' },
        ...ZONE_CATEGORIES.map((c): Item => ({
          color: ZONE_COLORS[c],
          label: t(`zone.${c}` as MessageKey),
          shape: 'line',
        })),
      ],
    });
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend')}>
      <h2>{t('legend')}</h2>
      {sections.map((s) => (
        <div key={s.key} className="legend-section">
          <h3>{s.title}</h3>
          <ul>
            {s.items.map((i) => (
              <Row key={i.label} item={i} />
            ))}
          </ul>
          {s.note && (
            <p className="legend-note">
              <small>{s.note}</small>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
