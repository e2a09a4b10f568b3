/**
 * One row's values (a CSV record through its mapping, or a GeoJSON feature's properties) → a raw site row for
 * `checkSites`, with the problems `checkSites` cannot judge: dates, the `sample` flag, a held position, and bands
 * as people write them (`bands.ts`), and the tower id (`tower-id.ts`, which lists its messages). Values are
 * normalised (see `values.ts`); anything else still wrong is left to `checkSites`, so each rule has one wording.
 * A row reports every problem it has, each naming its column as written in the header and the value; the row is
 * rejected once (see `checkBuiltRow` in `check-rows.ts`).
 *
 * Messages of the checks made here and, for the bands cell, in `site-row-bands.ts` (English; each has its
 * Vietnamese twin in `vi`):
 *
 * | rule | example |
 * |---|---|
 * | `site-date-invalid` | `s.csv: row 4 (id "A1"): on-air date "31/02/2021" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY` |
 * | `site-sample-invalid` | `s.csv: row 4 (id "A1"): sample "maybe" is not true or false — sample must be true, false, 1, 0 or empty` |
 * | `site-band-unknown` | `s.csv: row 4 (id "A1"): band "1800x" is not recognised — write a 3GPP band (B3, n78), a frequency in MHz (1800, 3500) or a label such as L1800, NR3500 or 5G 3.5GHz` |
 * | `site-band-ambiguous` | `s.csv: row 4 (id "A1"): band "700" is ambiguous: B28 (4G) or n28 (5G) — the site has both technologies: write B28 or n28 (or L700 or NR700)` |
 * | `site-band-not-modelled` | `s.csv: row 4 (id "A1"): band "2300" (LTE B40 / NR n40, 2300 MHz) is not modelled — the coverage model knows …` |
 * | `site-band-technology` | `s.csv: row 4 (id "A1"): band "3500" (n78) is 5G but the site's technologies are 4G — each band must belong to one of the site's technologies` |
 * | held position | `coordinates.heldIssue` (projected metres in a file that declared no system) |
 *
 * A band of a technology the row does not list is an error (above), never a silent addition. A row whose
 * technology cell is empty (or has no technology column) takes its technologies from its bands ("L1800" → 4G),
 * counted in `techFromBands` for one file-level warning ({@link techFromBandsWarning}).
 */
import type { DataIssue } from '../../domain/report.js';
import type { CoordinateReader } from './coordinates.js';
import { importIssue, type IssuePlace } from './issue.js';
import { readRowBands, type TechFromBands } from './site-row-bands.js';
import { readTowerId, towerIdIssue } from './tower-id.js';
import type { SiteField } from './types.js';
import {
  normaliseAzimuths,
  normaliseBoolean,
  normaliseDate,
  normaliseOperator,
  readTechnologies,
  toNumber,
  unguardText,
} from './values.js';

/** A row as `checkSites` reads it (see its doc comment). */
export type RawSiteRow = Record<string, unknown>;

/** What the row builder needs besides the values. */
export type RowContext = {
  source: string;
  /** Whether `21,0285` is a number (semicolon- or tab-delimited text). */
  allowDecimalComma: boolean;
  coordinates: CoordinateReader;
  /** Set when a number with a decimal comma was read. */
  sawDecimalComma: boolean;
  /** Whether text may carry the CSV export's formula guard (`'=…`), removed here (delimited text only). */
  unguardFormulas: boolean;
  /** Column (or property) names as written in the file, for `DataIssue.column`. @default the field names */
  columns?: Partial<Record<SiteField, string>>;
  /** When given, a row with no technology takes its bands' technologies and is counted here. @default none */
  techFromBands?: TechFromBands;
};

/** Problems found while building a row, by where `checkSites` would list them (see `RowPrior` in `site-check.ts`). */
export type RowProblems = { position?: DataIssue; bands: DataIssue[]; rest: DataIssue[] };

