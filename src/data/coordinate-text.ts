/**
 * Reads a position from what people type or paste into the search box, for the point lookup ("Có 5G ở đây
 * không?"): decimal degrees in either order (`21.0285, 105.8542`, `105.8542 21.0285`, decimal commas
 * `21,0285; 105,8542`), degrees-minutes-seconds (`21°01'42.6"N 105°51'15.1"E`, also ′ ″, spaces, lower-case
 * hemispheres, `21 01 42.6 N`, a leading hemisphere `N21°…`), degrees and decimal minutes (`21°01.71'N`), and
 * VN-2000 metres of Hà Nội's zone (`X=2326344 Y=588394`, or two large numbers in either order), and the position
 * of a Google Maps or OpenStreetMap link pasted whole.
 *
 * In `data/` rather than `domain/` because VN-2000 goes through the importers' own conversion (import/vn2000-tm.ts:
 * EPSG:5897 with the EPSG:6960 datum shift, no proj4, so the public map's search stays small). The order of two unlabelled decimal numbers is
 * decided by Hà Nội's ranges (latitude 20.5–21.5, longitude 105.2–106.1: no number is in both); that of two
 * metre values by size (a northing, over 900 000 m anywhere in Vietnam, exceeds every TM-3 easting), so the
 * labels X/Y/E/N are not needed and never trusted. Every answer is a value: `{ ok: true, … }` or `{ ok: false,
 * error }` with a message in Vietnamese and English.
 */
import { HANOI_BBOX, type LngLat } from '../domain/geo.js';
import type { Bilingual } from './import/issue.js';
import { looksProjected, vn2000HanoiToWgs84 as vn2000ToWgs84 } from './import/vn2000-tm.js';

/** How the text was read. */
export type CoordinateFormat = 'decimal' | 'dms' | 'ddm' | 'metres';

/** A position read from text, or why none could be. */
export type CoordinateTextResult =
  | {
      ok: true;
      /** WGS84 `[lng, lat]` degrees (VN-2000 converted). */
      lngLat: LngLat;
      system: 'wgs84' | 'vn2000';
      format: CoordinateFormat;
      /** Which value came first in the text. */
      order: 'lat-lng' | 'lng-lat' | 'northing-easting' | 'easting-northing';
      /** What was read, for showing under the box. */
      note: Bilingual;
    }
  | { ok: false; error: Bilingual };

/** Longest text read, characters (a pasted paragraph is not a coordinate). */
export const MAX_COORDINATE_TEXT_LENGTH = 200;

const [MIN_LNG, MIN_LAT, MAX_LNG, MAX_LAT] = HANOI_BBOX;
const inLat = (v: number) => v >= MIN_LAT && v <= MAX_LAT;
const inLng = (v: number) => v >= MIN_LNG && v <= MAX_LNG;

