/**
 * Coordinate reference systems declared by a file (a GeoJSON `crs` member as QGIS and GDAL still write it), and the
 * conversion of their positions to WGS84 `[lng, lat]` degrees.
 *
 * The `crs` member is the GeoJSON 2008 specification's (§3, "Coordinate Reference System Objects": types `name` and
 * `link`; the earlier drafts' `EPSG` and `OGC` types are read too); RFC 7946 §4 removed it and made CRS84 the only
 * system, but GDAL's GeoJSON driver still writes `{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::5897"}}`
 * for any other system, and reads a declared EPSG:4326 as longitude, latitude (its "traditional GIS order"): so
 * does this module. Names are accepted as OGC URNs (`urn:ogc:def:crs:EPSG::5897`, with or without a version,
 * `urn:x-ogc:…`), OGC URIs (`http://www.opengis.net/def/crs/EPSG/0/5897`), `EPSG:5897` and the CRS84 spellings.
 *
 * Supported systems, with the parameters PROJ 9.1.1 prints from the EPSG dataset (`projinfo EPSG:<code> -o PROJ`;
 * every one on the WGS84 ellipsoid with the EPSG:6960 datum shift, see `vn2000.ts`):
 *
 * | EPSG | name | projection |
 * |---|---|---|
 * | 4326, CRS84 | WGS 84 | degrees, read `[lng, lat]` |
 * | 4756 | VN-2000 | degrees `[lng, lat]` on the VN-2000 datum |
 * | 3405, 3406 | VN-2000 / UTM zone 48N, 49N | UTM, k 0.9996 |
 * | 5896, 5897, 5898 | VN-2000 / TM-3 zone 481, 482, 491 | TM, central meridian 102°, 105°, 108°, k 0.9999 |
 * | 5899 | VN-2000 / TM-3 107-45 | TM, 107°45′, k 0.9999 |
 * | 9205–9218 | VN-2000 / TM-3 103-00 … 108-30 | TM, the provincial meridians of Circular 973/2001/TT-TCĐC, k 0.9999 |
 *
 * The provincial codes 9205–9218 are, in order, the meridians 103°00′, 104°00′, 104°30′, 104°45′, 105°30′, 105°45′,
 * 106°00′, 106°15′, 106°30′, 107°00′, 107°15′, 107°30′, 108°15′, 108°30′ (EPSG dataset, as in PROJ 9.1.1's
 * `proj.db`); with 5896–5899 they cover every meridian of the Circular. False easting 500 000 m, false northing 0.
 *
 * One datum shift everywhere: EPSG:6960 (Decision 05/2007/QĐ-BTNMT, "Vietnam - onshore"). Inside the Mekong delta
 * blocks DBSCL 02 and 03 PROJ's `cs2cs` would pick EPSG:5194 "VN-2000 to WGS 84 (1)" instead, about 0.8 m away in
 * Thành phố Hồ Chí Minh; the national parameters are the ones Vietnamese agencies publish for the whole country.
 */
import type { DataIssue } from '../../domain/report.js';
import { importIssue } from './issue.js';
import {
  looksProjected,
  VN2000_GEOGRAPHIC_PROJ4,
  vn2000Converter,
  vn2000Tm3Proj4,
  vn2000UtmProj4,
  type Vn2000Converter,
} from './vn2000.js';

/** A declared system: WGS84 degrees, or a VN-2000 system (projected metres, or EPSG:4756 degrees) whose positions are converted. */
export type DeclaredCrs =
  | { kind: 'wgs84'; name: string }
  | { kind: 'vn2000'; epsg: number; name: string; toWgs84: (x: number, y: number) => [number, number] };

/** Name of a declared OGC CRS84. */
export const CRS84_NAME = 'OGC CRS84 (WGS 84 [lng, lat])';

/** Name of a declared EPSG:4326 (read as `[lng, lat]`, as GDAL writes and reads it in GeoJSON: the reader's report says so). */
export const EPSG_4326_NAME = 'EPSG:4326 (WGS 84)';

/** The list of supported systems, as messages give it. */
export const SUPPORTED_CRS_TEXT = {
  en: 'supported: EPSG:4326, CRS84, EPSG:4756 (VN-2000 degrees), EPSG:3405 and 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 and 9205–9218 (VN-2000 / TM-3)',
  vi: 'hỗ trợ: EPSG:4326, CRS84, EPSG:4756 (VN-2000, độ), EPSG:3405 và 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 và 9205–9218 (VN-2000 / TM-3)',
};

