/**
 * The figures of the public map's areas as text: the selected area's (or zone's) panel, and the table of every
 * area of the level, sorted by the choropleth's figure, whose names select an area. Every text from data is
 * rendered as text.
 */
import { OPERATORS, OPERATOR_NAMES } from '../domain/telecom.js';
import type { OpSet } from '../analysis/engine/types.js';
import { translator, type MessageKey } from '../ui/i18n.js';
import { formatDate } from '../ui/locale-format.js';
import { readableText } from '../ui/messages/readable.js';
import { FIGURE_DIGITS, fixedFigure, percentFigure } from './public-figures.js';
import type { Lang } from '../domain/lang.js';
import type { AreaRow } from '../domain/public-data.js';
import type { PublicLevel } from './public-map.js';
import { LEVEL_OF } from './public-view.js';

/** The selected row of `areas.json`: an area of the current level, or a priority zone. */
export type PublicSelection = { kind: 'area' | 'zone'; row: AreaRow };

/** The days the measured speeds cover, ISO `YYYY-MM-DD`. */
export type SpeedWindow = { from: string; to: string };

/**
 * The selected area's panel: 4G and 5G covered share of the area, 5G of the residents, 5G per operator (percent
 * 0–100), mean download against the targets (Mbit/s), and underground cables (km). Each heading names its unit and
 * each kind of figure has one number of decimals (`100,0 %` beside `87,3 %`). The speeds say which measurements
 * they average: every one in the data (the public build applies no date), between `speedWindow`'s days when known.
 */
export function AreaPanel({
  selected,
  level,
  lang,
  speedWindow = null,
}: {
  selected: PublicSelection;
  level: PublicLevel;
  lang: Lang;
  speedWindow?: SpeedWindow | null;
}) {
  const t = translator(lang);
  const r = (k: Parameters<typeof readableText>[1]) => readableText(lang, k);
  const pct = (v: number | null | undefined) => percentFigure(lang, v);
  const values = selected.row.values;
  return (
    <section className="pub-area" data-testid="pub-area" aria-live="polite">
      <h2>{lang === 'vi' ? selected.row.fullName : selected.row.nameEn}</h2>
      <p className="layout-tag">
        {selected.kind === 'zone' ? t('layer.zones') : t(level === 'units' ? 'layout2025' : 'layout2019')}
      </p>
      <dl>
        <div className="row">
          <dt>{r('readable.covered4g')}</dt>
          <dd>{pct(values.c4_any)}</dd>
        </div>
        <div className="row">
          <dt>{r('readable.covered5g')}</dt>
          <dd data-testid="pub-area-5g">{pct(values.c5_any)}</dd>
        </div>
        {selected.kind === 'area' && (
          <div className="row">
            <dt>{r('readable.population5g')}</dt>
            <dd>{pct(values.p5_any)}</dd>
          </div>
        )}
        {OPERATORS.map((o) => (
          <div className="row" key={o}>
            <dt>5G · {OPERATOR_NAMES[o]} (%)</dt>
            <dd>{pct(values[`c5_${o}`])}</dd>
          </div>
        ))}
        {selected.kind === 'area' &&
          (['4G', '5G'] as const).map((tt) => {
            const v = values[`speed${tt.toLowerCase()}`];
            const target = tt === '4G' ? 40 : 100;
            return (
              <div className="row" key={tt} data-testid={`pub-speed-${tt}`}>
                <dt>{r('readable.speed').replace('{tech}', tt)}</dt>
                <dd>
                  {v === null || v === undefined
                    ? t('noData')
                    : `${fixedFigure(lang, v, FIGURE_DIGITS.mbps)} Mbit/s — ${t('target')} ${target}: ${v >= target ? t('pass') : t('fail')}`}
                </dd>
              </div>
            );
          })}
        {selected.kind === 'area' && (
          <div className="row">
            <dt>{r('readable.cables')}</dt>
            <dd>
              {t('cable.done')} {fixedFigure(lang, values.cableDoneKm ?? 0, FIGURE_DIGITS.km)} km ·{' '}
              {fixedFigure(lang, values.cablePlannedKm ?? 0, FIGURE_DIGITS.km)} km {r('readable.cablesPlanned')}
            </dd>
          </div>
        )}
      </dl>
      {selected.kind === 'area' && (
        <p className="note" data-testid="pub-speed-window">
          {speedWindow
            ? r('readable.speedWindow')
                .replace('{from}', formatDate(speedWindow.from, lang))
                .replace('{to}', formatDate(speedWindow.to, lang))
            : r('readable.speedAllData')}
        </p>
      )}
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

/**
 * The text table beside the map: one row per area with the choropleth's figure, percent 0–100 with one decimal;
 * the header names the technology and the unit, so the cells carry only the number.
 */
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
          <th scope="col">{readableText(lang, 'readable.areaName')}</th>
          <th scope="col" className="num">
            {tech} · {readableText(lang, basis === 'area' ? 'readable.coveredArea' : 'readable.coveredPopulation')}
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
            <td className="num">{fixedFigure(lang, r.values[prop], FIGURE_DIGITS.percent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
