/**
 * "Có 5G ở đây không?": the answer at the point asked (a click on the map, a search, a `pt=` link): per operator,
 * technology and coverage level, covered or not; the nearest sites and their geodesic distances; the speeds
 * measured within 500 m over twelve months; and a permanent link. Reads the store only; the session asks the
 * worker. Covered or not is written out ("Có" / "Không"), never told by colour alone.
 */
import { useState } from 'react';
import { useActions, useAppStore } from '../state/use-app-store.js';
import { translator, type MessageKey } from './i18n.js';
import { OPERATOR_NAMES, OPERATORS, TECHNOLOGIES } from '../domain/telecom.js';
import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import type { Lang } from '../domain/lang.js';
import type { PointAnswer } from '../worker/point-handler.js';
import type { SearchEntry } from '../domain/places.js';
import { formatDate, formatFigure } from './locale-format.js';
import { formatDistance, formatPosition, pointLinkUrl } from './point-format.js';
import './PointPanel.css';

type T = (key: MessageKey) => string;

/** The point panel; nothing while no point is asked. */
export function PointPanel() {
  const lang = useAppStore((s) => s.lang);
  const point = useAppStore((s) => s.point);
  const answer = useAppStore((s) => s.pointAnswer);
  const error = useAppStore((s) => s.pointError);
  const places = useAppStore((s) => s.places);
  const { pointCleared } = useActions();
  const t = translator(lang);
  if (!point) return null;
  return (
    <section className="point-panel" data-testid="point-panel" aria-live="polite" aria-label={t('point.title')}>
      <button type="button" className="close" onClick={pointCleared} aria-label={t('close')}>
        ×
      </button>
      <h2>{t('point.title')}</h2>
      <p className="point-position" data-testid="point-position">
        {formatPosition(point.lngLat, lang)}
        {point.label !== null && <small className="note">{point.label}</small>}
      </p>
      {error && (
        <p className="point-error" role="alert" data-testid="point-error">
          {t('point.error')}: {error[lang]}
        </p>
      )}
      {!error && !answer && <p className="point-loading">{t('point.loading')}</p>}
      {answer && <PointAnswerView answer={answer} places={places} lang={lang} t={t} />}
      <PointLink lngLat={point.lngLat} t={t} />
    </section>
  );
}

function PointAnswerView({
  answer,
  places,
  lang,
  t,
}: {
  answer: PointAnswer;
  places: readonly SearchEntry[];
  lang: Lang;
  t: T;
}) {
  const unit = answer.areas.find((a) => a.level === 'unit2025');
  const place = unit && places.find((p) => p.level === 'unit2025' && p.id === unit.id);
  const yesNo = (v: boolean, key: string) => (
    <td key={key} className={v ? 'yes' : 'no'}>
      {t(v ? 'point.yes' : 'point.no')}
    </td>
  );
  return (
    <>
      {place && (
        <p className="point-in">
          {t('point.in')}: {lang === 'en' ? place.nameEn : place.fullName}
        </p>
      )}
      {answer.sample && <p className="sample-tag">{t('sampleData')}</p>}
      <table className="point-coverage" data-testid="point-coverage">
        <caption>{t('point.coverage')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('point.operator')}</th>
            {TECHNOLOGIES.flatMap((tech) =>
              COVERAGE_LEVELS.map((level) => (
                <th scope="col" key={`${tech}-${level}`}>
                  {tech} {t(`coverageLevel.${level}`)}
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
                COVERAGE_LEVELS.map((level) => yesNo(answer.covered[tech][level][op], `${tech}-${level}`)),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('point.modelNote')}</p>
      <h3>{t('point.nearest')}</h3>
      <ul className="point-nearest" data-testid="point-nearest">
        {answer.nearest.map((s) => (
          <li key={s.id}>
            {OPERATOR_NAMES[s.operator]} · {s.technologies.join(', ')} · {formatDistance(s.distanceM, lang)}
          </li>
        ))}
        {answer.nearest.length === 0 && <li>{t('point.none')}</li>}
      </ul>
      <h3>{t('point.nearest5g')}</h3>
      <dl className="point-nearest-op">
        {OPERATORS.map((op) => {
          const s = answer.nearestByOperator['5G'][op];
          return (
            <div key={op} className="row">
              <dt>{OPERATOR_NAMES[op]}</dt>
              <dd>{s ? formatDistance(s.distanceM, lang) : t('point.none')}</dd>
            </div>
          );
        })}
      </dl>
      <PointSpeeds answer={answer} lang={lang} t={t} />
    </>
  );
}

function PointSpeeds({ answer, lang, t }: { answer: PointAnswer; lang: Lang; t: T }) {
  const s = answer.speeds;
  const measured = TECHNOLOGIES.filter((tech) => s.any[tech].count > 0);
  return (
    <>
      <h3>{t('point.speeds')}</h3>
      <p className="note">
        {t('point.speedsWithin')} {formatFigure(s.radiusM, lang, 0)} m, {t('point.speedsMonths')}
        {s.window && ` (${formatDate(s.window.until, lang)})`}
      </p>
      {measured.length === 0 && <p data-testid="point-no-speeds">{t('point.noSpeeds')}</p>}
      <dl className="point-speeds" data-testid="point-speeds">
        {measured.map((tech) => {
          const f = s.any[tech];
          const tests = `${formatFigure(f.count, lang, 0)} ${t('point.tests')}`;
          return (
            <div key={tech} className="row">
              <dt>{tech}</dt>
              <dd>
                {f.meanMbps === null
                  ? `${tests}: ${t('point.tooFew')} ${f.minTests})`
                  : `${formatFigure(f.meanMbps, lang)} Mbit/s ${t('point.download')} (${tests})`}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

function PointLink({ lngLat, t }: { lngLat: readonly [number, number]; t: T }) {
  const [copied, setCopied] = useState(false);
  const url = pointLinkUrl(location.href, lngLat);
  return (
    <div className="point-link">
      <label>
        {t('point.link')}
        <input type="text" readOnly value={url} data-testid="point-link" onFocus={(e) => e.target.select()} />
      </label>
      <button
        type="button"
        onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
        data-testid="point-copy"
      >
        {copied ? t('point.copied') : t('point.copy')}
      </button>
    </div>
  );
}
