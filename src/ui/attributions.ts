/**
 * The sources and licences shown to readers, in both interface languages: the data and software every build ships
 * (listed even before the manifest loads), and the Vietnamese text of each manifest layer's name, source, licence
 * and vintage. Licence names (ODbL 1.0, GPL-3.0, MIT…) are never translated.
 */
import type { Lang } from '../domain/lang.js';
import type { ManifestLayer } from '../domain/report.js';
import { formatDate } from './locale-format.js';
import { translator, type MessageKey } from './i18n.js';

/** One text in both interface languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** One shipped source: what it gives, in both languages, and its licence name (the same in both). */
export type DataAttribution = { name: Bilingual; licence: string };

const OSM_VI = '© Những người đóng góp OpenStreetMap (OpenStreetMap contributors)';
const OSM_VI_SHORT = '© những người đóng góp OpenStreetMap';
const CENSUS_VI = 'Tổng điều tra dân số và nhà ở 2019 của TCTK (GSO)';

/** Licences of the data sources and software that every build ships, shown even before the manifest loads. */
export const DATA_ATTRIBUTIONS: readonly DataAttribution[] = [
  {
    name: {
      vi: `${OSM_VI} — đường phố, bệnh viện, điểm dừng xe buýt, ranh giới thành phố, vị trí khu vực ưu tiên`,
      en: '© OpenStreetMap contributors — roads, hospitals, bus stops, city boundary, zone positions',
    },
    licence: 'ODbL 1.0',
  },
  {
    name: {
      vi: 'dvhcvn (daohoangson): 30 quận, huyện năm 2019 (hình học từ gis.chinhphu.vn), danh mục mã hành chính của TCTK (GSO)',
      en: 'dvhcvn (daohoangson): 30 districts 2019 (geometry from gis.chinhphu.vn), GSO code lists',
    },
    licence: 'GPL-3.0',
  },
  {
    name: {
      vi: 'vietnamese-provinces-database (thanglequoc): 126 xã, phường từ 01/07/2025',
      en: 'vietnamese-provinces-database (thanglequoc): 126 units since 2025-07-01',
    },
    licence: 'MIT',
  },
  {
    name: {
      vi: 'vietnam63 (choisy): 584 xã, phường năm 2019, độ phân giải thấp',
      en: 'vietnam63 (choisy): 584 wards 2019, low resolution',
    },
    licence: 'MIT',
  },
  {
    name: { vi: 'dvhcvn/20250701: bảng chuyển đổi xã, phường 2025', en: 'dvhcvn/20250701: ward mapping 2025' },
    licence: 'MIT',
  },
  {
    name: {
      vi: `Tổng cục Thống kê (TCTK, GSO), Tổng điều tra dân số và nhà ở 2019 (qua hgscarlette/vn-demographic)`,
      en: 'GSO, Population and Housing Census 2019 (via hgscarlette/vn-demographic)',
    },
    licence: 'GSO',
  },
  {
    name: { vi: 'Vị trí khu vực ưu tiên lấy từ Wikipedia', en: 'Wikipedia-derived zone positions' },
    licence: 'CC BY-SA',
  },
  { name: { vi: 'Noto Sans (phông chữ nhãn bản đồ)', en: 'Noto Sans (label glyphs)' }, licence: 'SIL OFL 1.1' },
  { name: { vi: 'MapLibre GL JS (thư viện vẽ bản đồ)', en: 'MapLibre GL JS' }, licence: 'BSD-3-Clause' },
  {
    name: {
      vi: 'Lưới lục giác H3 (h3-js, Uber): các cấp lưới',
      en: 'H3 hexagonal grid (h3-js, Uber): grid levels',
    },
    licence: 'Apache-2.0',
  },
  {
    name: { vi: 'Clipper2 (clipper2-ts): cắt đa giác', en: 'Clipper2 (clipper2-ts): polygon clipping' },
    licence: 'BSL-1.0',
  },
  {
    name: {
      vi: 'earcut (Mapbox): chia mảnh diện tích thành tam giác',
      en: 'earcut (Mapbox): triangles of the area pieces',
    },
    licence: 'ISC',
  },
  {
    name: {
      vi: 'GeographicLib (geographiclib-geodesic): tính đường trắc địa',
      en: 'GeographicLib (geographiclib-geodesic): geodesics',
    },
    licence: 'MIT',
  },
  {
    name: {
      vi: 'proj4js: tọa độ VN-2000 của tệp được nạp',
      en: 'proj4js: VN-2000 coordinates of imported files',
    },
    licence: 'MIT',
  },
];

