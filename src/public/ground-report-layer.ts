/**
 * The person's reports from the ground drawn on the public map as small circles: purple for no signal, orange for
 * a weak one (ColorBrewer PuOr ends, apart from the red point marker and the choropleth's yellow-to-indigo ramp).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GroundReport, GroundReportKind } from '../domain/ground-report.js';

export const GROUND_SOURCE = 'ground-reports';
export const GROUND_LAYER = 'ground-reports-circle';

/** Fill colour of a report's circle by what the person found. */
export const GROUND_COLORS: Readonly<Record<GroundReportKind, string>> = { none: '#542788', weak: '#e08214' };

/** The reports as GeoJSON Points `[lng, lat]` with their id and kind. */
export function groundReportMarkers(
  reports: readonly GroundReport[],
): FeatureCollection<Point, { id: string; kind: GroundReportKind }> {
  return {
    type: 'FeatureCollection',
    features: reports.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.lng, r.lat] },
      properties: { id: r.id, kind: r.kind },
    })),
  };
}

/** Draws `reports` on the map (adding the source and layer on first use, under `beforeId` when given). */
export function showGroundReports(map: MapLibreMap, reports: readonly GroundReport[], beforeId?: string): void {
  const data = groundReportMarkers(reports);
  const source = map.getSource(GROUND_SOURCE) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  map.addSource(GROUND_SOURCE, { type: 'geojson', data });
  map.addLayer(
    {
      id: GROUND_LAYER,
      type: 'circle',
      source: GROUND_SOURCE,
      paint: {
        'circle-radius': 5,
        'circle-color': ['match', ['get', 'kind'], 'none', GROUND_COLORS.none, GROUND_COLORS.weak],
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
      },
    },
    beforeId !== undefined && map.getLayer(beforeId) ? beforeId : undefined,
  );
}
