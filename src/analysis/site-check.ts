/**
 * Checks site records before they reach the engine. A bad row gets one error per problem (all of them, not only
 * the first), each naming the source, the row, the site id, the value and the rule, in English (`message`) and
 * Vietnamese (`vi`), with `column` and `value`; good rows go on. Nothing is dropped silently.
 *
 * Message: `<source>: row <n> (id "<id>"): <field> <value> <what is wrong> — <rule>` (`dòng <n> (mã "<id>")` in
 * Vietnamese), rows counted from 1; with the `feature` label, `feature <n>` / `đối tượng <n>`.
 *
 * | rule | English what — why |
 * |---|---|
 * | `site-id-missing` | `id ""` — every site needs an id |
 * | `site-id-duplicate` | `id "A1" repeats row 2` — site ids must be unique |
 * | `site-coordinate-invalid` | `position ["abc", 21.03] is not a pair of numbers` — lng and lat must be finite numbers in WGS84 degrees |
 * | `site-coordinate-outside` | `position [21.03, 105.85] is outside Hà Nội` — latitude and longitude look swapped / looks like projected metres … / a site must lie in or near Hà Nội (…) |
 * | `site-operator-unknown` | `operator "Gmobile" is unknown` — operator must be one of viettel, vnpt, mobifone, vietnamobile |
 * | `site-technology-unknown` | `technology "3G" is unknown` — technologies must be among 4G, 5G |
 * | `site-band-unknown` | `band "B7" is unknown` — bands must be among B3, B1, B8, B28, n78, n41, n28 |
 * | `site-band-technology` | `band "n78" is 5G but the site's technologies are 4G` — each band must belong to one of the site's technologies |
 * | `site-height-invalid` | `antenna height 400` — height must be a number of metres above 0 and at most 300 |
 * | `site-range-invalid` | `range -5 m` — a range override must be above 0 and at most 50000 m (or: must be a number of metres) |
 * | `site-azimuth-invalid` | `azimuth 360` — azimuths must be degrees in [0, 360) |
 *
 * A row's problems come in that order. Lists (technologies, bands, azimuths) may be arrays or strings separated by
 * spaces, commas, semicolons or bars; a string list is parsed once per distinct text and the parsed array is
 * shared by every site that wrote the same text (sites are never mutated), which keeps a million-row import small.
 */
import type { DataIssue } from '../domain/report.js';
import { HANOI_BBOX } from '../domain/geo.js';
import {
  BANDS,
  OPERATORS,
  TECHNOLOGIES,
  type Band,
  type Operator,
  type Site,
  type Technology,
} from '../domain/telecom.js';

/** Limits of plausible site values. */
export const SITE_LIMITS = {
  /** Antenna height above ground, metres (the tallest towers in Hà Nội are well under 300 m). */
  maxHeightM: 300,
  /** A range override beyond this is not a cell, metres. */
  maxRangeM: 50_000,
} as const;

/** Antenna height used when a row gives none, metres. */
export const DEFAULT_SITE_HEIGHT_M = 30;

export type SiteCheck = { sites: Site[]; issues: DataIssue[] };

/** The fields `checkSites` reads, named as a column in `DataIssue.column` unless the caller names them. */
export type SiteCheckField =
  'id' | 'operator' | 'lng' | 'lat' | 'technologies' | 'bands' | 'heightM' | 'azimuthsDeg' | 'rangeM';

/** Options of a {@link SiteChecker}. */
export type SiteCheckerOptions = {
  /** How rows are named: `row n` (one-based, delimited text) or `feature n` (zero-based, GeoJSON). @default 'row' */
  label?: 'row' | 'feature';
  /** Column (or property) names as written in the file, for `DataIssue.column`. @default the field names */
  columns?: Partial<Record<SiteCheckField, string>>;
};

/** Longest value quoted in a message; longer ones are cut (a 100 KB cell must not be laid out). */
const MAX_QUOTED_CHARS = 200;
const clip = (t: string): string =>
  t.length <= MAX_QUOTED_CHARS ? t : `${t.slice(0, MAX_QUOTED_CHARS)}… (${t.length} characters)`;
const show = (v: unknown, vi = false): string =>
  typeof v === 'string'
    ? `"${clip(v)}"`
    : v === undefined
      ? vi
        ? 'trống'
        : 'missing'
      : clip(JSON.stringify(v) ?? String(v));
/** Distinct list texts parsed and kept per checker (a file repeats a few lists many times). */
const MEMO_ENTRIES = 4096;
const NO_STRINGS: string[] = [];

