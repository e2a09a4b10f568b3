/**
 * Coverage along the roads of the selected area (issue #17): per OSM road class (motorway to tertiary), its km and
 * the share of them covered for the choropleth's technology, operator and coverage level, with the area's total
 * and the whole city's. The worker measures every area and choice once per coverage (roads-handler.ts, about 5 s
 * at 12,500 sites, only once this block is shown) with the function roads.csv is written with, so both agree.
 * While it measures, the figures of the coverage before stay on screen, marked "đang tính…".
 */
import { useAppStore } from '../state/use-app-store.js';
import type { Selection } from '../state/slices/selection.js';
import { placeLevelOf } from '../domain/layers.js';
import type { Lang } from '../domain/lang.js';
import { OPERATOR_NAMES, type Operator } from '../domain/telecom.js';
import type { AreaRoads as AreaRoadsAnswer } from '../worker/protocol.js';
import type { RoadClassFigures } from '../worker/roads-handler.js';
import { translator } from './i18n.js';
import { fixedFigure } from './fixed-figure.js';
import { areaRoadsText } from './messages/area-roads.js';
import { useSession } from './session-context.js';
import { roadsKey, useAreaRoads, type RoadsState } from './use-area-roads.js';
import './AreaRoads.css';

/** Classes summed: their km, and the covered share of them, percent 0–100 (null without roads). */
export function roadsTotal(rows: readonly RoadClassFigures[]): { km: number; percent: number | null } {
  const km = rows.reduce((s, r) => s + r.km, 0);
  const covered = rows.reduce((s, r) => s + r.coveredKm, 0);
  return { km, percent: km > 0 ? (100 * covered) / km : null };
}

/** One row: a label, km with one decimal and the covered share with one decimal ("—" without roads). */
function Row({
  label,
  km,
  percent,
  id,
  lang,
}: {
  label: string;
  km: number;
  percent: number | null;
  id: string;
  lang: Lang;
}) {
  return (
    <tr data-testid={`roads-${id}`}>
      <th scope="row">{label}</th>
      <td className="num" data-testid={`roads-km-${id}`}>
        {fixedFigure(lang, km, 1)}
      </td>
      <td className="num" data-testid={`roads-pct-${id}`}>
        {percent === null ? '—' : `${fixedFigure(lang, percent, 1)} %`}
      </td>
    </tr>
  );
}

/** The figures of one answer: a row per class and the area's total (when measured), then the whole city. */
export function RoadsTable({ answer, lang }: { answer: AreaRoadsAnswer; lang: Lang }) {
  const w = areaRoadsText(lang);
  const city = roadsTotal(answer.city);
  return (
    <table data-testid="roads-table">
      <thead>
        <tr>
          <th scope="col">{w('areaRoads.class')}</th>
          <th scope="col">{w('areaRoads.km')}</th>
          <th scope="col">{w('areaRoads.covered')}</th>
        </tr>
      </thead>
      <tbody>
        {answer.area?.map((r) => (
          <Row
            key={r.roadClass}
            id={r.roadClass}
            label={w(`areaRoads.${r.roadClass}`)}
            km={r.km}
            percent={r.km > 0 ? r.percent : null}
            lang={lang}
          />
        ))}
        {answer.area && <Row id="total" label={w('areaRoads.total')} {...roadsTotal(answer.area)} lang={lang} />}
        <Row id="city" label={w('areaRoads.city')} {...city} lang={lang} />
      </tbody>
    </table>
  );
}

/** The block in any state: the answer for the area and choice on screen, else "đang tính…" or the failure. */
export function RoadsBlock(props: {
  state: RoadsState;
  queryKey: string;
  version: unknown;
  choice: string;
  lang: Lang;
}) {
  const { state, queryKey, version, choice, lang } = props;
  const w = areaRoadsText(lang);
  const current = state.status !== 'waiting' && state.key === queryKey ? state : null;
  // An answer for the coverage before (a plan edit, a date) stays on screen while the new one is measured.
  const computing = current === null || current.version !== version;
  const status = computing ? 'computing' : current.status;
  return (
    <section className="area-roads" data-testid="area-roads" data-status={status}>
      <h3>
        {w('areaRoads.title')}
        {current?.status === 'answered' && current.answer.sample && (
          <>
            {' '}
            <span className="sample-tag">{translator(lang)('sampleData')}</span>
          </>
        )}
      </h3>
      <p className="subtitle" data-testid="roads-choice">
        {choice}
      </p>
      {computing && (
        <p className="note" role="status">
          {w('areaRoads.computing')}
        </p>
      )}
      {current?.status === 'failed' && (
        <p className="note" role="alert">
          {w('areaRoads.error')}: {current.error[lang]}
        </p>
      )}
      {current?.status === 'answered' && (
        <>
          <RoadsTable answer={current.answer} lang={lang} />
          {current.answer.area === null && <small className="note">{w('areaRoads.noArea')}</small>}
          <small className="note">{w('areaRoads.note')}</small>
        </>
      )}
    </section>
  );
}

/** The road block of the selected area; nothing for a feature that is not an area, or without a session. */
export function AreaRoads({ selection }: { selection: Selection }) {
  const lang = useAppStore((s) => s.lang);
  const tech = useAppStore((s) => s.choroTech);
  const op = useAppStore((s) => s.choroOp);
  const coverageLevel = useAppStore((s) => s.coverageLevel);
  // New figures (a plan edit, a date, imports, parameters) ask again, but not while a candidate is dragged.
  const results = useAppStore((s) => s.analysis.results);
  const dragging = useAppStore((s) => s.planDragging !== null);
  const session = useSession();
  const level = placeLevelOf(selection.key);
  const id = level === null || selection.id === null ? null : String(selection.id);
  const area = level === null || id === null ? null : { level, id };
  const state = useAreaRoads(session?.areaRoads ?? null, area, { tech, op, coverageLevel }, results, dragging);
  if (area === null || session === null) return null;
  const t = translator(lang);
  const opName = op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op as Operator];
  const choice = `${tech} · ${opName} · ${t(`coverageLevel.${coverageLevel}`)}`;
  const key = roadsKey(area.level, area.id, tech, op, coverageLevel);
  return <RoadsBlock state={state} queryKey={key} version={results} choice={choice} lang={lang} />;
}
