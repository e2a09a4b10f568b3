/**
 * The public map's answer at a point, as the planner's panel shows it (ui/PointPanel.tsx): covered or not per
 * operator (any operator first), technology and coverage level (the page's chosen level marked), the nearest sites
 * with their distances, each operator's nearest 5G site, and the speeds measured within the radius over twelve
 * months with their count; sample data said so. Covered or not is written out, never told by colour alone.
 */
import { translator } from '../ui/i18n.js';
import { partText } from '../ui/messages/part.js';
import { POINT_PUBLIC_MESSAGES } from '../ui/messages/point-public.js';
import { formatDate, formatFigure } from '../ui/locale-format.js';
import { formatDistance } from '../ui/point-format.js';
import { OPERATOR_NAMES, OPERATORS, TECHNOLOGIES, type Operator, type Technology } from '../domain/telecom.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import type { Lang } from '../domain/lang.js';
import type { PublicPointDetails } from './public-point-details.js';
import type { PublicPointState } from './use-public-point.js';

type Props = { state: PublicPointState; lang: Lang; coverageLevel: CoverageLevel };

/** The coverage table, then the sites and speeds once read (or why they could not be). */
export function PublicPointAnswer({ state, lang, coverageLevel }: Props) {
  const t = translator(lang);
  const p = partText(POINT_PUBLIC_MESSAGES, lang);
  const details = state.details && 'error' in state.details ? null : state.details;
  /** Covered or not (null: not known, or not yet) of a row at a technology and level. */
  const answer = (op: 'any' | Operator, tech: Technology, level: CoverageLevel): boolean | null => {
    if (op !== 'any') return details?.covered[tech][level][op] ?? null;
    const a = state.levels?.[level];
    return !a || 'error' in a ? null : a[tech];
  };
  return (
    <>
      <table className="point-coverage" data-testid="point-coverage">
        <caption>{t('point.coverage')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('point.operator')}</th>
            {TECHNOLOGIES.flatMap((tech) =>
              COVERAGE_LEVELS.map((l) => (
                <th scope="col" key={tech + l} className={l === coverageLevel ? 'chosen' : undefined}>
                  {tech} {t(`coverageLevel.${l}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {(['any', ...OPERATORS] as const).map((op) => (
            <tr key={op} data-testid={`point-row-${op}`}>
              <th scope="row">{op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op]}</th>
              {TECHNOLOGIES.flatMap((tech) =>
                COVERAGE_LEVELS.map((l) => {
                  const yes = answer(op, tech, l);
                  const cls = [yes === null ? '' : yes ? 'yes' : 'no', l === coverageLevel ? 'chosen' : ''];
                  return (
                    <td key={tech + l} data-tech={tech} data-level={l} className={cls.join(' ').trim() || undefined}>
                      {yes === null ? '—' : t(yes ? 'point.yes' : 'point.no')}
                    </td>
                  );
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {state.details && 'error' in state.details && (
        <p className="point-error" role="alert" data-testid="point-details-error">
          {p('pointPublic.detailsError')}: {state.details.error}
        </p>
      )}
      {!state.details && <p className="point-loading">{t('point.loading')}</p>}
      {details && <SitesAndSpeeds details={details} lang={lang} />}
    </>
  );
}

function SitesAndSpeeds({ details, lang }: { details: PublicPointDetails; lang: Lang }) {
  const t = translator(lang);
  const { meta, speeds } = details;
  const measured = TECHNOLOGIES.filter((tech) => speeds[tech].count > 0);
  const site = (s: PublicPointDetails['nearest'][number] | null) =>
    s ? formatDistance(s.distanceM, lang) : t('point.none');
  return (
    <>
      {(meta.sampleSites || meta.sampleSpeeds) && (
        <p className="sample-tag" data-testid="point-sample">
          {partText(POINT_PUBLIC_MESSAGES, lang)('pointPublic.sample')}
        </p>
      )}
      <h3>{t('point.nearest')}</h3>
      <ul className="point-nearest" data-testid="point-nearest">
        {details.nearest.map((s) => (
          <li key={s.id}>
            {OPERATOR_NAMES[s.operator]} · {s.technologies.join(', ')} · {site(s)}
          </li>
        ))}
        {details.nearest.length === 0 && <li>{t('point.none')}</li>}
      </ul>
      <h3>{t('point.nearest5g')}</h3>
      <dl className="point-nearest-op" data-testid="point-nearest-5g">
        {OPERATORS.map((op) => (
          <div key={op} className="row">
            <dt>{OPERATOR_NAMES[op]}</dt>
            <dd>{site(details.nearest5g[op])}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('point.speeds')}</h3>
      <p className="note">
        {t('point.speedsWithin')} {formatFigure(meta.radiusM, lang, 0)} m, {t('point.speedsMonths')}
        {meta.window && ` (${formatDate(meta.window.until, lang)})`}
      </p>
      {measured.length === 0 && <p data-testid="point-no-speeds">{t('point.noSpeeds')}</p>}
      <dl className="point-speeds" data-testid="point-speeds">
        {measured.map((tech) => {
          const f = speeds[tech];
          const tests = `${formatFigure(f.count, lang, 0)} ${t('point.tests')}`;
          return (
            <div key={tech} className="row">
              <dt>{tech}</dt>
              <dd>
                {f.meanMbps === null
                  ? `${tests}: ${t('point.tooFew')} ${meta.minTests})`
                  : `${formatFigure(f.meanMbps, lang)} Mbit/s ${t('point.download')} (${tests})`}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