/**
 * Problems the caller found in a row before checking it, listed where `check` would list its own: `position`
 * replaces the position check (a held row), `bands` follow the band checks, `rest` (dates, sample) come last.
 */
export type RowPrior = { position?: DataIssue; bands?: readonly DataIssue[]; rest?: readonly DataIssue[] };
const NO_PRIOR: RowPrior = {};

/** A list parsed from its text, once. */
type ParsedList = { values: string[] };

/** Checks rows one at a time, remembering ids to name duplicates; see the module comment. */
export class SiteChecker {
  private readonly seen = new Map<string, number>();
  private readonly lists = new Map<string, ParsedList>();
  private readonly azimuthLists = new Map<string, number[]>();
  private readonly label: 'row' | 'feature';
  private readonly columns: Partial<Record<SiteCheckField, string>>;

  constructor(
    private readonly source: string,
    options: SiteCheckerOptions = {},
  ) {
    this.label = options.label ?? 'row';
    this.columns = options.columns ?? {};
  }

  /**
   * Checks the raw row numbered `n`: returns its site, or null after appending one error per problem to `out`
   * (the caller's `prior` problems among them, in order; see {@link RowPrior}).
   */
  check(raw: unknown, n: number, out: DataIssue[], prior: RowPrior = NO_PRIOR): Site | null {
    const r = (raw ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id).trim() : '';
    const before = out.length;
    if (!id)
      out.push(
        this.issue(
          n,
          id,
          'site-id-missing',
          'id',
          r.id,
          [`id ${show(r.id)}`, `mã ${show(r.id, true)}`],
          ['every site needs an id', 'mỗi trạm cần có mã'],
        ),
      );
    else if (this.seen.has(id)) {
      const first = this.seen.get(id);
      const word = this.label === 'row' ? ['row', 'dòng'] : ['feature', 'đối tượng'];
      out.push(
        this.issue(
          n,
          id,
          'site-id-duplicate',
          'id',
          id,
          [`id "${clip(id)}" repeats ${word[0]} ${first}`, `mã "${clip(id)}" trùng với ${word[1]} ${first}`],
          ['site ids must be unique', 'mã trạm không được trùng nhau'],
        ),
      );
    } else this.seen.set(id, n);

    const lng = num(r.lng);
    const lat = num(r.lat);
    if (prior.position) out.push(prior.position);
    else this.checkPosition(r, n, id, lng, lat, out);

    const operator = typeof r.operator === 'string' ? r.operator.toLowerCase() : null;
    if (operator === null || !OPERATORS.includes(operator as Operator)) {
      out.push(
        this.issue(
          n,
          id,
          'site-operator-unknown',
          'operator',
          r.operator,
          [`operator ${show(r.operator)} is unknown`, `nhà mạng ${show(r.operator, true)} không nhận ra`],
          [`operator must be one of ${OPERATORS.join(', ')}`, `nhà mạng phải là một trong ${OPERATORS.join(', ')}`],
        ),
      );
    }
    const technologies = this.list(r.technologies, true);
    const badTech = firstNotIn(technologies, TECHNOLOGIES);
    if (technologies.length === 0 || badTech !== undefined) {
      const v = badTech ?? r.technologies;
      out.push(
        this.issue(
          n,
          id,
          'site-technology-unknown',
          'technologies',
          v,
          [`technology ${show(v)} is unknown`, `công nghệ ${show(v, true)} không nhận ra`],
          [`technologies must be among ${TECHNOLOGIES.join(', ')}`, `công nghệ phải thuộc ${TECHNOLOGIES.join(', ')}`],
        ),
      );
    }
    const bands = this.list(r.bands, false);
    const badBand = firstNotIn(bands, BAND_NAMES);
    const names = BAND_NAMES.join(', ');
    if (badBand !== undefined) {
      out.push(
        this.issue(
          n,
          id,
          'site-band-unknown',
          'bands',
          badBand,
          [`band "${clip(badBand)}" is unknown`, `băng tần "${clip(badBand)}" không nhận ra`],
          [`bands must be among ${names}`, `băng tần phải thuộc ${names}`],
        ),
      );
    } else if (badTech === undefined && technologies.length > 0) {
      const orphan = orphanBand(bands as Band[], technologies);
      if (orphan !== undefined) {
        const tech = BANDS[orphan as Band].tech;
        out.push(
          this.issue(
            n,
            id,
            'site-band-technology',
            'bands',
            orphan,
            [
              `band "${orphan}" is ${tech} but the site's technologies are ${technologies.join(', ')}`,
              `băng tần "${orphan}" thuộc ${tech} nhưng công nghệ của trạm là ${technologies.join(', ')}`,
            ],
            [
              "each band must belong to one of the site's technologies",
              'mỗi băng tần phải thuộc một công nghệ của trạm',
            ],
          ),
        );
      }
    }
    if (prior.bands) out.push(...prior.bands);
    const heightM =
      r.heightM === undefined || r.heightM === null || r.heightM === '' ? DEFAULT_SITE_HEIGHT_M : num(r.heightM);
    if (heightM === null || heightM <= 0 || heightM > SITE_LIMITS.maxHeightM) {
      out.push(
        this.issue(
          n,
          id,
          'site-height-invalid',
          'heightM',
          r.heightM,
          [`antenna height ${show(r.heightM)}`, `độ cao anten ${show(r.heightM, true)}`],
          [
            `height must be a number of metres above 0 and at most ${SITE_LIMITS.maxHeightM}`,
            `độ cao phải là số mét lớn hơn 0 và không quá ${SITE_LIMITS.maxHeightM}`,
          ],
        ),
      );
    }
    const rangeGiven = r.rangeM !== undefined && r.rangeM !== null && r.rangeM !== '';
    const rangeM = rangeGiven ? num(r.rangeM) : null;
    if (rangeM !== null && (rangeM <= 0 || rangeM > SITE_LIMITS.maxRangeM)) {
      out.push(
        this.issue(
          n,
          id,
          'site-range-invalid',
          'rangeM',
          r.rangeM,
          [`range ${show(r.rangeM)} m`, `bán kính ${show(r.rangeM, true)} m`],
          [
            `a range override must be above 0 and at most ${SITE_LIMITS.maxRangeM} m`,
            `bán kính ghi đè phải lớn hơn 0 và không quá ${SITE_LIMITS.maxRangeM} m`,
          ],
        ),
      );
    } else if (rangeGiven && rangeM === null) {
      out.push(
        this.issue(
          n,
          id,
          'site-range-invalid',
          'rangeM',
          r.rangeM,
          [`range ${show(r.rangeM)}`, `bán kính ${show(r.rangeM, true)}`],
          ['a range override must be a number of metres', 'bán kính ghi đè phải là một số mét'],
        ),
      );
    }
    const azimuths = this.azimuths(r.azimuthsDeg);
    const badAz = badAzimuth(azimuths);
    if (badAz !== undefined) {
      out.push(
        this.issue(
          n,
          id,
          'site-azimuth-invalid',
          'azimuthsDeg',
          badAz,
          [`azimuth ${show(badAz)}`, `góc phương vị ${show(badAz, true)}`],
          ['azimuths must be degrees in [0, 360)', 'góc phương vị phải là số độ trong [0, 360)'],
        ),
      );
    }
    if (prior.rest) out.push(...prior.rest);
    if (out.length > before || lng === null || lat === null) return null;
    return {
      id,
      operator: operator as Operator,
      lng,
      lat,
      technologies: technologies as Technology[],
      bands: bands as Band[],
      heightM: heightM!,
      azimuthsDeg: azimuths,
      onAir: str(r.onAir),
      onAir5g: str(r.onAir5g),
      rangeM,
      sample: r.sample === true,
    };
  }