/** The interface's layer names (i18n keys) of the manifest's layer ids; the city boundary has its own text. */
const LAYER_NAMES: Readonly<Record<string, MessageKey | Bilingual>> = {
  'units-2025': 'layer.units2025',
  'districts-2019': 'layer.districts2019',
  'wards-2019': 'layer.wards2019',
  city: { vi: 'Ranh giới thành phố', en: 'City boundary' },
  zones: 'layer.zones',
  'bus-stops': 'layer.busStops',
  roads: 'layer.roads',
  sites: 'layer.sites',
  cables: 'layer.cables',
  'speed-tests': 'layer.speedTests',
  'grid-h3r8': 'layer.grid8',
  'grid-h3r9': 'layer.grid9',
  environment: 'layer.environment',
};

/** A manifest layer's name in the interface language; an unknown layer id is shown as it is. */
export function layerName(id: string, lang: Lang): string {
  const name = LAYER_NAMES[id];
  if (name === undefined) return id;
  return typeof name === 'string' ? translator(lang)(name) : name[lang];
}

const H3_VI = (r: number) =>
  `Lưới lục giác H3, độ phân giải ${r} (h3-js, Uber): các ô chạm tới các xã, phường năm 2025`;
const H3_EN = (r: number) => `H3 hexagon grid, resolution ${r} (h3-js, Uber): the cells reaching into the 2025 units`;
const H3_LICENCE: Bilingual = { vi: 'Apache-2.0 (H3); MIT (xã, phường 2025)', en: 'Apache-2.0 (H3); MIT (2025 units)' };
const SAMPLE_LICENCE: Bilingual = { vi: 'dữ liệu mẫu, MIT', en: 'sample data, MIT' };

/**
 * The source and licence texts of the manifest's layers (written in English by the pipeline from
 * `data/sources.json`) with their Vietnamese. `en` is the manifest's text as it stands: a layer whose text has
 * changed since is shown as the manifest has it, and a unit test compares every `en` with `data/sources.json`.
 */