/** `105°45′` for 105.75. */
const dms = (deg: number): string => `${Math.floor(deg)}°${String(Math.round((deg % 1) * 60)).padStart(2, '0')}′`;

/** EPSG code → [name in the EPSG dataset, with the meridian and scale factor of a TM-3 zone; proj4 definition], for the VN-2000 systems. */
const VN2000_CODES = new Map<number, [string, string]>([
  [4756, ['VN-2000 [lng, lat]', VN2000_GEOGRAPHIC_PROJ4]],
  [3405, ['VN-2000 / UTM zone 48N', vn2000UtmProj4(48)]],
  [3406, ['VN-2000 / UTM zone 49N', vn2000UtmProj4(49)]],
  ...(
    [
      [5896, 'zone 481', 102],
      [5897, 'zone 482', 105],
      [5898, 'zone 491', 108],
      [5899, '107-45', 107.75],
    ] as const
  ).map(([code, zone, cm]): [number, [string, string]] => [
    code,
    [`VN-2000 / TM-3 ${zone} (${dms(cm)}, k 0.9999)`, vn2000Tm3Proj4(cm)],
  ]),
  ...[103, 104, 104.5, 104.75, 105.5, 105.75, 106, 106.25, 106.5, 107, 107.25, 107.5, 108.25, 108.5].map(
    (cm, i): [number, [string, string]] => [
      9205 + i,
      [`VN-2000 / TM-3 ${dms(cm).replace('°', '-').replace('′', '')} (${dms(cm)}, k 0.9999)`, vn2000Tm3Proj4(cm)],
    ],
  ),
]);

const converters = new Map<number, Vn2000Converter>();

/** The supported system of EPSG code `epsg`, null when it is not supported. */
export function crsOfEpsg(epsg: number): DeclaredCrs | null {
  if (epsg === 4326) return { kind: 'wgs84', name: EPSG_4326_NAME };
  const entry = VN2000_CODES.get(epsg);
  if (!entry) return null;
  let converter = converters.get(epsg);
  if (!converter) converters.set(epsg, (converter = vn2000Converter(entry[1])));
  return { kind: 'vn2000', epsg, name: `EPSG:${epsg} ${entry[0]}`, toWgs84: converter.toWgs84 };
}

/** The inverse conversion of a VN-2000 code (for tests and exports): `(x, y)` of a WGS84 `[lng, lat]`; null when unsupported. */
export function fromWgs84Of(epsg: number): ((lng: number, lat: number) => [number, number]) | null {
  if (crsOfEpsg(epsg)?.kind !== 'vn2000') return null;
  return converters.get(epsg)?.fromWgs84 ?? null;
}

/** Whether positions of a declared system are degrees (WGS84, EPSG:4756) or projected metres. */
export function declaredUnit(crs: DeclaredCrs): 'degree' | 'metre' {
  return crs.kind === 'wgs84' || crs.epsg === 4756 ? 'degree' : 'metre';
}

/**
 * `[lng, lat]` WGS84 degrees of a position `(x, y)` of a declared system (unchanged for WGS84, converted for the
 * VN-2000 systems, EPSG:4756 degrees included); null when the position's unit contradicts the declaration
 * (a pair beyond ±1000 in a system of degrees, or one within ±1000 in a system of metres; see `looksProjected`).
 */
export function declaredToWgs84(crs: DeclaredCrs, x: number, y: number): [number, number] | null {
  if ((declaredUnit(crs) === 'metre') !== looksProjected(x, y)) return null;
  return crs.kind === 'wgs84' ? [x, y] : crs.toWgs84(x, y);
}

const CRS84 =
  /^(urn:(x-)?ogc:def:crs:ogc:[\d.]*:crs84|ogc:crs84|crs:?84|https?:\/\/www\.opengis\.net\/def\/crs\/ogc\/[\d.]+\/crs84)$/i;
const EPSG_NAMES = [
  /^urn:(?:x-)?ogc:def:crs:epsg:(?:[\d.]*:)?(\d+)$/i,
  /^epsg::?(\d+)$/i,
  /^https?:\/\/www\.opengis\.net\/def\/crs\/epsg\/[\d.]+\/(\d+)$/i,
  /^https?:\/\/www\.opengis\.net\/gml\/srs\/epsg\.xml#(\d+)$/i,
];

