/** The searchable places: areas of both layouts and the priority zones, from the loaded layers. */
import type { Feature, FeatureCollection } from 'geojson';
import { PLACE_LAYER, type LayerKey } from '../domain/layers.js';
import type { PlaceLevel, SearchEntry } from '../domain/places.js';
import { isGridLevel } from '../domain/grid.js';
import type { AppState } from '../state/store.js';
import type { DataLayers } from './data-layers.js';

/** The searchable places: areas of both layouts and the priority zones. */
export function placesOf(layer: (key: LayerKey) => FeatureCollection | undefined): SearchEntry[] {
  const props = (key: LayerKey) =>
    (layer(key)?.features ?? []).map((f) => (f.properties ?? {}) as Record<string, string>);
  const districtName = new Map(props('districts2019').map((p) => [p.code, p.fullName]));
  const area = (key: LayerKey, level: SearchEntry['level']) =>
    props(key).map((p): SearchEntry => ({
      level,
      id: p.code!,
      name: p.name!,
      nameEn: p.nameEn!,
      fullName: p.fullName!,
      context: level === 'ward2019' ? (districtName.get(p.districtCode!) ?? null) : null,
    }));
  return [
    ...area('units2025', 'unit2025'),
    ...area('districts2019', 'district2019'),
    ...area('wards2019', 'ward2019'),
    ...props('zones').map((p): SearchEntry => ({
      level: 'zone',
      id: p.id!,
      name: p.name!,
      nameEn: p.nameEn!,
      fullName: p.name!,
      context: p.category ?? null,
    })),
  ];
}

/** Selects an area or zone as a click would (a grid level loaded first); its feature, or null (none such). */
export async function selectPlace(
  layers: DataLayers,
  state: () => AppState,
  level: PlaceLevel,
  id: string,
): Promise<Feature | null> {
  const key = PLACE_LAYER[level];
  if (!layers.has(key)) await layers.ensure(key);
  const f = layers.find(key, id);
  const s = state();
  if (!f) {
    if (isGridLevel(level))
      s.warningsAdded([
        {
          severity: 'warning',
          rule: 'grid-cell-unknown',
          file: 'map',
          index: null,
          key: id,
          message: `${id}: ${s.lang === 'vi' ? 'ô lưới H3 không thuộc Hà Nội' : 'H3 cell is not part of Hà Nội'}`,
        },
      ]);
    return null;
  }
  if (level !== 'zone' && !s.visible[key]) s.layerShown(key);
  s.featureSelected({ key, id, props: { ...(f.properties ?? {}) } });
  return f;
}
