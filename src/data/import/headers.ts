/**
 * Header (and GeoJSON property) names → site fields, case-, diacritic- and punctuation-insensitively:
 * "Vĩ độ", "VI DO", "vi_do" and "vido" are one name, and so are "on-air date", "On Air Date" and "onAirDate".
 * A name is compared by its key: diacritics removed (đ → d), lower case, everything but letters and digits
 * dropped ("Height (m)" → `heightm`).
 */
import { stripDiacritics } from '../../domain/text.js';
import { SITE_FIELDS, type ColumnMapping, type MappingOverride, type SiteField } from './types.js';

/**
 * Recognised names per field, as written by people (the key is derived). `lng`/`lat` take `x`/`y` and
 * `easting`/`northing` too: VN-2000 files name their columns so (see `coordinates.ts` for X = northing files).
 * `towerId` takes the names of a shared mast register's id (`tower_id`, `mã cột`, `ma_cot`, `id_cot`, `cot_id`).
 */
export const HEADER_VARIANTS: Readonly<Record<SiteField, readonly string[]>> = {
  id: [
    'id',
    'site id',
    'site',
    'site code',
    'station id',
    'bts id',
    'cell site id',
    'mã trạm',
    'mã',
    'mã site',
    'tên trạm',
  ],
  operator: ['operator', 'nhà mạng', 'carrier', 'network', 'mạng', 'nhà cung cấp', 'operator id', 'doanh nghiệp'],
  lng: ['lon', 'lng', 'long', 'longitude', 'x', 'kinh độ', 'easting', 'toạ độ x', 'tọa độ x'],
  lat: ['lat', 'latitude', 'y', 'vĩ độ', 'northing', 'toạ độ y', 'tọa độ y'],
  technologies: ['technology', 'technologies', 'tech', 'công nghệ', 'radio', 'rat', 'generation'],
  bands: [
    'band',
    'bands',
    'băng tần',
    'dải tần',
    'frequency band',
    'băng tần (MHz)',
    'tần số',
    'tần số (MHz)',
    'frequency',
    'frequency (MHz)',
    'freq',
    'band (MHz)',
  ],
  heightM: [
    'height',
    'antenna height',
    'height m',
    'height_m',
    'heightM',
    'độ cao',
    'độ cao anten',
    'chiều cao',
    'chiều cao anten',
    'antenna height m',
    'độ cao (m)',
    'chiều cao (m)',
    'độ cao anten (m)',
    'chiều cao anten (m)',
    'độ cao cột (m)',
  ],
  azimuthsDeg: [
    'azimuth',
    'azimuths',
    'azimuthsDeg',
    'azimuth deg',
    'azimuths deg',
    'hướng',
    'hướng anten',
    'góc phương vị',
    'phương vị',
    'hướng anten (độ)',
    'góc phương vị (độ)',
    'azimuth (độ)',
  ],
  onAir: ['on_air', 'onair', 'on air', 'on-air date', 'on air date', 'ngày phát sóng', 'ngày hoạt động', 'date on air'],
  onAir5g: [
    'on_air_5g',
    'onair5g',
    '5g on air',
    '5g on-air date',
    'on-air date 5g',
    'ngày phát sóng 5g',
    'on air 5g date',
  ],
  rangeM: ['range', 'range m', 'rangeM', 'range_m', 'bán kính', 'bán kính phủ sóng', 'coverage radius', 'radius m'],
  sample: ['sample', 'dữ liệu mẫu'],
  towerId: [
    'tower_id',
    'towerId',
    'tower',
    'tower code',
    'shared tower id',
    'site tower',
    'mast id',
    'mã cột',
    'mã cột anten',
    'mã cột ăng ten',
    'mã cột dùng chung',
    'id cột',
    'cột id',
  ],
};

/** Names that are known but feed no field: the GeoJSON export's derived `has5g`. */
const IGNORED_KEYS = new Set(['has5g']);

/** The comparison key of a header name: no diacritics, lower case, letters and digits only. */
export function headerKey(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const FIELD_OF_KEY: ReadonlyMap<string, SiteField> = new Map(
  SITE_FIELDS.flatMap((field) => HEADER_VARIANTS[field].map((name) => [headerKey(name), field] as const)),
);

/** The field a header name stands for, or null. */
export function fieldOfHeader(name: string): SiteField | null {
  return FIELD_OF_KEY.get(headerKey(name)) ?? null;
}

/**
 * Maps a header row to site fields: the first column whose name is a known variant feeds each field, then
 * `override` (the user's choices in a mapping dialog: a column index, or null to unmap) replaces those fields.
 * An override index outside the header is ignored. `unknownHeaders` lists the names that feed no field.
 */
export function mapColumns(header: readonly string[], override: MappingOverride = {}): ColumnMapping {
  const columns = Object.fromEntries(SITE_FIELDS.map((f) => [f, null])) as Record<SiteField, number | null>;
  header.forEach((name, i) => {
    const field = fieldOfHeader(name);
    if (field !== null && columns[field] === null) columns[field] = i;
  });
  for (const field of SITE_FIELDS) {
    const choice = override[field];
    if (choice === null) columns[field] = null;
    else if (choice !== undefined && Number.isInteger(choice) && choice >= 0 && choice < header.length)
      columns[field] = choice;
  }
  const used = new Set(Object.values(columns).filter((c): c is number => c !== null));
  const unknownHeaders = header.filter((name, i) => !used.has(i) && !IGNORED_KEYS.has(headerKey(name)));
  return { header: [...header], columns, unknownHeaders };
}

/** The names accepted for a field, for messages: `lat, latitude, y, vĩ độ, …`. */
export function variantsOf(field: SiteField): string {
  return HEADER_VARIANTS[field].join(', ');
}
