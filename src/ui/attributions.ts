/** Licences of the data sources that every build ships, shown even before the manifest loads. */
export const DATA_ATTRIBUTIONS: readonly { name: string; licence: string }[] = [
  {
    name: '© OpenStreetMap contributors — roads, hospitals, bus stops, city boundary, zone positions',
    licence: 'ODbL 1.0',
  },
  {
    name: 'dvhcvn (daohoangson): 30 districts 2019 (geometry from gis.chinhphu.vn), GSO code lists',
    licence: 'GPL-3.0',
  },
  { name: 'vietnamese-provinces-database (thanglequoc): 126 units since 2025-07-01', licence: 'MIT' },
  { name: 'vietnam63 (choisy): 584 wards 2019, low resolution', licence: 'MIT' },
  { name: 'dvhcvn/20250701: ward mapping 2025', licence: 'MIT' },
  { name: 'GSO, Population and Housing Census 2019 (via hgscarlette/vn-demographic)', licence: 'GSO' },
  { name: 'Wikipedia-derived zone positions', licence: 'CC BY-SA' },
  { name: 'Noto Sans (label glyphs)', licence: 'SIL OFL 1.1' },
  { name: 'MapLibre GL JS', licence: 'BSD-3-Clause' },
  { name: 'H3 hexagonal grid (h3-js, Uber): grid levels', licence: 'Apache-2.0' },
  { name: 'Clipper2 (clipper2-ts): polygon clipping', licence: 'BSL-1.0' },
  { name: 'GeographicLib (geographiclib-geodesic): geodesics', licence: 'MIT' },
  { name: 'proj4js: VN-2000 coordinates of imported files', licence: 'MIT' },
];
