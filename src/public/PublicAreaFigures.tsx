/**
 * The figures of the public map's areas as text: the selected area's (or zone's) panel, and the table of every
 * area of the level, sorted by the choropleth's figure, whose names select an area. Every text from data is
 * rendered as text.
 */
import { OPERATORS, OPERATOR_NAMES } from '../domain/telecom.js';
import type { OpSet } from '../analysis/engine/types.js';
import { formatNumber, translator, type MessageKey } from '../ui/i18n.js';
import type { Lang } from '../domain/lang.js';
import type { AreaRow } from '../domain/public-data.js';
import type { PublicLevel } from './public-map.js';
import { LEVEL_OF, percentText } from './public-view.js';

/** The selected row of `areas.json`: an area of the current level, or a priority zone. */
export type PublicSelection = { kind: 'area' | 'zone'; row: AreaRow };

/**
 * The selected area's panel: 4G and 5G covered share of the area, 5G of the residents, 5G per operator (percent
 * 0–100), mean download against the targets (Mbit/s), and underground cables (km).
 */
export function AreaPanel({ selected, level, lang }: { selected: PublicSelection; level: PublicLevel; lang: Lang }) {
  const t = translator(lang);
  const pct = (v: number | null | undefined) => percentText(lang, v);
  return (
    <section className="pub-area" data-testid="pub-area" aria-live="polite">
      <h2>{lang === 'vi' ? selected.row.fullName : selected.row.nameEn}</h2>
      <p className="layout-tag">
        {selected.kind === 'zone' ? t('layer.zones') : t(level === 'units' ? 'layout2025' : 'layout2019')}
      </p>
      <dl>
        <div className="row">
          <dt>4G</dt>
          <dd>{pct(selected.row.values.c4_any)}</dd>
        </div>
        <div className="row">
          <dt>5G</dt>
          <dd data-testid="pub-area-5g">{pct(selected.row.values.c5_any)}</dd>
        </div>
        {selected.kind === 'area' && (
          <div className="row">
            <dt>{t('popCovered5g')}</dt>
            <dd>{pct(selected.row.values.p5_any)}</dd>
          </div>
        )}
        {OPERATORS.map((o) => (
          <div className="row" key={o}>
            <dt>5G · {OPERATOR_NAMES[o]}</dt>
            <dd>{pct(selected.row.values[`c5_${o}`])}</dd>
          </div>
        ))}
        {selected.kind === 'area' &&
          (['4G', '5G'] as const).map((tt) => {
            const v = selected.row.values[`speed${tt.toLowerCase()}`];
            const target = tt === '4G' ? 40 : 100;
            return (
              <div className="row" key={tt}>
                <dt>
                  {t('speedTitle')} {tt}
                </dt>
                <dd>
                  {v === null || v === undefined
                    ? t('noData')
                    : `${formatNumber(lang, v, 1)} Mbit/s — ${t('target')} ${target}: ${v >= target ? t('pass') : t('fail')}`}
                </dd>
              </div>
            );
          })}
        {selected.kind === 'area' && (
          <div className="row">
            <dt>{t('cableTitle')}</dt>
            <dd>
              {t('cable.done')} {formatNumber(lang, selected.row.values.cableDoneKm ?? 0, 1)} km ·{' '}
              {formatNumber(lang, selected.row.values.cablePlannedKm ?? 0, 1)} km {t('pub.planned')}
            </dd>
          </div>
        )}
      </dl>
      <span className="sample-tag">{t('sampleData')}</span>
    </section>
  );
}

type TableProps = {
  lang: Lang;
  level: PublicLevel;
  tech: '4G' | '5G';
  op: OpSet;
  basis: 'area' | 'population';
  /** The result property shown (see `resultProperty`), percent 0–100. */
  prop: string;
  /** The level's areas, in the order shown. */
  rows: readonly AreaRow[];
  /** The selected row's code, highlighted; null when none is. */
  selectedCode: string | null;
  onSelect: (row: AreaRow) => void;
};

/** The text table beside the map: one row per area with the choropleth's figure. */
export function AreaTable({ lang, level, tech, op, basis, prop, rows, selectedCode, onSelect }: TableProps) {
  const t = translator(lang);
  return (
    <table className="pub-table" data-testid="pub-table">
      <caption>
        {t(`level.${LEVEL_OF[level]}` as MessageKey)} · {tech} · {op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op]}{' '}
        · {t(`basis.${basis}`)} ({t('sampleData')})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('ranking.name')}</th>
          <th scope="col" className="num">
            {t('ranking.percent')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} className={selectedCode === r.code ? 'selected' : undefined}>
            <th scope="row">
              <button type="button" className="link" onClick={() => onSelect(r)}>
                {lang === 'vi' ? r.fullName : r.nameEn}
              </button>
            </th>
            <td className="num">{percentText(lang, r.values[prop])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
