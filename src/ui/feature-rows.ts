/**
 * The rows of the feature panel for each layer group: pure, so it is tested without a map.
 * Every value from data is returned as text; the panel renders it as text, never as markup.
 */
import { OPERATOR_NAMES, type Operator } from '../domain/telecom.js';
import { UNIT_TYPE_EN } from '../domain/text.js';
import { cellNames } from '../domain/grid.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import type { LayerKey } from '../domain/layers.js';
import type { Lang } from '../domain/lang.js';
import { formatDate } from './locale-format.js';
import { measureFeatureView } from './measure-feature-rows.js';
import { highwayName, type FeatureView, type Row } from './feature-view.js';
import { towerIdText } from './messages/tower-id.js';
import { zoneSource } from './zone-source.js';

export type { FeatureView, Row } from './feature-view.js';

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const n = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** A row of a source and, when there is one, its note. */
const sourceRow = (label: string, src: { value: string; note: string | null }): Row =>
  src.note === null ? { label, value: src.value } : { label, value: src.value, note: src.note };

export function featureView(key: LayerKey, p: Readonly<Record<string, unknown>>, lang: Lang): FeatureView {
  const t = translator(lang);
  const num = (v: unknown, digits = 0) => formatNumber(lang, n(v), digits);
  const sample = p.sample === true;
  switch (key) {
    case 'towers':
    case 'roadCoverage':
    case 'ops5g':
    case 'environment':
      return measureFeatureView(key, p, lang);
    case 'units2025':
    case 'districts2019':
    case 'wards2019': {
      const interpolated = p.populationMethod === 'interpolated';
      const rows: Row[] = [
        { label: t('type'), value: lang === 'vi' ? s(p.type) : (UNIT_TYPE_EN[s(p.type)] ?? s(p.type)) },
        { label: t('code'), value: s(p.code) },
        { label: t('area'), value: `${num(p.areaKm2, 2)} km²` },
        {
          label: t('population'),
          value: `${num(p.population)} ${t('people')}`,
          note: interpolated ? `* ${t('populationInterpolated')}` : t('populationCensus'),
        },
        { label: t('density'), value: `${num(p.density)} ${t('people')}/km²` },
      ];
      if (p.lowRes === true) rows.push({ label: t('layout'), value: t('lowRes') });
      const [title, subtitle] = lang === 'vi' ? [s(p.fullName), s(p.nameEn)] : [s(p.nameEn), s(p.fullName)];
      return { title, subtitle, rows, sample: false, layout: t(p.layout === '2025' ? 'layout2025' : 'layout2019') };
    }
    case 'grid8':
    case 'grid9': {
      const names = cellNames(s(p.code), key === 'grid8' ? 'h3r8' : 'h3r9');
      return {
        title: lang === 'vi' ? names.fullName : names.nameEn,
        subtitle: t('gridCell'),
        sample: false,
        layout: t('layoutGrid'),
        rows: [
          { label: t('gridResolution'), value: s(p.res) },
          { label: t('code'), value: s(p.code) },
        ],
      };
    }
    case 'sites': {
      const az = s(p.azimuths).trim();
      return {
        title: s(p.id),
        subtitle: OPERATOR_NAMES[p.operator as Operator] ?? s(p.operator),
        sample,
        layout: null,
        rows: [
          { label: t('technology'), value: s(p.technologies) },
          { label: t('bands'), value: s(p.bands) },
          { label: t('height'), value: `${num(p.heightM)} m` },
          {
            label: t('azimuths'),
            value: az
              ? az
                  .split(/\s+/)
                  .map((a) => `${a}°`)
                  .join(', ')
              : t('omni'),
          },
          { label: t('onAir'), value: formatDate(s(p.onAir), lang) || '—' },
          { label: t('onAir5g'), value: formatDate(s(p.onAir5g), lang) || '—' },
          // An imported site's shared tower id (`Site.towerId`); the sample has none.
          ...(s(p.towerId).trim() ? [{ label: towerIdText(lang)('import.col.towerId'), value: s(p.towerId) }] : []),
        ],
      };
    }
    case 'zones':
      return {
        title: lang === 'vi' ? s(p.name) : s(p.nameEn),
        subtitle: lang === 'vi' ? s(p.nameEn) : s(p.name),
        sample: false,
        layout: null,
        rows: [
          { label: t('category'), value: t(`zone.${s(p.category)}` as MessageKey) ?? s(p.category) },
          { label: t('confidence'), value: t(`confidence.${s(p.confidence)}` as MessageKey) ?? s(p.confidence) },
          { label: t('radius'), value: `${num(p.radiusM)} m` },
          { label: t('area'), value: `${num(p.areaHa, 1)} ha`, note: t(`areaSource.${s(p.areaSource)}` as MessageKey) },
          sourceRow(t('source'), zoneSource(s(p.source), lang)),
          { label: t('licence'), value: s(p.licence) },
        ],
      };
    case 'cables':
      return {
        title: s(p.id),
        subtitle: t(`cable.${s(p.status)}` as MessageKey),
        sample,
        layout: null,
        rows: [
          { label: t('status'), value: t(`cable.${s(p.status)}` as MessageKey) },
          { label: t('length'), value: `${num(p.lengthM)} m` },
          { label: t('doneDate'), value: formatDate(s(p.doneDate), lang) || '—' },
          { label: t('osm.highway'), value: highwayName(s(p.highway), lang) },
        ],
      };
    case 'speedTests': {
      const target = p.tech === '5G' ? 100 : 40;
      return {
        title: `${s(p.tech)} · ${OPERATOR_NAMES[p.operator as Operator] ?? (p.kind === 'tile' ? 'Ookla' : '—')}`,
        subtitle: s(p.id),
        sample,
        layout: null,
        rows: [
          {
            label: t('download'),
            value: `${num(p.downMbps, 1)} Mbit/s`,
            note: n(p.downMbps) >= target ? t('speed.meets') : t('speed.below'),
          },
          ...(typeof p.upMbps === 'number' ? [{ label: t('upload'), value: `${num(p.upMbps, 1)} Mbit/s` }] : []),
          ...(typeof p.latencyMs === 'number' ? [{ label: t('latency'), value: `${num(p.latencyMs)} ms` }] : []),
          ...(p.kind === 'tile' ? [{ label: t('speed.tileTests'), value: num(n(p.tests)) }] : []),
          { label: t('date'), value: formatDate(s(p.date), lang) },
        ],
      };
    }
    case 'coverage4g':
    case 'coverage5g':
      return {
        title: `${s(p.tech)} · ${OPERATOR_NAMES[p.operator as Operator] ?? s(p.operator)}`,
        subtitle: t(`layer.${key}` as MessageKey),
        sample,
        layout: null,
        rows: [],
      };
    case 'gaps':
      return { title: `${t('gapsLegend')} ${s(p.tech)}`, subtitle: t('layer.gaps'), sample, layout: null, rows: [] };
    case 'busStops':
      return {
        title: s(p.name) || s(p.id),
        subtitle: t('layer.busStops'),
        sample: false,
        layout: null,
        rows: [{ label: 'OSM', value: `node/${s(p.id)}` }],
      };
    case 'roads':
      return {
        title: s(p.name) || highwayName(s(p.highway), lang),
        subtitle: t('layer.roads'),
        sample: false,
        layout: null,
        rows: s(p.name) ? [{ label: t('osm.highway'), value: highwayName(s(p.highway), lang) }] : [],
      };
  }
}