/** The raw row, and its problems when it has any (`issues`: all of them, `issue`: the first). */
export type RowResult =
  | { ok: true; raw: RawSiteRow }
  | { ok: false; raw: RawSiteRow; issue: DataIssue; issues: DataIssue[]; problems: RowProblems };

/** Reads a value of one field; `undefined` when the field is unmapped. */
export type FieldReader = (field: SiteField) => unknown;

const DATE_RULE = { en: 'dates must be YYYY-MM-DD or DD/MM/YYYY', vi: 'ngày phải có dạng YYYY-MM-DD hoặc DD/MM/YYYY' };
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

/**
 * Builds the raw row of row (or feature) `n`. `position`, when given, is the feature's `[x, y]` (GeoJSON) and
 * replaces the lng/lat fields. `label` names the row in messages.
 */
export function buildSiteRow(
  read: FieldReader,
  n: number,
  ctx: RowContext,
  position: readonly unknown[] | null = null,
  label: 'row' | 'feature' = 'row',
): RowResult {
  const id = text(read('id'), ctx);
  const idText = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
  // No closure and no message for a good row: problems and the row's place are made on the first problem.
  let problems: RowProblems | null = null;

  const onAirRaw = read('onAir');
  const onAir = normaliseDate(text(onAirRaw, ctx));
  if (onAir === undefined) {
    problems = addTo(
      problems,
      'rest',
      importIssue(
        'error',
        'site-date-invalid',
        ctx.source,
        placeOf(label, n, idText),
        {
          en: `on-air date ${show(onAirRaw)} is not a date`,
          vi: `ngày phát sóng ${show(onAirRaw)} không phải là ngày hợp lệ`,
        },
        DATE_RULE,
        { column: columnOf(ctx, 'onAir'), value: onAirRaw },
      ),
    );
  }
  const onAir5gRaw = read('onAir5g');
  const onAir5g = normaliseDate(text(onAir5gRaw, ctx));
  if (onAir5g === undefined) {
    problems = addTo(
      problems,
      'rest',
      importIssue(
        'error',
        'site-date-invalid',
        ctx.source,
        placeOf(label, n, idText),
        {
          en: `5G on-air date ${show(onAir5gRaw)} is not a date`,
          vi: `ngày phát sóng 5G ${show(onAir5gRaw)} không phải là ngày hợp lệ`,
        },
        DATE_RULE,
        { column: columnOf(ctx, 'onAir5g'), value: onAir5gRaw },
      ),
    );
  }
  const sampleRaw = read('sample');
  const sample = normaliseBoolean(text(sampleRaw, ctx));
  if (sample === undefined) {
    problems = addTo(
      problems,
      'rest',
      importIssue(
        'error',
        'site-sample-invalid',
        ctx.source,
        placeOf(label, n, idText),
        {
          en: `sample ${show(sampleRaw)} is not true or false`,
          vi: `dữ liệu mẫu ${show(sampleRaw)} không phải true hay false`,
        },
        { en: 'sample must be true, false, 1, 0 or empty', vi: 'dữ liệu mẫu phải là true, false, 1, 0 hoặc để trống' },
        { column: columnOf(ctx, 'sample'), value: sampleRaw },
      ),
    );
  }

  const towerRaw = text(read('towerId'), ctx);
  const tower = readTowerId(towerRaw, ctx.allowDecimalComma);
  if (!tower.ok) {
    const place = placeOf(label, n, idText);
    problems = addTo(
      problems,
      'rest',
      towerIdIssue(tower.reason, towerRaw, ctx.source, place, columnOf(ctx, 'towerId')),
    );
  }

  let lng = number(position ? position[0] : read('lng'), ctx);
  let lat = number(position ? position[1] : read('lat'), ctx);
  const a = typeof lng === 'number' ? lng : typeof lng === 'string' ? toNumber(lng) : null;
  const b = typeof lat === 'number' ? lat : typeof lat === 'string' ? toNumber(lat) : null;
  if (a !== null && b !== null) {
    const degrees = ctx.coordinates.read(a, b, n);
    if (degrees === null) {
      problems ??= { bands: [], rest: [] };
      problems.position = ctx.coordinates.heldIssue(n, idText || null);
      lng = undefined;
      lat = undefined;
    } else [lng, lat] = degrees;
  }

  const techRaw = text(read('technologies'), ctx);
  const techCell = readTechnologies(techRaw);
  let technologies: unknown = techCell.technologies ?? (typeof techRaw === 'string' ? techCell.text : techRaw);
  const bandsRaw = read('bands');
  let bands: unknown = bandsRaw;
  const bandText =
    typeof bandsRaw === 'string'
      ? (text(bandsRaw, ctx) as string)
      : typeof bandsRaw === 'number'
        ? String(bandsRaw)
        : Array.isArray(bandsRaw)
          ? bandsRaw.join(';')
          : null;
  if (bandText !== null) {
    const cellBands = readRowBands(bandText, techCell, ctx, { label, n, id: idText });
    bands = cellBands.bands;
    if (cellBands.technologies !== null) technologies = cellBands.technologies;
    if (cellBands.issues !== null) for (const issue of cellBands.issues) problems = addTo(problems, 'bands', issue);
  }

  const raw: RawSiteRow = {
    id,
    operator: normaliseOperator(text(read('operator'), ctx)),
    lng,
    lat,
    technologies,
    bands,
    heightM: number(read('heightM'), ctx),
    azimuthsDeg: normaliseAzimuths(text(read('azimuthsDeg'), ctx), ctx.allowDecimalComma),
    onAir,
    onAir5g,
    rangeM: number(read('rangeM'), ctx),
    sample,
  };
  if (tower.ok && tower.towerId !== null) raw.towerId = tower.towerId;
  if (problems === null) return { ok: true, raw };
  const p: RowProblems = problems;
  const issues = [...(p.position ? [p.position] : []), ...p.bands, ...p.rest];
  return { ok: false, raw, issue: issues[0]!, issues, problems: p };
}

