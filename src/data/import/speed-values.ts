/**
 * Cell values of speed files → the forms `SpeedTestProps` holds: times as Vietnam dates, network types as
 * technologies, quarters of Ookla tiles, rates in Mbit/s.
 */
import type { Technology } from '../../domain/telecom.js';
import { normaliseDate, readDecimal, toNumber } from './values.js';

/** Vietnam's offset from UTC, ms: UTC+07:00 all year (no daylight saving). Test dates are Vietnam days. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Years a test may fall in: before 2000 or after 2100 a timestamp was misread. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * Highest download accepted, Mbit/s: IMT-2020's (5G) peak downlink rate of 20 Gbit/s (ITU-R M.2410-0, §4.1); a
 * higher value is a unit mistake (kbit/s read as Mbit/s). Upload: IMT-2020's peak uplink, 10 Gbit/s.
 */
export const MAX_DOWN_MBPS = 20_000;
export const MAX_UP_MBPS = 10_000;
/** Highest latency accepted, ms: a round trip over 10 s is a time-out, not a latency. */
export const MAX_LATENCY_MS = 10_000;

/** ISO days by day number since 1970-01-01, made once each (a file's tests fall on a few hundred days). */
const DAY_NAMES = new Map<number, string>();

/** Vietnam's calendar day of an instant (ms since the Unix epoch), ISO. */
function vietnamDay(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const day = Math.floor((ms + VIETNAM_OFFSET_MS) / 86_400_000);
  let name = DAY_NAMES.get(day);
  if (name === undefined) {
    name = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (DAY_NAMES.size < 100_000) DAY_NAMES.set(day, name);
  }
  return name;
}

const ISO_ZONED = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const ISO_LOCAL = /^(\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?$/;
const VN_LOCAL = /^(\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The Vietnam day (ISO `YYYY-MM-DD`) of a test's time: ISO 8601 with a zone (`2025-03-14T01:30:00Z`,
 * `…+07:00`), converted to UTC+07:00; a local time without zone (`2025-03-14 08:30`, `14/03/2025 08:30`,
 * `14/03/2025`), taken as Vietnam time; Unix time in seconds (9–10 digits) or milliseconds (12–13 digits).
 * `null` for text that is no such time or falls outside 2000–2100.
 */
export function testDay(raw: string): string | null {
  const t = raw.trim();
  let day: string | null | undefined = null;
  if (/^\d{9,10}$/.test(t)) day = vietnamDay(Number(t) * 1000);
  else if (/^\d{12,13}$/.test(t)) day = vietnamDay(Number(t));
  else {
    const zoned = ISO_ZONED.exec(t);
    if (zoned) {
      const date = normaliseDate(zoned[1]);
      if (date && clock(zoned[2], zoned[3], zoned[4])) {
        const zone = zoned[5]!;
        // Z, ±HH, ±HH:MM or ±HHMM: minutes east of UTC.
        const offsetMin =
          zone === 'Z' || zone === 'z'
            ? 0
            : (zone[0] === '-' ? -1 : 1) *
              (Number(zone.slice(1, 3)) * 60 + Number(zone.length > 3 ? zone.slice(-2) : 0));
        const utc = Date.UTC(
          Number(date.slice(0, 4)),
          Number(date.slice(5, 7)) - 1,
          Number(date.slice(8, 10)),
          Number(zoned[2]),
          Number(zoned[3]),
          Number(zoned[4] ?? 0),
        );
        day = vietnamDay(utc - offsetMin * 60_000);
      }
    } else {
      const local = ISO_LOCAL.exec(t) ?? VN_LOCAL.exec(t);
      if (local && clock(local[2], local[3], local[4])) day = normaliseDate(local[1]) ?? null;
    }
  }
  if (!day) return null;
  const year = Number(day.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? day : null;
}

/** A time of day is valid (absent parts are fine). */
function clock(h: string | undefined, m: string | undefined, s: string | undefined): boolean {
  return (
    (h === undefined || Number(h) < 24) && (m === undefined || Number(m) < 60) && (s === undefined || Number(s) < 60)
  );
}

/** Network types → technology (`4G`, `5G`), `skip` (3G, 2G, Wi-Fi, Ethernet: not what the targets measure) or null (unknown). */
const NETWORK_TYPES: ReadonlyMap<string, Technology | 'skip'> = new Map([
  ...['lte', '4g', '4glte', 'ltea', 'lteadvanced', 'ltepro', 'lteca', '4gplus'].map((k) => [k, '4G'] as const),
  ...['nr', '5g', 'nrnsa', 'nrsa', '5gnsa', '5gsa', '5gnr', 'endc', '5gplus', 'nr5g'].map((k) => [k, '5G'] as const),
  ...[
    '3g',
    'umts',
    'hspa',
    'hsdpa',
    'hsupa',
    'hspap',
    'wcdma',
    'tdscdma',
    'evdo',
    'cdma',
    '2g',
    'gsm',
    'edge',
    'gprs',
    'wifi',
    'wlan',
    'ethernet',
    'lan',
    'wired',
  ].map((k) => [k, 'skip'] as const),
]);

/** The technology of a network type as apps write it (`LTE`, `4G`, `NR NSA`, `5G SA`, `WiFi`…); see {@link NETWORK_TYPES}. */
export function networkTechnology(raw: string): Technology | 'skip' | null {
  const key = raw
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]+/g, '');
  return NETWORK_TYPES.get(key) ?? (key.startsWith('wifi') ? 'skip' : null);
}

