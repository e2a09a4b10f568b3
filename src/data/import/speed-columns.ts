/**
 * Column names of speed-measurement files → fields, with the unit a name carries. Names are compared by
 * `headerKey` (no diacritics, lower case, letters and digits only: "Tốc độ tải xuống (Mbps)" →
 * `tocdotaixuongmbps`); a trailing unit (`kbps`, `kbit/s`, `Mbps`, `Mbit/s`, `Mb/s`, `ms`) is split off first.
 *
 * | field | names (any case, with or without diacritics, spaces, `_` or brackets) |
 * |---|---|
 * | time | time, timestamp, date, datetime, date time, test time, start time, thời gian, thời điểm, ngày, ngày đo, ngày giờ |
 * | lat | lat, latitude, client lat, vĩ độ, y |
 * | lng | lon, lng, long, longitude, client lon, kinh độ, x |
 * | down | download, down, dl, download speed, downlink, download rate, tốc độ tải xuống, tải xuống, tốc độ download |
 * | up | upload, up, ul, upload speed, uplink, upload rate, tốc độ tải lên, tải lên, tốc độ upload |
 * | latency | latency, ping, rtt, độ trễ, trễ (in ms, with or without the unit) |
 * | operator | operator, carrier, isp, provider, network operator, operator name, sim operator, nhà mạng, nhà cung cấp |
 * | network | network type, conntype, connection type, connection, network tech, technology, tech, rat, radio, công nghệ, loại mạng, loại kết nối |
 * | id | id, test id, result id, mã, mã đo |
 *
 * Units of download and upload, from the header: `download_mbps`, `Download (Mbps)`, `Download (Mbit/s)` are
 * Mbit/s; `download_kbps`, `dl_kbps`, `Download (kbit/s)` are kbit/s. A name without a unit is read as Mbit/s
 * (how the measurement apps show speeds) and the report says so, except in the Speedtest app's own export,
 * recognised by its `ConnType` column, whose `Download` and `Upload` are kbit/s (as the app writes them).
 *
 * Ookla's open-data tiles have fixed names (teamookla/ookla-open-data README): `quadkey`, `tile` (WKT),
 * `avg_d_kbps`, `avg_u_kbps`, `avg_lat_ms`, `tests`, `devices`; people who convert them add `year` and `quarter`.
 */
import { headerKey } from './headers.js';

/** The fields of a test row. */
export const SPEED_FIELDS = ['time', 'lat', 'lng', 'down', 'up', 'latency', 'operator', 'network', 'id'] as const;
export type SpeedField = (typeof SPEED_FIELDS)[number];

/** A speed unit. */
export type RateUnit = 'Mbit/s' | 'kbit/s';

/** Recognised names per field (the key is derived); see the module table. */
export const SPEED_HEADER_VARIANTS: Readonly<Record<SpeedField, readonly string[]>> = {
  time: [
    'time',
    'timestamp',
    'date',
    'datetime',
    'date time',
    'test time',
    'start time',
    'thời gian',
    'thời điểm',
    'ngày',
    'ngày đo',
    'ngày giờ',
  ],
  lat: ['lat', 'latitude', 'client lat', 'vĩ độ', 'y'],
  lng: ['lon', 'lng', 'long', 'longitude', 'client lon', 'kinh độ', 'x'],
  down: [
    'download',
    'down',
    'dl',
    'download speed',
    'downlink',
    'download rate',
    'tốc độ tải xuống',
    'tải xuống',
    'tốc độ download',
  ],
  up: ['upload', 'up', 'ul', 'upload speed', 'uplink', 'upload rate', 'tốc độ tải lên', 'tải lên', 'tốc độ upload'],
  latency: ['latency', 'ping', 'rtt', 'độ trễ', 'trễ'],
  operator: [
    'operator',
    'carrier',
    'isp',
    'provider',
    'network operator',
    'operator name',
    'sim operator',
    'nhà mạng',
    'nhà cung cấp',
  ],
  network: [
    'network type',
    'conntype',
    'connection type',
    'connection',
    'network tech',
    'technology',
    'tech',
    'rat',
    'radio',
    'công nghệ',
    'loại mạng',
    'loại kết nối',
  ],
  id: ['id', 'test id', 'result id', 'mã', 'mã đo'],
};

const FIELD_OF_KEY: ReadonlyMap<string, SpeedField> = new Map(
  SPEED_FIELDS.flatMap((field) => SPEED_HEADER_VARIANTS[field].map((name) => [headerKey(name), field] as const)),
);

