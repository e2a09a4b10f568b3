/**
 * "Có 5G ở đây không?": the answer at the point asked (a click on the map, a search, a `pt=` link): per operator,
 * technology and coverage level, covered or not; the nearest sites and their geodesic distances; the speeds
 * measured within 500 m over twelve months; and a permanent link. Reads the store only; the session asks the
 * worker. Covered or not is written out ("Có" / "Không"), never told by colour alone.
 */
import { useState } from 'react';
import { useActions, useAppStore } from '../state/use-app-store.js';
import { translator, type MessageKey } from './i18n.js';
import type { Lang } from '../domain/lang.js';
import type { PointAnswer } from '../worker/point-handler.js';
import type { SearchEntry } from '../domain/places.js';
import { formatPosition, pointLinkUrl } from './point-format.js';
import { NearestSites, PointCoverageTable, PointSpeedsBlock } from './point-blocks.js';
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
  return (
    <>
      {place && (
        <p className="point-in">
          {t('point.in')}: {lang === 'en' ? place.nameEn : place.fullName}
        </p>
      )}
      {answer.sample && <p className="sample-tag">{t('sampleData')}</p>}
      <PointCoverageTable lang={lang} covered={(op, tech, level) => answer.covered[tech][level][op]} />
      <p className="note">{t('point.modelNote')}</p>
      <NearestSites lang={lang} nearest={answer.nearest} nearest5g={answer.nearestByOperator['5G']} />
      <PointSpeedsBlock
        lang={lang}
        radiusM={answer.speeds.radiusM}
        until={answer.speeds.window?.until ?? null}
        minTests={answer.speeds.any['4G'].minTests}
        figures={answer.speeds.any}
      />
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
