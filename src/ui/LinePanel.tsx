/**
 * The picked named line's figures (issue #17, "coverage along roads"): its kind, length and segments; the covered
 * km and share of its length per technology and operator at the map's coverage level; the communes and wards it
 * crosses with their km and 5G share; how it is measured, and that the sites are sample data when they are. The
 * line is drawn and brought into view by the map (map/line-layer.ts). Nothing while no line is picked.
 */
import { useSyncExternalStore } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { useSession } from './session-context.js';
import { translator, type MessageKey } from './i18n.js';
import { linesText } from './messages/lines.js';
import { fixedFigure } from './fixed-figure.js';
import { OPERATOR_NAMES, OPERATORS, TECHNOLOGIES } from '../domain/telecom.js';
import type { OpSet } from '../analysis/engine/types.js';
import type { Lang } from '../domain/lang.js';
import type { SearchEntry } from '../domain/places.js';
import type { LineFiguresAnswer } from '../worker/named-lines-handler.js';
import { BUILT_IN_SET } from '../domain/named-line.js';
import './PointPanel.css';

/** Communes and wards listed at most, longest part first. */
const MAX_AREAS = 12;

const noSubscribe = () => () => {};
const nothing = () => null;

/** `v` with one decimal in the language's format (one decimal per column, the minus sign −). */
const fixed = (lang: Lang, v: number) => fixedFigure(lang, v, 1);

/** The line panel of the session's named lines. */
export function LinePanel() {
  const session = useSession();
  const lines = session?.lines ?? null;
  const picked = useSyncExternalStore(
    lines?.subscribe ?? noSubscribe,
    lines ? () => lines.getSnapshot().picked : nothing,
  );
  const lang = useAppStore((s) => s.lang);
  const places = useAppStore((s) => s.places);
  if (!lines || !picked) return null;
  const t = translator(lang);
  const l = linesText(lang);
  const { entry, figures, error } = picked;
  return (
    <section
      className="point-panel line-panel"
      data-testid="line-panel"
      aria-live="polite"
      aria-label={l('line.title')}
    >
      <button type="button" className="close" onClick={() => lines.pick(null)} aria-label={t('close')}>
        ×
      </button>
      <h2>{entry.name}</h2>
      <p className="point-position" data-testid="line-summary">
        {l(`line.kind.${entry.kind}`)} · {l('line.length')} {fixed(lang, entry.km)} km · {entry.segments}{' '}
        {l('line.segments')}
      </p>
      {error && (
        <p className="point-error" role="alert" data-testid="line-error">
          {l('line.error')}: {error[lang]}
        </p>
      )}
      {!figures && !error && <p className="point-loading">{l('line.loading')}</p>}
      {figures && <LineFigures figures={figures} lang={lang} places={places} />}
    </section>
  );
}

function LineFigures({
  figures,
  lang,
  places,
}: {
  figures: LineFiguresAnswer;
  lang: Lang;
  places: readonly SearchEntry[];
}) {
  const t = translator(lang);
  const l = linesText(lang);
  const sets: OpSet[] = ['any', ...OPERATORS];
  const names = new Map(places.filter((p) => p.level === 'unit2025').map((p) => [p.id, p]));
  const units = (figures.areas ?? []).filter((a) => a.level === 'unit2025').slice(0, MAX_AREAS);
  return (
    <>
      <table className="point-coverage" data-testid="line-coverage">
        <caption>
          {l('line.title')} · {t(`coverageLevel.${figures.level}` as MessageKey)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{l('line.operator')}</th>
            {TECHNOLOGIES.map((tech) => (
              <th key={tech} scope="col">
                {tech} (km · %)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sets.map((op) => (
            <tr key={op} data-testid={`line-row-${op}`}>
              <th scope="row">{op === 'any' ? l('line.anyOperator') : OPERATOR_NAMES[op]}</th>
              {TECHNOLOGIES.map((tech) => {
                const c = figures.covered[tech][op];
                return (
                  <td key={tech} data-tech={tech}>
                    {fixed(lang, c.km)} · {fixed(lang, c.percent)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {units.length > 0 && (
        <table className="point-coverage" data-testid="line-areas">
          <caption>{l('line.areas')}</caption>
          <thead>
            <tr>
              <th scope="col">{l('line.area')}</th>
              <th scope="col">{l('line.km')}</th>
              <th scope="col">{l('line.covered5g')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((a) => {
              const p = names.get(a.id);
              return (
                <tr key={a.id}>
                  <th scope="row">{p ? (lang === 'en' ? p.nameEn : p.fullName) : a.id}</th>
                  <td>{fixed(lang, a.km)}</td>
                  <td>{fixed(lang, a.covered['5G'].any.percent)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="note">
        <small>
          {l('line.method')} {figures.sample ? l('line.sample') : ''} {l('line.source')}:{' '}
          {figures.line.set === BUILT_IN_SET ? l('line.builtInSource') : figures.line.source}
        </small>
      </p>
    </>
  );
}