/** `{ epsg }` or `crs84` for a CRS name, null when the name is in none of the known forms. */
function parseName(name: string): number | 'crs84' | null {
  const t = name.trim();
  if (CRS84.test(t)) return 'crs84';
  for (const re of EPSG_NAMES) {
    const m = re.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The system a GeoJSON `crs` member declares (`{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::5897"}}`
 * and the other forms GDAL, QGIS and older tools write, see the module comment); `crs` null when the member is
 * absent, `issue` when it names something this importer cannot convert (the file is then refused by name).
 *
 * Issues (file-level errors, `column` `crs`, `value` the member as JSON):
 *
 * | rule | example |
 * |---|---|
 * | `crs-unsupported` | `f.geojson: crs "urn:ogc:def:crs:EPSG::3857" (EPSG:3857) is not a supported system — supported: EPSG:4326, …; reproject the file to EPSG:4326 (QGIS: Export → Save Features As…)` |
 * | `crs-link` | `f.geojson: crs is a link ("http://example.com/crs.wkt") — a linked CRS is not read; …` |
 * | `crs-invalid` | `f.geojson: crs {"type":"name"} names no system — a crs member is {"type":"name","properties":{"name":"EPSG:…"}}; …` |
 */
export function crsOfGeoJsonMember(
  member: unknown,
  source: string,
): { crs: DeclaredCrs | null; issue: DataIssue | null } {
  if (member === undefined || member === null) return { crs: null, issue: null };
  const json = JSON.stringify(member);
  const detail = { column: 'crs', value: json };
  const reproject = {
    en: 'reproject the file to EPSG:4326 (QGIS: Export → Save Features As…)',
    vi: 'hãy chuyển tệp sang EPSG:4326 (QGIS: Export → Save Features As…)',
  };
  const fail = (rule: string, what: { en: string; vi: string }, why: { en: string; vi: string }) => ({
    crs: null,
    issue: importIssue('error', rule, source, { label: 'file' }, what, why, detail),
  });

  let name: string | null = null;
  let code: number | null = null;
  if (typeof member === 'string') name = member;
  else if (isRecord(member) && isRecord(member.properties)) {
    const type = typeof member.type === 'string' ? member.type.toLowerCase() : '';
    const p = member.properties;
    if (type === 'name' && typeof p.name === 'string') name = p.name;
    else if (type === 'ogc' && typeof p.urn === 'string') name = p.urn;
    else if (
      type === 'epsg' &&
      (typeof p.code === 'number' || (typeof p.code === 'string' && /^\d+$/.test(p.code.trim())))
    )
      code = Number(p.code);
    else if (type === 'link') {
      const href = typeof p.href === 'string' ? p.href : json;
      return fail(
        'crs-link',
        { en: `crs is a link (${JSON.stringify(href)})`, vi: `crs là một liên kết (${JSON.stringify(href)})` },
        {
          en: `a linked CRS is not read; declare the system by name (e.g. "urn:ogc:def:crs:EPSG::5897"), ${SUPPORTED_CRS_TEXT.en}; or ${reproject.en}`,
          vi: `không đọc hệ tọa độ dạng liên kết; hãy khai báo hệ theo tên (ví dụ "urn:ogc:def:crs:EPSG::5897"), ${SUPPORTED_CRS_TEXT.vi}; hoặc ${reproject.vi}`,
        },
      );
    }
  }
  const parsed = code ?? (name === null ? null : parseName(name));
  if (parsed === 'crs84') return { crs: { kind: 'wgs84', name: CRS84_NAME }, issue: null };
  if (parsed === null) {
    return fail(
      'crs-invalid',
      { en: `crs ${json} names no system`, vi: `crs ${json} không nêu hệ tọa độ nào` },
      {
        en: `a crs member is {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::<code>"}} or "EPSG:<code>", ${SUPPORTED_CRS_TEXT.en}`,
        vi: `thành phần crs có dạng {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::<mã>"}} hoặc "EPSG:<mã>", ${SUPPORTED_CRS_TEXT.vi}`,
      },
    );
  }
  const crs = crsOfEpsg(parsed);
  if (crs) return { crs, issue: null };
  const shown = name === null ? json : JSON.stringify(name);
  return fail(
    'crs-unsupported',
    {
      en: `crs ${shown} (EPSG:${parsed}) is not a supported system`,
      vi: `crs ${shown} (EPSG:${parsed}) không phải hệ tọa độ được hỗ trợ`,
    },
    {
      en: `${SUPPORTED_CRS_TEXT.en}; ${reproject.en}`,
      vi: `${SUPPORTED_CRS_TEXT.vi}; ${reproject.vi}`,
    },
  );
}
