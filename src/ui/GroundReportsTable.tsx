/**
 * The table of reports from the ground, sorted for follow-up (analysis/ground-reports.ts): per area of a level or
 * per H3 cell (reports, "modelled covered, reported none / weak", score), or report by report (day, what was found,
 * operator and technology, what the model says at the point, score). A row is a button: it selects the area, or
 * asks the report's point.
 */
import type { GroundAreaRow, GroundReportCheck } from '../analysis/ground-reports.js';
import type { GroundAreaLevel } from '../domain/ground-report.js';
import type { Lang } from '../domain/lang.js';
import type { LngLat } from '../domain/geo.js';
import { OPERATOR_NAMES } from '../domain/telecom.js';
import { translator } from './i18n.js';
import { formatDate, formatFigure } from './locale-format.js';
import { groundText } from './messages/ground.js';

/** What the table shows: one level's areas, or the reports one by one. */
export type GroundView = GroundAreaLevel | 'report';

/** Rows shown at most (the most conflicting first); the rest are counted below the table. */
export const GROUND_ROWS_SHOWN = 200;

type Props = {
  lang: Lang;
  view: GroundView;
  checks: readonly GroundReportCheck[];
  areas: Record<GroundAreaLevel, GroundAreaRow[]>;
  /** The name of an area, or null (an H3 cell, an unknown code): the id is shown. */
  nameOf: (level: GroundAreaLevel, id: string) => string | null;
  onSelectArea: (level: GroundAreaLevel, id: string) => void;
  onSelectPoint: (lngLat: LngLat, label: string) => void;
};

export function GroundReportsTable({ lang, view, checks, areas, nameOf, onSelectArea, onSelectPoint }: Props) {
  const g = groundText(lang);
  const n = (v: number) => formatFigure(v, lang, 0);
  if (view === 'report') {
    const rows = checks.slice(0, GROUND_ROWS_SHOWN);
    return (
      <>
        <table className="ground-table" data-testid="ground-table">
          <thead>
            <tr>
              <th scope="col">{g('ground.date')}</th>
              <th scope="col">{g('ground.kind')}</th>
              <th scope="col">{g('ground.operator')}</th>
              <th scope="col">{g('ground.modelled')}</th>
              <th scope="col">{g('ground.score')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const r = c.report;
              const depth = c.modelled.indoor ? 'indoor' : c.modelled.outdoor ? 'outdoor' : 'none';
              const op = r.operator === 'unknown' ? g('ground.operator.unknown') : OPERATOR_NAMES[r.operator];
              return (
                <tr
                  key={r.id}
                  className={c.conflict ? 'conflict' : undefined}
                  tabIndex={0}
                  onClick={() => onSelectPoint([r.lng, r.lat], r.note || r.id)}
                  onKeyDown={(e) => e.key === 'Enter' && onSelectPoint([r.lng, r.lat], r.note || r.id)}
                  data-testid="ground-row"
                >
                  <td>{formatDate(r.date, lang)}</td>
                  <td>{g(`ground.kind.${r.kind}`)}</td>
                  <td>
                    {op} {r.technology}
                  </td>
                  <td>{g(`ground.modelled.${depth}`)}</td>
                  <td className="num">{n(c.score)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {checks.length > rows.length && <p className="note">+ {n(checks.length - rows.length)}</p>}
      </>
    );
  }
  const t = translator(lang);
  const all = areas[view];
  const rows = all.slice(0, GROUND_ROWS_SHOWN);
  return (
    <>
      <table className="ground-table" data-testid="ground-table">
        <thead>
          <tr>
            <th scope="col">{t(`level.${view}`)}</th>
            <th scope="col">{g('ground.reports')}</th>
            <th scope="col">{g('ground.conflicts')}</th>
            <th scope="col">{g('ground.score')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr
              key={a.id}
              className={a.conflicts > 0 ? 'conflict' : undefined}
              tabIndex={0}
              onClick={() => onSelectArea(view, a.id)}
              onKeyDown={(e) => e.key === 'Enter' && onSelectArea(view, a.id)}
              data-testid="ground-row"
            >
              <td>{nameOf(view, a.id) ?? a.id}</td>
              <td className="num">{n(a.reports)}</td>
              <td
                className="num"
                title={`${n(a.conflictsNone)} ${g('ground.conflictsNone')}, ${n(a.conflictsWeak)} ${g('ground.conflictsWeak')}`}
              >
                {n(a.conflicts)}
              </td>
              <td className="num">{n(a.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {all.length > rows.length && <p className="note">+ {n(all.length - rows.length)}</p>}
    </>
  );
}