  private checkPosition(
    r: Record<string, unknown>,
    n: number,
    id: string,
    lng: number | null,
    lat: number | null,
    out: DataIssue[],
  ): void {
    if (lng === null || lat === null) {
      const field = lng === null ? 'lng' : 'lat';
      out.push(
        this.issue(
          n,
          id,
          'site-coordinate-invalid',
          field,
          r[field],
          [
            `position [${show(r.lng)}, ${show(r.lat)}] is not a pair of numbers`,
            `vị trí [${show(r.lng, true)}, ${show(r.lat, true)}] không phải là một cặp số`,
          ],
          [
            'lng and lat must be finite numbers in WGS84 degrees',
            'kinh độ và vĩ độ phải là số hữu hạn, tính bằng độ WGS84',
          ],
        ),
      );
      return;
    }
    const [x0, y0, x1, y1] = HANOI_BBOX;
    if (inside(lng, lat)) return;
    const hint: [string, string] = inside(lat, lng)
      ? ['latitude and longitude look swapped', 'vĩ độ và kinh độ có vẻ bị đảo chỗ']
      : Math.abs(lng) > 1000 || Math.abs(lat) > 1000
        ? [
            'looks like projected metres (VN-2000 / UTM), not degrees',
            'có vẻ là mét của hệ toạ độ phẳng (VN-2000 / UTM), không phải độ',
          ]
        : [
            `a site must lie in or near Hà Nội (lon ${x0}–${x1}, lat ${y0}–${y1})`,
            `trạm phải nằm trong hoặc gần Hà Nội (kinh độ ${x0}–${x1}, vĩ độ ${y0}–${y1})`,
          ];
    out.push(
      this.issue(
        n,
        id,
        'site-coordinate-outside',
        'lng',
        `${lng}, ${lat}`,
        [`position [${lng}, ${lat}] is outside Hà Nội`, `vị trí [${lng}, ${lat}] nằm ngoài Hà Nội`],
        hint,
      ),
    );
  }

