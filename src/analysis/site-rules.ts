/**
 * The rules a site row must meet, one function per check (the table in `site-check.ts`): each takes a field's raw
 * and parsed values and returns the problem, worded in English and Vietnamese (`SiteProblem`, `site-issue.ts`), or
 * null when the field is fine. They keep no state and allocate nothing for a good field, since a million-row
 * import calls each once per row; `SiteChecker` calls them in the order a row's problems are listed.
 */
import { HANOI_BBOX } from '../domain/geo.js';
import { BANDS, OPERATORS, TECHNOLOGIES, type Band, type Operator } from '../domain/telecom.js';
import { clip, ROW_WORDS, show, viNumber, type IssueNaming, type Phrase, type SiteProblem } from './site-issue.js';

/** Limits of plausible site values. */
export const SITE_LIMITS = {
  /** Antenna height above ground, metres (the tallest towers in Hà Nội are well under 300 m). */
  maxHeightM: 300,
  /** A range override beyond this is not a cell, metres. */
  maxRangeM: 50_000,
} as const;

/** Antenna height used when a row gives none, metres. */
export const DEFAULT_SITE_HEIGHT_M = 30;

const BAND_NAMES = Object.keys(BANDS);
const [X0, Y0, X1, Y1] = HANOI_BBOX;
const inside = (x: number, y: number): boolean => x >= X0 && x <= X1 && y >= Y0 && y <= Y1;

/** `site-id-missing`: the row's raw `id` gave no id. */
export function idMissing(raw: unknown): SiteProblem {
  return {
    rule: 'site-id-missing',
    field: 'id',
    value: raw,
    what: [`id ${show(raw)}`, `mã ${show(raw, true)}`],
    why: ['every site needs an id', 'mỗi trạm cần có mã'],
  };
}

/** `site-id-duplicate`: `id` was first seen in row `first` (named as `label` says). */
export function idDuplicate(id: string, first: number | undefined, label: IssueNaming['label']): SiteProblem {
  const word = ROW_WORDS[label];
  return {
    rule: 'site-id-duplicate',
    field: 'id',
    value: id,
    what: [`id "${clip(id)}" repeats ${word[0]} ${first}`, `mã "${clip(id)}" trùng với ${word[1]} ${first}`],
    why: ['site ids must be unique', 'mã trạm không được trùng nhau'],
  };
}

/**
 * `site-coordinate-invalid` or `site-coordinate-outside`: the raw cells and parsed `[lng, lat]` (WGS84 degrees,
 * null when not a number) of a position; the hint says when it looks swapped or projected.
 */
export function positionProblem(
  rawLng: unknown,
  rawLat: unknown,
  lng: number | null,
  lat: number | null,
): SiteProblem | null {
  if (lng === null || lat === null) {
    return {
      rule: 'site-coordinate-invalid',
      field: lng === null ? 'lng' : 'lat',
      value: lng === null ? rawLng : rawLat,
      what: [
        `position [${show(rawLng)}, ${show(rawLat)}] is not a pair of numbers`,
        `vị trí [${show(rawLng, true)}, ${show(rawLat, true)}] không phải là một cặp số`,
      ],
      why: [
        'lng and lat must be finite numbers in WGS84 degrees',
        'kinh độ và vĩ độ phải là số hữu hạn, tính bằng độ WGS84',
      ],
    };
  }
  if (inside(lng, lat)) return null;
  const why: Phrase = inside(lat, lng)
    ? ['latitude and longitude look swapped', 'vĩ độ và kinh độ có vẻ bị đảo chỗ']
    : Math.abs(lng) > 1000 || Math.abs(lat) > 1000
      ? [
          'looks like projected metres (VN-2000 / UTM), not degrees',
          'có vẻ là mét của hệ toạ độ phẳng (VN-2000 / UTM), không phải độ',
        ]
      : [
          `a site must lie in or near Hà Nội (lon ${X0}–${X1}, lat ${Y0}–${Y1})`,
          `trạm phải nằm trong hoặc gần Hà Nội (kinh độ ${viNumber(X0)}–${viNumber(X1)}, vĩ độ ${viNumber(Y0)}–${viNumber(Y1)})`,
        ];
  return {
    rule: 'site-coordinate-outside',
    field: 'lng',
    value: `${lng}, ${lat}`,
    // Vietnamese writes decimal commas, so the pair's two numbers are parted by a semicolon.
    what: [
      `position [${lng}, ${lat}] is outside Hà Nội`,
      `vị trí [${viNumber(lng)}; ${viNumber(lat)}] nằm ngoài Hà Nội`,
    ],
    why,
  };
}

/** `site-operator-unknown`: `operator` is the raw cell in lower case, null when it is not a string. */
export function operatorProblem(operator: string | null, raw: unknown): SiteProblem | null {
  if (operator !== null && OPERATORS.includes(operator as Operator)) return null;
  return {
    rule: 'site-operator-unknown',
    field: 'operator',
    value: raw,
    what: [`operator ${show(raw)} is unknown`, `nhà mạng ${show(raw, true)} không nhận ra`],
    why: [`operator must be one of ${OPERATORS.join(', ')}`, `nhà mạng phải là một trong ${OPERATORS.join(', ')}`],
  };
}