/** A number as Vietnamese writes it (decimal comma, dots between thousands), up to `digits` decimals. */
function vi(v: number, digits: number): string {
  const [int, frac] = String(Math.abs(Math.round(v * 10 ** digits) / 10 ** digits)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${v < 0 ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
/** The same in English (decimal point, commas between thousands). */
function en(v: number, digits: number): string {
  const [int, frac] = String(Math.abs(Math.round(v * 10 ** digits) / 10 ** digits)).split('.');
  return `${v < 0 ? '−' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

const BOX_VI = `vĩ độ ${vi(MIN_LAT, 1)}–${vi(MAX_LAT, 1)}, kinh độ ${vi(MIN_LNG, 1)}–${vi(MAX_LNG, 1)}`;
const BOX_EN = `latitude ${en(MIN_LAT, 1)}–${en(MAX_LAT, 1)}, longitude ${en(MIN_LNG, 1)}–${en(MAX_LNG, 1)}`;

/** The messages, each in both languages. */
export const COORDINATE_TEXT_MESSAGES = {
  empty: {
    vi: 'Hãy nhập toạ độ, ví dụ 21,0285; 105,8542 hoặc 21°01′42,6″N 105°51′15,1″E.',
    en: 'Type coordinates, for example 21.0285, 105.8542 or 21°01′42.6″N 105°51′15.1″E.',
  },
  tooLong: {
    vi: `Đoạn văn bản quá dài để là toạ độ (tối đa ${MAX_COORDINATE_TEXT_LENGTH} ký tự).`,
    en: `The text is too long to be coordinates (at most ${MAX_COORDINATE_TEXT_LENGTH} characters).`,
  },
  unreadable: {
    vi: 'Không đọc được toạ độ: cần hai số (vĩ độ và kinh độ), độ-phút-giây như 21°01′42,6″N 105°51′15,1″E, hoặc mét VN-2000 như X=2326344 Y=588394.',
    en: 'Could not read coordinates: expected two numbers (latitude and longitude), degrees-minutes-seconds such as 21°01′42.6″N 105°51′15.1″E, or VN-2000 metres such as X=2326344 Y=588394.',
  },
  mixed: {
    vi: 'Một số là mét (VN-2000), số kia là độ: hãy nhập cả hai bằng độ hoặc cả hai bằng mét.',
    en: 'One number is metres (VN-2000) and the other degrees: give both in degrees or both in metres.',
  },
  sameAxis: {
    vi: 'Cả hai toạ độ cùng chỉ một hướng (hai chữ N/S hoặc hai chữ E/W): cần một vĩ độ (N) và một kinh độ (E).',
    en: 'Both coordinates name the same axis (two N/S or two E/W): give one latitude (N) and one longitude (E).',
  },
} as const satisfies Record<string, Bilingual>;

const rangeError = (what: 'minutes' | 'seconds', v: number): Bilingual => ({
  vi: `${what === 'minutes' ? 'Phút' : 'Giây'} ${vi(v, 4)} phải nhỏ hơn 60.`,
  en: `${what === 'minutes' ? 'Minutes' : 'Seconds'} ${en(v, 4)} must be under 60.`,
});
const outside = (lng: number, lat: number): Bilingual => ({
  vi: `Điểm vĩ độ ${vi(lat, 6)}, kinh độ ${vi(lng, 6)} nằm ngoài Hà Nội (${BOX_VI}).`,
  en: `The point at latitude ${en(lat, 6)}, longitude ${en(lng, 6)} is outside Hà Nội (${BOX_EN}).`,
});
const neitherOrder = (a: number, b: number): Bilingual => ({
  vi: `Hai số ${vi(a, 6)} và ${vi(b, 6)} không cho một điểm ở Hà Nội theo thứ tự nào (${BOX_VI}).`,
  en: `The numbers ${en(a, 6)} and ${en(b, 6)} give no point in Hà Nội in either order (${BOX_EN}).`,
});

/**
 * One number, `1.5` or `1,5`, or with thousands written `2.326.344` or `588.394,5`; a mark °, ′ or ″; a hemisphere
 * letter standing alone (not inside a word such as `geo:` or `lat`); the `;` separator. Anything else is skipped.
 */
const TOKEN =
  /([-+−]?(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?))|([°º˚])|(['′’‘])|(["″”“])|(?<![\p{L}])([NSEW])(?![\p{L}])|(;)/giu;

type Mark = 'deg' | 'min' | 'sec' | null;
type Hemisphere = 'N' | 'S' | 'E' | 'W';
type Token = { kind: 'number'; value: number; mark: Mark } | { kind: 'hemi'; h: Hemisphere } | { kind: 'sep' };
/** One coordinate as typed: up to three numbers (degrees, minutes, seconds) and its hemisphere. */
type Group = { nums: { value: number; mark: Mark }[]; hemi: Hemisphere | null };

/** The text's numbers (each with the mark after it), hemisphere letters and separators, in order. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Two primes are a second mark (21°01'42.6'').
  for (const m of text.replace(/''|′′|’’/g, '″').matchAll(TOKEN)) {
    const last = out[out.length - 1];
    const mark: Mark = m[2] ? 'deg' : m[3] ? 'min' : m[4] ? 'sec' : null;
    if (m[1]) {
      // Dots are thousands when another dot or a decimal comma follows (`2.326.344`, `588.394,5`).
      const thousands = /\..*[.,]/.test(m[1]);
      const plain = (thousands ? m[1].replace(/\./g, '') : m[1]).replace('−', '-').replace(',', '.');
      out.push({ kind: 'number', value: Number(plain), mark: null });
    } else if (mark) {
      if (last?.kind !== 'number' || last.mark !== null) return [];
      last.mark = mark;
    } else if (m[5]) out.push({ kind: 'hemi', h: m[5].toUpperCase() as Hemisphere });
    else out.push({ kind: 'sep' });
  }
  return out;
}

/**
 * The coordinates of the tokens: a new one starts at `;`, at a hemisphere letter written before its numbers (or
 * after one written after them), at a degree mark or a fourth number, and after a seconds mark or a fraction.
 * Numbers with no mark and no letter split at `;` only; one run of two, four or six of them is halved
 * (`21 01 42.6 105 51 15.1`).
 */
function groupsOf(tokens: readonly Token[]): Group[] {
  const prefix = tokens[0]?.kind === 'hemi';
  const bare = tokens.every((t) => t.kind !== 'hemi' && (t.kind !== 'number' || t.mark === null));
  const groups: Group[] = [];
  let cur: Group = { nums: [], hemi: null };
  const close = () => {
    if (cur.nums.length > 0 || cur.hemi !== null) groups.push(cur);
    cur = { nums: [], hemi: null };
  };
  for (const t of tokens) {
    if (t.kind === 'sep') close();
    else if (t.kind === 'hemi') {
      if (prefix) close();
      cur.hemi = t.h;
      if (!prefix) close();
    } else {
      const last = cur.nums[cur.nums.length - 1];
      // Only a coordinate's last number has a fraction (42.6″, 01.71′, 21.0285°).
      const ended = last !== undefined && (last.mark === 'sec' || !Number.isInteger(last.value));
      if (!bare && (cur.nums.length === 3 || ended || (t.mark === 'deg' && cur.nums.length > 0))) {
        if (prefix) return [];
        close();
      }
      cur.nums.push({ value: t.value, mark: t.mark });
    }
  }
  close();
  if (bare && groups.length === 1) {
    const nums = groups[0]!.nums;
    if (nums.length % 2 !== 0) return [];
    return [
      { nums: nums.slice(0, nums.length / 2), hemi: null },
      { nums: nums.slice(nums.length / 2), hemi: null },
    ];
  }
  return groups;
}

/** Degrees of a group (negative to the south and west), or the error of a minute or second out of range. */
function degreesOf(g: Group): number | Bilingual | null {
  const parts: Record<'deg' | 'min' | 'sec', number | null> = { deg: null, min: null, sec: null };
  const order = ['deg', 'min', 'sec'] as const;
  if (g.nums.length > 3) return null;
  for (const [i, n] of g.nums.entries()) {
    const slot = n.mark ?? order[i]!;
    if (parts[slot] !== null) return null;
    parts[slot] = n.value;
  }
  const { deg, min, sec } = parts;
  if (deg === null || (sec !== null && min === null)) return null;
  if (min !== null && (min < 0 || !Number.isInteger(deg))) return null;
  if (min !== null && min >= 60) return rangeError('minutes', min);
  if (sec !== null && (sec < 0 || !Number.isInteger(min))) return null;
  if (sec !== null && sec >= 60) return rangeError('seconds', sec);
  const abs = Math.abs(deg) + (min ?? 0) / 60 + (sec ?? 0) / 3600;
  const negative = deg < 0 || Object.is(deg, -0) || g.hemi === 'S' || g.hemi === 'W';
  return negative ? -abs : abs;
}

const FORMAT_NAMES: Record<Exclude<CoordinateFormat, 'metres'>, Bilingual> = {
  decimal: { vi: 'độ thập phân', en: 'decimal degrees' },
  ddm: { vi: 'độ và phút thập phân', en: 'degrees and decimal minutes' },
  dms: { vi: 'độ, phút, giây', en: 'degrees, minutes, seconds' },
};

/**
 * The `lat, lng` of a map link pasted whole: Google Maps' `…/@21.0285,105.8542,15z` (or `?q=21.0285,105.8542`)
 * and OpenStreetMap's `#map=15/21.0285/105.8542`; null for text that is no such link.
 */
export function coordinatesOfMapLink(text: string): string | null {
  if (!/^https?:\/\//i.test(text.trim())) return null;
  const n = String.raw`-?\d{1,3}\.\d+`;
  const google = new RegExp(String.raw`[@=](${n}),(${n})(?:[,&/]|$)`).exec(text);
  if (google) return `${google[1]}, ${google[2]}`;
  const osm = new RegExp(String.raw`map=\d+(?:\.\d+)?/(${n})/(${n})`).exec(text);
  return osm ? `${osm[1]}, ${osm[2]}` : null;
}

/** Reads a position from typed or pasted text (or a map link, see `coordinatesOfMapLink`); see the module comment. */
export function parseCoordinateText(text: string): CoordinateTextResult {
  const trimmed = coordinatesOfMapLink(text) ?? text.trim();
  if (trimmed === '') return { ok: false, error: COORDINATE_TEXT_MESSAGES.empty };
  if (trimmed.length > MAX_COORDINATE_TEXT_LENGTH) return { ok: false, error: COORDINATE_TEXT_MESSAGES.tooLong };
  const groups = groupsOf(tokenize(trimmed));
  if (groups.length !== 2 || groups.some((g) => g.nums.length === 0)) {
    return { ok: false, error: COORDINATE_TEXT_MESSAGES.unreadable };
  }
  const [a, b] = groups as [Group, Group];
  // Metres whatever the labels (`N=2326344 E=588394`): the sizes say which is which.
  if (a.nums.length === 1 && b.nums.length === 1 && looksProjected(a.nums[0]!.value, b.nums[0]!.value)) {
    return metres(a.nums[0]!.value, b.nums[0]!.value);
  }
  const da = degreesOf(a);
  const db = degreesOf(b);
  if (da === null || db === null) return { ok: false, error: COORDINATE_TEXT_MESSAGES.unreadable };
  if (typeof da === 'object') return { ok: false, error: da };
  if (typeof db === 'object') return { ok: false, error: db };
  const isLat = (h: Hemisphere | null) => (h === null ? null : h === 'N' || h === 'S');
  const [la, lb] = [isLat(a.hemi), isLat(b.hemi)];
  let latFirst: boolean;
  if (la !== null && lb !== null && la === lb) return { ok: false, error: COORDINATE_TEXT_MESSAGES.sameAxis };
  if (la !== null || lb !== null) latFirst = la ?? !lb;
  else if (inLat(da) && inLng(db)) latFirst = true;
  else if (inLng(da) && inLat(db)) latFirst = false;
  else return { ok: false, error: neitherOrder(da, db) };
  const [lat, lng] = latFirst ? [da, db] : [db, da];
  if (!inLat(lat) || !inLng(lng)) return { ok: false, error: outside(lng, lat) };
  const size = Math.max(a.nums.length, b.nums.length);
  const format = size === 1 ? 'decimal' : size === 2 ? 'ddm' : 'dms';
  const byLetters = la !== null || lb !== null;
  const why: Bilingual = byLetters
    ? { vi: 'theo các chữ N/E', en: 'by the N/E letters' }
    : latFirst
      ? { vi: 'số đầu là vĩ độ, theo phạm vi của Hà Nội', en: "the first number is the latitude, by Hà Nội's ranges" }
      : {
          vi: 'số đầu là kinh độ, theo phạm vi của Hà Nội',
          en: "the first number is the longitude, by Hà Nội's ranges",
        };
  return {
    ok: true,
    lngLat: [lng, lat],
    system: 'wgs84',
    format,
    order: latFirst ? 'lat-lng' : 'lng-lat',
    note: {
      vi: `Vĩ độ ${vi(lat, 6)}, kinh độ ${vi(lng, 6)} (${FORMAT_NAMES[format].vi}; ${why.vi}).`,
      en: `Latitude ${en(lat, 6)}, longitude ${en(lng, 6)} (${FORMAT_NAMES[format].en}; ${why.en}).`,
    },
  };
}

/** Two metre values: VN-2000 of Hà Nội's zone, the larger the northing (X), the smaller the easting (Y). */
function metres(first: number, second: number): CoordinateTextResult {
  if (Math.abs(first) <= 1000 || Math.abs(second) <= 1000) return { ok: false, error: COORDINATE_TEXT_MESSAGES.mixed };
  const northing = Math.max(first, second);
  const easting = Math.min(first, second);
  const [lng, lat] = vn2000ToWgs84(easting, northing);
  const xy = (f: typeof vi) => `X ${f(northing, 2)} m, Y ${f(easting, 2)} m`;
  if (!inLat(lat) || !inLng(lng)) {
    const o = outside(lng, lat);
    return {
      ok: false,
      error: { vi: `VN-2000 ${xy(vi)}: ${o.vi}`, en: `VN-2000 ${xy(en)}: ${o.en}` },
    };
  }
  return {
    ok: true,
    lngLat: [lng, lat],
    system: 'vn2000',
    format: 'metres',
    order: first === northing ? 'northing-easting' : 'easting-northing',
    note: {
      vi: `VN-2000 múi 105° (EPSG:5897), ${xy(vi)} (X hướng bắc, Y hướng đông): vĩ độ ${vi(lat, 6)}, kinh độ ${vi(lng, 6)}.`,
      en: `VN-2000 zone 105° (EPSG:5897), ${xy(en)} (X northing, Y easting): latitude ${en(lat, 6)}, longitude ${en(lng, 6)}.`,
    },
  };
}