export const LAYER_TEXTS: Readonly<Record<string, { source: Bilingual; licence: Bilingual }>> = {
  'units-2025': {
    source: {
      vi: `vietnamese-provinces-database (thanglequoc), theo bản đồ tham chiếu chính thức sapnhap.bando.com.vn; dân số: ${CENSUS_VI}, nội suy theo diện tích`,
      en: 'vietnamese-provinces-database (thanglequoc), from the official reference map sapnhap.bando.com.vn; population: GSO Population and Housing Census 2019, interpolated by area',
    },
    licence: { vi: 'MIT; điều tra dân số: GSO', en: 'MIT; census: GSO' },
  },
  'districts-2019': {
    source: {
      vi: `dvhcvn (daohoangson), hình học từ gis.chinhphu.vn; dân số: ${CENSUS_VI}`,
      en: 'dvhcvn (daohoangson), geometry from gis.chinhphu.vn; population: GSO Population and Housing Census 2019',
    },
    licence: { vi: 'GPL-3.0; điều tra dân số: GSO', en: 'GPL-3.0; census: GSO' },
  },
  'wards-2019': {
    source: {
      vi: `vietnam63 (choisy), độ phân giải thấp; dân số: ${CENSUS_VI}; mã hành chính: dvhcvn`,
      en: 'vietnam63 (choisy), low resolution; population: GSO Population and Housing Census 2019; codes: dvhcvn',
    },
    licence: {
      vi: 'MIT; điều tra dân số: GSO; mã hành chính: GPL-3.0',
      en: 'MIT; census: GSO; codes: GPL-3.0',
    },
  },
  city: {
    source: {
      vi: `Quan hệ (relation) OpenStreetMap 1903516, ${OSM_VI_SHORT}`,
      en: 'OpenStreetMap relation 1903516, © OpenStreetMap contributors',
    },
    licence: { vi: 'ODbL 1.0', en: 'ODbL 1.0' },
  },
  zones: {
    source: {
      vi: `Khu vực ưu tiên của kế hoạch hạ tầng số Hà Nội (chỉ các loại khu vực), định vị theo OpenStreetMap (${OSM_VI_SHORT}), Wikipedia và trung tâm xã, phường; bệnh viện: các đối tượng amenity=hospital của OpenStreetMap có tên là bệnh viện, mỗi nơi một lần. Những gì bị loại ra và lý do có trong tệp zones-excluded.json bên cạnh lớp`,
      en: 'Priority zones of the Hà Nội digital-infrastructure plan (its categories only), positioned from OpenStreetMap (© OpenStreetMap contributors), Wikipedia and commune centres; hospitals: OpenStreetMap amenity=hospital features named as hospitals (Bệnh viện), each place once. What is left out, and why, is listed in zones-excluded.json beside the layer',
    },
    licence: {
      vi: 'ODbL 1.0 (OSM), CC BY-SA (điểm lấy từ Wikipedia), MIT (trung tâm xã, phường)',
      en: 'ODbL 1.0 (OSM), CC BY-SA (Wikipedia-derived points), MIT (commune centres)',
    },
  },
  'bus-stops': {
    source: {
      vi: `Điểm dừng xe buýt của OpenStreetMap, ${OSM_VI_SHORT}`,
      en: 'OpenStreetMap bus stops, © OpenStreetMap contributors',
    },
    licence: { vi: 'ODbL 1.0', en: 'ODbL 1.0' },
  },
  environment: {
    source: {
      vi: `Môi trường truyền sóng theo ô 1 km, phân loại từ mật độ dân số điều tra 2019 (GSO) theo phường, xã, đường trục chính đến đường cấp ba của OpenStreetMap (${OSM_VI_SHORT}) và các khu công nghiệp của quy hoạch`,
      en: "Propagation environment per 1 km cell, classified from the GSO 2019 census density per ward, OpenStreetMap trunk to tertiary roads (© OpenStreetMap contributors) and the plan's industrial zones",
    },
    licence: {
      vi: 'ODbL 1.0 (đường), MIT (ranh giới phường, xã), điều tra dân số 2019: GSO',
      en: 'ODbL 1.0 (roads), MIT (ward outlines), GSO census 2019',
    },
  },
  roads: {
    source: {
      vi: `Đường của OpenStreetMap từ đường cao tốc đến đường cấp ba (tertiary), ${OSM_VI_SHORT}`,
      en: 'OpenStreetMap motorway to tertiary roads, © OpenStreetMap contributors',
    },
    licence: { vi: 'ODbL 1.0', en: 'ODbL 1.0' },
  },
  sites: {
    source: {
      vi: 'DỮ LIỆU MẪU do dự án tạo ra (scripts/sample), hiệu chỉnh theo số liệu đã công bố; không phải dữ liệu thật của nhà mạng',
      en: 'SAMPLE DATA generated by this project (scripts/sample), calibrated to public figures; not real operator data',
    },
    licence: SAMPLE_LICENCE,
  },
  cables: {
    source: {
      vi: `DỮ LIỆU MẪU: trạng thái cáp ngầm tạo trên các tuyến đường OpenStreetMap (${OSM_VI_SHORT}); không phải chương trình của thành phố`,
      en: "SAMPLE DATA: underground-cable status generated on OpenStreetMap road lines (© OpenStreetMap contributors); not the city's programme",
    },
    licence: {
      vi: 'ODbL 1.0 (hình học tuyến đường); trạng thái mẫu, MIT',
      en: 'ODbL 1.0 (road geometry); sample status, MIT',
    },
  },
  'speed-tests': {
    source: {
      vi: 'DỮ LIỆU MẪU: số đo tốc độ do dự án tạo ra, hiệu chỉnh theo trung vị Ookla/VNNIC đã công bố; không phải số đo thật',
      en: 'SAMPLE DATA: generated speed measurements calibrated to Ookla/VNNIC published medians; not real measurements',
    },
    licence: SAMPLE_LICENCE,
  },
  'grid-h3r8': { source: { vi: H3_VI(8), en: H3_EN(8) }, licence: H3_LICENCE },
  'grid-h3r9': { source: { vi: H3_VI(9), en: H3_EN(9) }, licence: H3_LICENCE },
};

/** The text of a manifest field in a language: the Vietnamese where it translates the manifest's own text. */
function translated(text: string, known: Bilingual | undefined, lang: Lang): string {
  return lang === 'vi' && known !== undefined && known.en === text ? known.vi : text;
}

/** A manifest layer's source in the interface language (the manifest's English where no translation fits). */
export function layerSource(layer: Pick<ManifestLayer, 'id' | 'source'>, lang: Lang): string {
  return translated(layer.source, LAYER_TEXTS[layer.id]?.source, lang);
}

/** A manifest layer's licence in the interface language; licence names themselves stay as written. */
export function layerLicence(layer: Pick<ManifestLayer, 'id' | 'licence'>, lang: Lang): string {
  return translated(layer.licence, LAYER_TEXTS[layer.id]?.licence, lang);
}

const SAMPLE_VINTAGE: Bilingual = { vi: 'mẫu', en: 'sample' };

/**
 * A manifest vintage in the reader's format: `2025-07-01` → `01/07/2025` in Vietnamese (ISO kept in English),
 * `2025-08` → `08/2025`, `2025` as it is, and `sample` → "mẫu" / "sample".
 */
export function vintageText(vintage: string, lang: Lang): string {
  return vintage === 'sample' ? SAMPLE_VINTAGE[lang] : formatDate(vintage, lang);
}
