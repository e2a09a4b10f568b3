/**
 * "Có 5G ở đây không?" on the public map: a click anywhere on the map, a search (coordinates, a street) or a
 * `pt=lat,lng` link asks the point; the panel answers per operator, technology and level (outdoors, indoors: the
 * page's chosen level is marked), with the nearest sites and the speeds measured around it (PublicPointAnswer.tsx),
 * from the files the public build writes (use-public-point.ts), says where the answer comes from, and gives the
 * permanent link. The marker is drawn on the map.
 * "Báo sóng yếu / không có sóng ở đây" opens the report form for the point (PublicGroundReportForm.tsx); the
 * person's reports are drawn on the map as small circles under the marker (ground-report-layer.ts).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Lang } from '../domain/lang.js';
import type { PointLink } from '../domain/point-link.js';
import { translator } from '../ui/i18n.js';
import { formatPosition, pointLinkUrl } from '../ui/point-format.js';
import { pointMarkerData, POINT_LAYER, POINT_SOURCE } from '../map/point-layer.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { usePublicPoint } from './use-public-point.js';
import { PublicPointAnswer } from './PublicPointAnswer.js';

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
  point: AskedPoint | null;
  onPoint: (point: AskedPoint | null) => void;
  /** The page's coverage level: its columns are marked. */
  coverageLevel: CoverageLevel;
  /** The person's reports from the ground (the page's own, over localStorage, by default). */
  book?: GroundReportBook;
};

/** A point asked, with what found it (a street's name; null or absent: a click, a link, coordinates). */
export type AskedPoint = PointLink & { label?: string | null };

/** The error of the chosen level's answer (any operator), or null. */
const errorOf = (a: { error: string } | object | undefined): string | null => (a && 'error' in a ? a.error : null);

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
  const now = usePublicPoint(dataUrl, point?.lngLat ?? null);

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

  if (!point) return null;
  return (
    <section className="point-panel" data-testid="point-panel" aria-live="polite" aria-label={t('point.title')}>
      <button type="button" className="close" onClick={() => onPoint(null)} aria-label={t('close')}>
        ×
      </button>
      <h2>{t('point.title')}</h2>
      <p className="point-position" data-testid="point-position">
        {formatPosition(point.lngLat, lang)}
      </p>
      {point.label && <p className="note">{point.label}</p>}
      {errorOf(now?.levels?.[coverageLevel]) && (
        <p className="point-error" role="alert" data-testid="point-error">
          {t('point.error')}: {errorOf(now?.levels?.[coverageLevel])}
        </p>
      )}
      {now ? (
        <PublicPointAnswer state={now} lang={lang} coverageLevel={coverageLevel} />
      ) : (
        <p className="point-loading">{t('point.loading')}</p>
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
