/** The searchable places: areas of both layouts and the priority zones, from the loaded layers. */
import type { FeatureCollection } from 'geojson';
import type { LayerKey } from '../domain/layers.js';
import type { SearchEntry } from '../domain/places.js';

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
