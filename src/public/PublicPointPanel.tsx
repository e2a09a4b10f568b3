/**
 * "Có 5G ở đây không?" on the public map: a click anywhere on the map (or a `pt=lat,lng` link) asks the point; the
 * panel says whether 4G and 5G reach it, for any operator, outdoors and indoors (the page's chosen level is marked),
 * from the coverage tiles the public build writes per level (public-point-level.ts), says what it cannot tell here,
 * and gives the permanent link. The marker is drawn on the map.
 * "Báo sóng yếu / không có sóng ở đây" opens the report form for the point (PublicGroundReportForm.tsx); the
 * person's reports are drawn on the map as small circles under the marker (ground-report-layer.ts).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Lang } from '../domain/lang.js';
import type { PointLink } from '../domain/point-link.js';
import { TECHNOLOGIES } from '../domain/telecom.js';
import { errorMessage } from '../domain/errors.js';
import { translator } from '../ui/i18n.js';
import { formatPosition, pointLinkUrl } from '../ui/point-format.js';
import { pointMarkerData, POINT_LAYER, POINT_SOURCE } from '../map/point-layer.js';
import type { PublicPointCoverage } from './public-point.js';
import { publicCoverageAtLevel } from './public-point-level.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';

import { groundText } from '../ui/messages/ground.js';
import { pageGroundReportBook, type GroundReportBook } from './ground-report-book.js';
import { showGroundReports } from './ground-report-layer.js';
import { PublicGroundReportForm } from './PublicGroundReportForm.js';
import '../ui/PointPanel.css';

type Props = {
  /** The map, once drawn (null before): clicks on it ask a point, the point is marked on it. */
  map: MapLibreMap | null;
  /** URL of the data folder (ends with `/`). */
  dataUrl: string;
  lang: Lang;
  point: PointLink | null;
  onPoint: (point: PointLink | null) => void;
  /** The page's coverage level: its column is marked and names the table. */
  coverageLevel: CoverageLevel;
  /** The person's reports from the ground (the page's own, over localStorage, by default). */
  book?: GroundReportBook;
};

/** The point's answer at each level; a level whose tiles could not be read has its error instead. */
type LevelAnswers = Record<CoverageLevel, PublicPointCoverage | { error: string }>;

/** The error of a level's answer, or null when it has one. */
const errorOf = (a: LevelAnswers[CoverageLevel]): string | null => ('error' in a ? a.error : null);

/** The public map's point panel and marker; nothing while no point is asked. */
export function PublicPointPanel({
  map,
  dataUrl,
  lang,
  point,
  onPoint,
  coverageLevel,
  book = pageGroundReportBook(),
}: Props) {
  const [answer, setAnswer] = useState<{ key: string; levels: LevelAnswers }>();

  const t = translator(lang);
  const g = groundText(lang);
  const key = point ? point.lngLat.join(',') : '';
  // The report form is open for one point, and "saved" is said for one point: both close when the point changes.
  const [reporting, setReporting] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { reports } = useSyncExternalStore(book.subscribe, book.getSnapshot);

  useEffect(() => {
    if (map) showGroundReports(map, reports, POINT_LAYER);
  }, [map, reports]);

  useEffect(() => {
    if (!map) return;
    if (!map.getSource(POINT_SOURCE)) {
      map.addSource(POINT_SOURCE, { type: 'geojson', data: pointMarkerData({ point: null }) });
      map.addLayer({
        id: POINT_LAYER,
        type: 'circle',
        source: POINT_SOURCE,
        paint: {
          'circle-radius': 7,
          'circle-color': '#d7301f',
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2.5,
        },
      });
    }
    const onClick = (e: MapMouseEvent) => onPoint({ lngLat: [e.lngLat.lng, e.lngLat.lat], asOf: null });
    map.on('click', onClick);
    return () => void map.off('click', onClick);
  }, [map, onPoint]);

  useEffect(() => {
    const data = pointMarkerData({ point: point ? { lngLat: point.lngLat, from: 'map', label: null, seq: 0 } : null });
    (map?.getSource(POINT_SOURCE) as GeoJSONSource | undefined)?.setData(data);
  }, [map, point]);

  useEffect(() => {
    if (!point) return;
    let live = true;
    const at = (level: CoverageLevel) =>
      publicCoverageAtLevel(dataUrl, point.lngLat, level).catch((err: unknown) => ({ error: errorMessage(err) }));
    void Promise.all(COVERAGE_LEVELS.map(at)).then((answers) => {
      if (live)
        setAnswer({ key, levels: Object.fromEntries(COVERAGE_LEVELS.map((l, i) => [l, answers[i]!])) as never });
    });
    return () => {
      live = false;
    };
  }, [dataUrl, point, key]);

  if (!point) return null;
  const now = answer?.key === key ? answer : null;
  return (
    <section className="point-panel" data-testid="point-panel" aria-live="polite" aria-label={t('point.title')}>
      <button type="button" className="close" onClick={() => onPoint(null)} aria-label={t('close')}>
        ×
      </button>
      <h2>{t('point.title')}</h2>
      <p className="point-position" data-testid="point-position">
        {formatPosition(point.lngLat, lang)}
      </p>
      {now && errorOf(now.levels[coverageLevel]) && (
        <p className="point-error" role="alert" data-testid="point-error">
          {t('point.error')}: {errorOf(now.levels[coverageLevel])}
        </p>
      )}
      {!now && <p className="point-loading">{t('point.loading')}</p>}
      {now && !errorOf(now.levels[coverageLevel]) && (
        <table className="point-coverage" data-testid="point-coverage">
          <caption>{t(coverageLevel === 'indoor' ? 'pubLevel.pointIndoor' : 'pubLevel.pointOutdoor')}</caption>
          <thead>
            <tr>
              <td />
              {COVERAGE_LEVELS.map((l) => (
                <th key={l} scope="col" className={l === coverageLevel ? 'chosen' : undefined}>
                  {t(l === 'indoor' ? 'coverageLevel.indoor' : 'coverageLevel.outdoor')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TECHNOLOGIES.map((tech) => (
              <tr key={tech} data-testid={`point-row-${tech}`}>
                <th scope="row">{tech}</th>
                {COVERAGE_LEVELS.map((l) => {
                  const a = now.levels[l];
                  const yes = 'error' in a ? null : a[tech];
                  return (
                    <td
                      key={l}
                      data-level={l}
                      className={[yes === null ? '' : yes ? 'yes' : 'no', l === coverageLevel ? 'chosen' : '']
                        .filter(Boolean)
                        .join(' ')}
                    >
                      {yes === null ? '—' : t(yes ? 'point.yes' : 'point.no')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reporting === key ? (
        <PublicGroundReportForm
          lngLat={point.lngLat}
          lang={lang}
          book={book}
          onDone={(id) => {
            setReporting(null);
            setSaved(id === null ? null : key);
          }}
        />
      ) : (
        <button type="button" className="ground-open" onClick={() => setReporting(key)} data-testid="ground-open">
          {g('ground.report')}
        </button>
      )}
      {saved === key && (
        <p className="ground-message" role="status" data-testid="ground-saved">
          {g('ground.saved')}
        </p>
      )}
      <p className="note">{t('point.publicSource')}</p>
      <p className="sample-tag">{t('sampleData')}</p>
      <div className="point-link">
        <label>
          {t('point.link')}
          <input type="text" readOnly value={pointLinkUrl(location.href, point.lngLat)} data-testid="point-link" />
        </label>
      </div>
    </section>
  );
}
