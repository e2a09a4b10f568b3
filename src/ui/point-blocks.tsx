/**
 * The parts of the answer at a point ("Có 5G ở đây không?") that the planner's panel (PointPanel.tsx) and the public
 * map's (public/PublicPointAnswer.tsx) show alike: the coverage table per operator, technology and level, the
 * nearest sites with their distances, and the speeds measured around the point. Each map gets its figures its own
 * way (the worker's engine; the files of the public build); how they read is one thing. Covered or not is written
 * out ("Có" / "Không"), never told by colour alone.
 */
import { translator } from './i18n.js';
import { formatDate, formatFigure } from './locale-format.js';
import { formatDistance } from './point-format.js';
import { OPERATOR_NAMES, OPERATORS, TECHNOLOGIES, type Operator, type Technology } from '../domain/telecom.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import type { Lang } from '../domain/lang.js';

/** Covered or not (null: not known, or not yet) for a row (any operator, or one) at a technology and level. */
export type CoveredAt = (op: 'any' | Operator, tech: Technology, level: CoverageLevel) => boolean | null;

/** The coverage table: any operator, then each; a column per technology and level, `chosen` marked. */
export function PointCoverageTable({
  lang,
  covered,
  chosen = null,
}: {
  lang: Lang;
  covered: CoveredAt;
  chosen?: CoverageLevel | null;
}) {
  const t = translator(lang);
  const mark = (l: CoverageLevel) => (l === chosen ? 'chosen' : '');
  return (
    <div className="point-coverage-box">
      <table className="point-coverage" data-testid="point-coverage">
        <caption>{t('point.coverage')}</caption>
        {/* The technology over its levels, as in the area panel: narrow columns, headers of one or two lines. */}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('point.operator')}
            </th>
            {TECHNOLOGIES.map((tech) => (
              <th scope="colgroup" colSpan={COVERAGE_LEVELS.length} key={tech} className="tech">
                {tech}
              </th>
            ))}
          </tr>
          <tr>
            {TECHNOLOGIES.flatMap((tech) =>
              COVERAGE_LEVELS.map((l) => (
                <th scope="col" key={`${tech}-${l}`} data-tech={tech} className={mark(l) || undefined}>
                  {t(`coverageLevel.${l}`)}
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
                  const yes = covered(op, tech, l);
                  const cls = [yes === null ? '' : yes ? 'yes' : 'no', mark(l)].join(' ').trim();
                  return (
                    <td key={`${tech}-${l}`} data-tech={tech} data-level={l} className={cls || undefined}>
                      {yes === null ? '—' : t(yes ? 'point.yes' : 'point.no')}
                    </td>
                  );
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A site near the point: who runs it, what it carries, how far it is (metres on the ellipsoid). */
export type NearSite = { id: string; operator: Operator; technologies: readonly string[]; distanceM: number };

/** The nearest sites, then each operator's nearest 5G site (null: none). */
export function NearestSites({
  lang,
  nearest,
  nearest5g,
}: {
  lang: Lang;
  nearest: readonly NearSite[];
  nearest5g: Readonly<Record<Operator, { distanceM: number } | null>>;
}) {
  const t = translator(lang);
  return (
    <>
      <h3>{t('point.nearest')}</h3>
      <ul className="point-nearest" data-testid="point-nearest">
        {nearest.map((s) => (
          <li key={s.id}>
            {OPERATOR_NAMES[s.operator]} · {s.technologies.join(', ')} · {formatDistance(s.distanceM, lang)}
          </li>
        ))}
        {nearest.length === 0 && <li>{t('point.none')}</li>}
      </ul>
      <h3>{t('point.nearest5g')}</h3>
      <dl className="point-nearest-op" data-testid="point-nearest-5g">
        {OPERATORS.map((op) => {
          const s = nearest5g[op];
          return (
            <div key={op} className="row">
              <dt>{OPERATOR_NAMES[op]}</dt>
              <dd>{s ? formatDistance(s.distanceM, lang) : t('point.none')}</dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

/** Speeds of one technology around the point: how many tests, and their mean download (null: too few), Mbit/s. */
export type SpeedFigure = { count: number; meanMbps: number | null };

/**
 * The speeds measured within `radiusM` metres over the twelve months up to `until` (ISO day; null when unknown),
 * per technology with tests; a mean needs `minTests` tests.
 */
export function PointSpeedsBlock({
  lang,
  radiusM,
  until,
  minTests,
  figures,
}: {
  lang: Lang;
  radiusM: number;
  until: string | null;
  minTests: number;
  figures: Readonly<Record<Technology, SpeedFigure>>;
}) {
  const t = translator(lang);
  const measured = TECHNOLOGIES.filter((tech) => figures[tech].count > 0);
  return (
    <>
      <h3>{t('point.speeds')}</h3>
      <p className="note">
        {t('point.speedsWithin')} {formatFigure(radiusM, lang, 0)} m, {t('point.speedsMonths')}
        {until && ` ${t('point.speedsUntil')} ${formatDate(until, lang)}`}
      </p>
      {measured.length === 0 && <p data-testid="point-no-speeds">{t('point.noSpeeds')}</p>}
      <dl className="point-speeds" data-testid="point-speeds">
        {measured.map((tech) => {
          const f = figures[tech];
          const tests = `${formatFigure(f.count, lang, 0)} ${t('point.tests')}`;
          return (
            <div key={tech} className="row">
              <dt>{tech}</dt>
              <dd>
                {f.meanMbps === null
                  ? `${tests}: ${t('point.tooFew')} ${minTests})`
                  : `${formatFigure(f.meanMbps, lang)} Mbit/s ${t('point.download')} (${tests})`}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