/** A number cell: `null` when empty, `NaN` when not a number; `comma` says whether a decimal comma was read. */
export function readNumberCell(raw: unknown, allowComma: boolean): { value: number | null; comma: boolean } {
  if (raw === null || raw === undefined) return { value: null, comma: false };
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : Number.NaN, comma: false };
  const text = String(raw);
  if (text.trim() === '') return { value: null, comma: false };
  const d = readDecimal(text, allowComma);
  return { value: toNumber(d.text) ?? Number.NaN, comma: d.comma };
}

/** The first day of a quarter, ISO, from a year and a quarter number 1–4; null when either is not one. */
export function quarterStart(year: unknown, quarter: unknown): string | null {
  const y = Number(typeof year === 'string' ? year.trim() : year);
  const q = Number(typeof quarter === 'string' ? quarter.trim().replace(/^q/i, '') : quarter);
  if (!Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR || !Number.isInteger(q) || q < 1 || q > 4) return null;
  return `${y}-${String(3 * q - 2).padStart(2, '0')}-01`;
}

/** A quarter as the `period` option gives it: `2024-Q4`, `2024 Q4` or the quarter's first day `2024-10-01`. */
export function parsePeriod(text: string): string | null {
  const t = text.trim();
  const q = /^(\d{4})[-\s]?q([1-4])$/i.exec(t);
  if (q) return quarterStart(q[1], q[2]);
  const d = /^(\d{4})-(01|04|07|10)-01$/.exec(t);
  return d ? t : null;
}

/**
 * What an Ookla file name says: the quarter (`2024-10-01_performance_mobile_tiles…`, or a
 * `year=2024/quarter=4` path) and the layer (`mobile` or `fixed`), each null when the name does not say.
 */
export function ooklaNameFacts(name: string): { period: string | null; layer: 'mobile' | 'fixed' | null } {
  const lower = name.toLowerCase();
  const dated = /(\d{4})-(01|04|07|10)-01_performance/.exec(lower);
  const path = /year=(\d{4})[/\\]quarter=([1-4])/.exec(lower);
  const period = dated ? `${dated[1]}-${dated[2]}-01` : path ? quarterStart(path[1], path[2]) : null;
  const layer = /(^|[^a-z])(performance_)?mobile([^a-z]|$)|type=mobile/.test(lower)
    ? 'mobile'
    : /(^|[^a-z])(performance_)?fixed([^a-z]|$)|type=fixed/.test(lower)
      ? 'fixed'
      : null;
  return { period, layer };
}