function addTo(problems: RowProblems | null, where: 'bands' | 'rest', issue: DataIssue): RowProblems {
  const p = problems ?? { bands: [], rest: [] };
  p[where].push(issue);
  return p;
}

const placeOf = (label: 'row' | 'feature', n: number, id: string): IssuePlace => ({ label, n, id: id || null });
const columnOf = (ctx: RowContext, field: SiteField): string => ctx.columns?.[field] ?? field;

/** Trimmed text, without the CSV export's formula guard where allowed; other values pass. */
function text(v: unknown, ctx: RowContext): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  return ctx.unguardFormulas && t.startsWith("'") ? unguardText(t) : t;
}

/** A number's text with a decimal comma read (`21,0285` → `21.0285` where allowed); other values pass. */
function number(v: unknown, ctx: RowContext): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!ctx.allowDecimalComma || !t.includes(',') || !/^[-+]?\d*,\d+$/.test(t)) return t;
  ctx.sawDecimalComma = true;
  return t.replace(',', '.');
}

/** The file-level warning for rows whose technologies came from their bands; null when there were none. */
export function techFromBandsWarning(source: string, count: TechFromBands, column: string | null): DataIssue | null {
  if (count.count === 0) return null;
  const rows = `${count.sample.join(', ')}${count.count > count.sample.length ? ', …' : ''}`;
  const where = column === null ? 'there is no technology column' : `the "${column}" cell is empty`;
  const whereVi = column === null ? 'không có cột công nghệ' : `ô "${column}" để trống`;
  return importIssue(
    'warning',
    'site-technology-from-band',
    source,
    { label: 'file' },
    {
      en: `${count.count} row${count.count === 1 ? '' : 's'} (${rows}) took their technology from their bands: ${where}`,
      vi: `${count.count} dòng (${rows}) lấy công nghệ theo băng tần: ${whereVi}`,
    },
    {
      en: 'a band names its technology (B3, L1800: 4G; n78, NR3500: 5G)',
      vi: 'mỗi băng tần cho biết công nghệ của nó (B3, L1800: 4G; n78, NR3500: 5G)',
    },
  );
}