/** `site-technology-unknown`: no technologies, or `badTech` (the first unknown one) among them. */
export function technologyProblem(
  technologies: readonly string[],
  badTech: string | undefined,
  raw: unknown,
): SiteProblem | null {
  if (technologies.length > 0 && badTech === undefined) return null;
  const v = badTech ?? raw;
  return {
    rule: 'site-technology-unknown',
    field: 'technologies',
    value: v,
    what: [`technology ${show(v)} is unknown`, `công nghệ ${show(v, true)} không nhận ra`],
    why: [`technologies must be among ${TECHNOLOGIES.join(', ')}`, `công nghệ phải thuộc ${TECHNOLOGIES.join(', ')}`],
  };
}

/**
 * `site-band-unknown`, else `site-band-technology` (a band of none of the site's technologies, checked only when
 * `techOk`: the technologies are known and not empty).
 */
export function bandProblem(
  bands: readonly string[],
  technologies: readonly string[],
  techOk: boolean,
): SiteProblem | null {
  const badBand = firstNotIn(bands, BAND_NAMES);
  if (badBand !== undefined) {
    const names = BAND_NAMES.join(', ');
    return {
      rule: 'site-band-unknown',
      field: 'bands',
      value: badBand,
      what: [`band "${clip(badBand)}" is unknown`, `băng tần "${clip(badBand)}" không nhận ra`],
      why: [`bands must be among ${names}`, `băng tần phải thuộc ${names}`],
    };
  }
  if (!techOk) return null;
  const orphan = orphanBand(bands as Band[], technologies);
  if (orphan === undefined) return null;
  const tech = BANDS[orphan].tech;
  return {
    rule: 'site-band-technology',
    field: 'bands',
    value: orphan,
    what: [
      `band "${orphan}" is ${tech} but the site's technologies are ${technologies.join(', ')}`,
      `băng tần "${orphan}" thuộc ${tech} nhưng công nghệ của trạm là ${technologies.join(', ')}`,
    ],
    why: ["each band must belong to one of the site's technologies", 'mỗi băng tần phải thuộc một công nghệ của trạm'],
  };
}

/** `site-height-invalid`: `heightM` is the parsed height, metres (null when not a number). */
export function heightProblem(raw: unknown, heightM: number | null): SiteProblem | null {
  if (heightM !== null && heightM > 0 && heightM <= SITE_LIMITS.maxHeightM) return null;
  return {
    rule: 'site-height-invalid',
    field: 'heightM',
    value: raw,
    what: [`antenna height ${show(raw)}`, `độ cao anten ${show(raw, true)}`],
    why: [
      `height must be a number of metres above 0 and at most ${SITE_LIMITS.maxHeightM}`,
      `độ cao phải là số mét lớn hơn 0 và không quá ${SITE_LIMITS.maxHeightM}`,
    ],
  };
}

/** `site-range-invalid`: a range override that was `given` but is not a number, or `rangeM` metres out of bounds. */
export function rangeProblem(raw: unknown, given: boolean, rangeM: number | null): SiteProblem | null {
  if (rangeM !== null && (rangeM <= 0 || rangeM > SITE_LIMITS.maxRangeM)) {
    return {
      rule: 'site-range-invalid',
      field: 'rangeM',
      value: raw,
      what: [`range ${show(raw)} m`, `bán kính ${show(raw, true)} m`],
      why: [
        `a range override must be above 0 and at most ${SITE_LIMITS.maxRangeM} m`,
        `bán kính ghi đè phải lớn hơn 0 và không quá ${SITE_LIMITS.maxRangeM} m`,
      ],
    };
  }
  if (!given || rangeM !== null) return null;
  return {
    rule: 'site-range-invalid',
    field: 'rangeM',
    value: raw,
    what: [`range ${show(raw)}`, `bán kính ${show(raw, true)}`],
    why: ['a range override must be a number of metres', 'bán kính ghi đè phải là một số mét'],
  };
}

/** `site-azimuth-invalid`: the first azimuth, degrees, that is not in [0, 360). */
export function azimuthProblem(azimuths: readonly number[]): SiteProblem | null {
  const badAz = badAzimuth(azimuths);
  if (badAz === undefined) return null;
  return {
    rule: 'site-azimuth-invalid',
    field: 'azimuthsDeg',
    value: badAz,
    what: [`azimuth ${show(badAz)}`, `góc phương vị ${show(badAz, true)}`],
    why: ['azimuths must be degrees in [0, 360)', 'góc phương vị phải là số độ trong [0, 360)'],
  };
}

// Loops rather than `find` with an arrow: the checks run a million times and must not allocate.
/** The first item of `list` not in `allowed`, or undefined when all are. */
export function firstNotIn(list: readonly string[], allowed: readonly string[]): string | undefined {
  for (const x of list) if (!allowed.includes(x)) return x;
  return undefined;
}

function orphanBand(bands: readonly Band[], technologies: readonly string[]): Band | undefined {
  for (const b of bands) if (!technologies.includes(BANDS[b].tech)) return b;
  return undefined;
}

function badAzimuth(azimuths: readonly number[]): number | undefined {
  for (const a of azimuths) if (!Number.isFinite(a) || a < 0 || a >= 360) return a;
  return undefined;
}