/** Unit suffixes of a header key; `ms` only for latency. */
const RATE_SUFFIX = /(kbps|kbits|kbit|kbs|mbps|mbits|mbit|mbs)$/;

/** The field a header names and the unit it carries (null when it names none). */
export function speedFieldOfHeader(name: string): { field: SpeedField; unit: RateUnit | 'ms' | null } | null {
  const key = headerKey(name);
  const whole = FIELD_OF_KEY.get(key);
  if (whole !== undefined) return { field: whole, unit: null };
  const rate = RATE_SUFFIX.exec(key);
  if (rate) {
    const field = FIELD_OF_KEY.get(key.slice(0, rate.index));
    if (field === 'down' || field === 'up') return { field, unit: rate[1]!.startsWith('k') ? 'kbit/s' : 'Mbit/s' };
  }
  if (key.endsWith('ms') && FIELD_OF_KEY.get(key.slice(0, -2)) === 'latency') return { field: 'latency', unit: 'ms' };
  return null;
}

/** How a test file's header maps to fields: zero-based column per field, null when none. */
export type SpeedColumns = {
  header: string[];
  columns: Record<SpeedField, number | null>;
  /** Units of download and upload; `assumed` lists the fields whose unit the header did not name. */
  units: { down: RateUnit; up: RateUnit; assumed: ('down' | 'up')[] };
  /** The Speedtest app's export (a `ConnType` column): unitless speeds are kbit/s. */
  speedtestApp: boolean;
};

/** Maps a test file's header; the first column naming a field feeds it. */
export function mapSpeedColumns(header: readonly string[]): SpeedColumns {
  const columns = Object.fromEntries(SPEED_FIELDS.map((f) => [f, null])) as Record<SpeedField, number | null>;
  const named: Partial<Record<'down' | 'up', RateUnit>> = {};
  header.forEach((name, i) => {
    const hit = speedFieldOfHeader(name);
    if (hit === null || columns[hit.field] !== null) return;
    columns[hit.field] = i;
    if ((hit.field === 'down' || hit.field === 'up') && hit.unit !== null && hit.unit !== 'ms')
      named[hit.field] = hit.unit;
  });
  const speedtestApp = header.some((h) => headerKey(h) === 'conntype');
  const fallback: RateUnit = speedtestApp ? 'kbit/s' : 'Mbit/s';
  const assumed = (['down', 'up'] as const).filter((f) => columns[f] !== null && named[f] === undefined);
  return {
    header: [...header],
    columns,
    units: { down: named.down ?? fallback, up: named.up ?? fallback, assumed },
    speedtestApp,
  };
}

/** The names accepted for a field, for messages. */
export function speedVariantsOf(field: SpeedField): string {
  return SPEED_HEADER_VARIANTS[field].join(', ');
}

/** Ookla tile columns by key. */
export const OOKLA_COLUMNS = [
  'quadkey',
  'tile',
  'avg_d_kbps',
  'avg_u_kbps',
  'avg_lat_ms',
  'tests',
  'devices',
  'year',
  'quarter',
] as const;
export type OoklaColumn = (typeof OOKLA_COLUMNS)[number];

/** Zero-based column of each Ookla field in a header (null when absent). */
export function mapOoklaColumns(header: readonly string[]): Record<OoklaColumn, number | null> {
  const keys = header.map(headerKey);
  return Object.fromEntries(
    OOKLA_COLUMNS.map((c) => {
      const i = keys.indexOf(headerKey(c));
      return [c, i >= 0 ? i : null];
    }),
  ) as Record<OoklaColumn, number | null>;
}

/**
 * Whether a header row is a speed file's: `ookla` when it has Ookla's `avg_d_kbps` and `quadkey` or `tile`,
 * `speedtest` when it names a download, a latitude and a longitude, else null (a site list, an indicator table…).
 */
export function looksLikeSpeedHeader(fields: string[]): 'speedtest' | 'ookla' | null {
  const keys = new Set(fields.map(headerKey));
  if (keys.has('avgdkbps') && (keys.has('quadkey') || keys.has('tile'))) return 'ookla';
  const found = new Set(fields.map((f) => speedFieldOfHeader(f)?.field));
  return found.has('down') && found.has('lat') && found.has('lng') ? 'speedtest' : null;
}
