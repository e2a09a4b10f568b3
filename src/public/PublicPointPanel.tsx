/**
 * "Có 5G ở đây không?" on the public map: a click anywhere on the map (or a `pt=lat,lng` link) asks the point; the
 * panel says whether 4G and 5G reach it, for any operator and outdoors, from the coverage the page draws
 * (public-point.ts), says what it cannot tell here, and gives the permanent link. The marker is drawn on the map.
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
import { publicCoverageAt, type PublicPointCoverage } from './public-point.js';
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
  /** The person's reports from the ground (the page's own, over localStorage, by default). */
  book?: GroundReportBook;
};

/** The public map's point panel and marker; nothing while no point is asked. */
export function PublicPointPanel({ map, dataUrl, lang, point, onPoint, book = pageGroundReportBook() }: Props) {
  const [answer, setAnswer] = useState<{ key: string; coverage: PublicPointCoverage | null; error: string | null }>();
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
    publicCoverageAt(dataUrl, point.lngLat).then(
      (coverage) => live && setAnswer({ key, coverage, error: null }),
      (err: unknown) => live && setAnswer({ key, coverage: null, error: errorMessage(err) }),
    );
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
      {now?.error && (
        <p className="point-error" role="alert" data-testid="point-error">
          {t('point.error')}: {now.error}
        </p>
      )}
      {!now && <p className="point-loading">{t('point.loading')}</p>}
      {now?.coverage && (
        <table className="point-coverage" data-testid="point-coverage">
          <caption>{t('point.anyOperatorOutdoor')}</caption>
          <tbody>
            {TECHNOLOGIES.map((tech) => (
              <tr key={tech} data-testid={`point-row-${tech}`}>
                <th scope="row">{tech}</th>
                <td className={now.coverage![tech] ? 'yes' : 'no'}>
                  {t(now.coverage![tech] ? 'point.yes' : 'point.no')}
                </td>
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