  private issue(
    n: number,
    id: string,
    rule: string,
    field: SiteCheckField,
    value: unknown,
    what: [string, string],
    why: [string, string],
  ): DataIssue {
    const [word, wordVi] = this.label === 'row' ? ['row', 'dòng'] : ['feature', 'đối tượng'];
    const idEn = id ? ` (id "${clip(id)}")` : '';
    const idVi = id ? ` (mã "${clip(id)}")` : '';
    const column =
      field === 'lng' && rule === 'site-coordinate-outside'
        ? `${this.columns.lng ?? 'lng'}, ${this.columns.lat ?? 'lat'}`
        : (this.columns[field] ?? field);
    const issue: DataIssue = {
      severity: 'error',
      rule,
      file: this.source,
      index: n,
      key: id || null,
      message: `${this.source}: ${word} ${n}${idEn}: ${what[0]} — ${why[0]}`,
      vi: `${this.source}: ${wordVi} ${n}${idVi}: ${what[1]} — ${why[1]}`,
      column,
    };
    if (value !== undefined)
      issue.value = typeof value === 'string' ? clip(value) : clip(JSON.stringify(value) ?? String(value));
    return issue;
  }

  /** A list field's items: an array as given when already clean (not copied), a string parsed once per text. */
  private list(v: unknown, upper: boolean): string[] {
    if (Array.isArray(v)) {
      if (isCleanList(v, upper)) return v as string[];
      return v
        .map((x) => String(x).trim())
        .filter(Boolean)
        .map((x) => (upper ? x.toUpperCase() : x));
    }
    if (typeof v === 'number') return [String(v)];
    if (typeof v !== 'string') return NO_STRINGS;
    const key = upper ? `U${v}` : `-${v}`;
    let parsed = this.lists.get(key);
    if (parsed === undefined) {
      const values = v.split(/[\s,;|]+/).filter(Boolean);
      parsed = { values: upper ? values.map((x) => x.toUpperCase()) : values };
      if (this.lists.size < MEMO_ENTRIES) this.lists.set(key, parsed);
    }
    return parsed.values;
  }

  /** Azimuths as numbers (NaN for text that is none): an array of numbers as given, a string parsed once per text. */
  private azimuths(v: unknown): number[] {
    if (Array.isArray(v)) return v.every(isNumber) ? (v as number[]) : this.list(v, false).map(Number);
    if (typeof v !== 'string') return this.list(v, false).map(Number);
    let parsed = this.azimuthLists.get(v);
    if (parsed === undefined) {
      parsed = this.list(v, false).map(Number);
      if (this.azimuthLists.size < MEMO_ENTRIES) this.azimuthLists.set(v, parsed);
    }
    return parsed;
  }
}

/** Validates raw site rows (objects with Site's fields; lists may be arrays or space/comma-separated strings). */
export function checkSites(rows: readonly unknown[], source: string): SiteCheck {
  const checker = new SiteChecker(source);
  const sites: Site[] = [];
  const issues: DataIssue[] = [];
  rows.forEach((raw, i) => {
    const site = checker.check(raw, i + 1, issues);
    if (site !== null) sites.push(site);
  });
  return { sites, issues };
}

const BAND_NAMES = Object.keys(BANDS);
const [X0, Y0, X1, Y1] = HANOI_BBOX;
const inside = (x: number, y: number): boolean => x >= X0 && x <= X1 && y >= Y0 && y <= Y1;
const isNumber = (x: unknown): boolean => typeof x === 'number';

// Loops rather than `find` with an arrow: the checks run a million times and must not allocate.
function firstNotIn(list: readonly string[], allowed: readonly string[]): string | undefined {
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

/** Whether an array is already a clean list: non-empty trimmed strings (upper case when asked). */
function isCleanList(v: readonly unknown[], upper: boolean): boolean {
  for (const x of v)
    if (typeof x !== 'string' || x === '' || x.trim() !== x || (upper && x.toUpperCase() !== x)) return false;
  return true;
}

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
