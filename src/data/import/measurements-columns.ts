/**
 * Column (and GeoJSON property) names of signal-measurement files → fields. Names are compared by `headerKey`
 * (no diacritics, lower case, letters and digits only: "Vĩ độ" → `vido`, "SS-RSRP (dBm)" → `ssrsrpdbm`); a
 * trailing `dbm` (the unit of RSRP) is split off first.
 *
 * | field | names (any case, with or without diacritics, spaces, `_`, `-` or brackets) |
 * |---|---|
 * | lat | lat, latitude, vĩ độ, gps lat, y |
 * | lng | lon, lng, long, longitude, kinh độ, gps lon, x |
 * | rsrp | rsrp, lte rsrp, 4g rsrp, rsrp dbm, serving rsrp, cường độ tín hiệu, mức thu |
 * | ssRsrp | ss-rsrp, ss_rsrp, ssrsrp, nr rsrp, nr_rsrp, nr ss-rsrp, ss rsrp, 5g rsrp, csi rsrp |
 * | operator | operator, carrier, network operator, operator name, sim operator, plmn, mcc-mnc, nhà mạng, nhà cung cấp |
 * | band | band, frequency band, băng tần, dải tần, frequency, freq, tần số, band (MHz) |
 * | technology | technology, tech, network type, network tech, rat, radio, công nghệ, loại mạng |
 * | time | time, timestamp, date, datetime, date time, thời gian, thời điểm, ngày, ngày đo, ngày giờ |
 * | id | id, sample id, mã, mã đo |
 */
import { headerKey } from './headers.js';

/** The fields of a measurement row. */
export const MEASUREMENT_FIELDS = [
  'lat',
  'lng',
  'rsrp',
  'ssRsrp',
  'operator',
  'band',
  'technology',
  'time',
  'id',
] as const;
export type MeasurementField = (typeof MEASUREMENT_FIELDS)[number];

/** Recognised names per field (the key is derived); see the module table. */
export const MEASUREMENT_HEADER_VARIANTS: Readonly<Record<MeasurementField, readonly string[]>> = {
  lat: ['lat', 'latitude', 'vĩ độ', 'gps lat', 'y'],
  lng: ['lon', 'lng', 'long', 'longitude', 'kinh độ', 'gps lon', 'x'],
  rsrp: ['rsrp', 'lte rsrp', '4g rsrp', 'serving rsrp', 'cường độ tín hiệu', 'mức thu'],
  ssRsrp: ['ss-rsrp', 'ss_rsrp', 'ssrsrp', 'nr rsrp', 'nr_rsrp', 'nr ss-rsrp', 'ss rsrp', '5g rsrp', 'csi rsrp'],
  operator: [
    'operator',
    'carrier',
    'network operator',
    'operator name',
    'sim operator',
    'plmn',
    'mcc-mnc',
    'nhà mạng',
    'nhà cung cấp',
  ],
  band: ['band', 'frequency band', 'băng tần', 'dải tần', 'frequency', 'freq', 'tần số', 'band (MHz)'],
  technology: ['technology', 'tech', 'network type', 'network tech', 'rat', 'radio', 'công nghệ', 'loại mạng'],
  time: ['time', 'timestamp', 'date', 'datetime', 'date time', 'thời gian', 'thời điểm', 'ngày', 'ngày đo', 'ngày giờ'],
  id: ['id', 'sample id', 'mã', 'mã đo'],
};

const FIELD_OF_KEY: ReadonlyMap<string, MeasurementField> = new Map(
  MEASUREMENT_FIELDS.flatMap((field) =>
    MEASUREMENT_HEADER_VARIANTS[field].map((name) => [headerKey(name), field] as const),
  ),
);

/** The field a column or property name stands for, or null; `RSRP (dBm)` is `rsrp`. */
export function measurementFieldOf(name: string): MeasurementField | null {
  const key = headerKey(name);
  const whole = FIELD_OF_KEY.get(key);
  if (whole !== undefined) return whole;
  if (key.endsWith('dbm')) return FIELD_OF_KEY.get(key.slice(0, -3)) ?? null;
  return null;
}

/** How a header maps to fields: the zero-based column of each field (the first naming it), null when none. */
export type MeasurementColumns = { header: string[]; columns: Record<MeasurementField, number | null> };

/** Maps a header row (or a feature's property names) to measurement fields. */
export function mapMeasurementColumns(header: readonly string[]): MeasurementColumns {
  const columns = Object.fromEntries(MEASUREMENT_FIELDS.map((f) => [f, null])) as Record<
    MeasurementField,
    number | null
  >;
  header.forEach((name, i) => {
    const field = measurementFieldOf(name);
    if (field !== null && columns[field] === null) columns[field] = i;
  });
  return { header: [...header], columns };
}

/** The names accepted for a field, for messages. */
export function measurementVariantsOf(field: MeasurementField): string {
  return MEASUREMENT_HEADER_VARIANTS[field].join(', ');
}

/** Whether a header row is a signal-measurement file's: a latitude, a longitude and an RSRP or SS-RSRP column. */
export function looksLikeMeasurementHeader(fields: readonly string[]): boolean {
  const found = new Set(fields.map(measurementFieldOf));
  return found.has('lat') && found.has('lng') && (found.has('rsrp') || found.has('ssRsrp'));
}
