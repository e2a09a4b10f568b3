/**
 * The tower id of an imported site row (`Site.towerId`: the mast's id in a register shared by the operators), read
 * from a CSV cell or a GeoJSON / FlatGeobuf property.
 *
 * | written | read as |
 * |---|---|
 * | `" T-0012 "` | `T-0012` (trimmed; case and leading zeros kept: ids are compared as text) |
 * | `1234` (a number property), `1234.0` (a number a spreadsheet printed with a fraction; `1234,0` in `;` files) | `1234` |
 * | `12.5` (a number property) | `12.5` (a text `12.0`, too, reads as `12`: a spreadsheet cannot tell them apart) |
 * | empty, blank, null, missing | no tower id |
 * | more than {@link MAX_TOWER_ID_CHARS} characters | row error `site-tower-id-long` |
 * | true, an object, a list | row error `site-tower-id-invalid` |
 *
 * Messages (English; each has its Vietnamese twin in `vi`), in the shape of `site-rows.ts`:
 * `s.csv: row 4 (id "A1"): tower id "XXXX…" has 70 characters — a tower id must be at most 64 characters` and
 * `s.geojson: feature 2 (id "A1"): tower id true is not text or a number — a tower id must be text or a number`.
 */
import type { DataIssue } from '../../domain/report.js';
import type { Site } from '../../domain/telecom.js';
import { importIssue, type IssuePlace } from './issue.js';

/** Longest tower id, in characters (Unicode code points): register ids are short codes; a longer cell is junk. */
export const MAX_TOWER_ID_CHARS = 64;

/** A tower id read: the id (null for none), or why the value cannot be one. */
export type TowerIdRead = { ok: true; towerId: string | null } | { ok: false; reason: 'long' | 'type' };

/**
 * Reads a tower id from `raw` (text already trimmed and unguarded by the caller, or a property's value as parsed).
 * `allowDecimalComma`: whether `1234,0` is a number (semicolon- or tab-delimited text).
 */
export function readTowerId(raw: unknown, allowDecimalComma: boolean): TowerIdRead {
  if (raw === undefined || raw === null) return { ok: true, towerId: null };
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, reason: 'type' };
    text = String(raw);
  } else if (typeof raw === 'string') {
    text = raw.trim();
    // A whole number a spreadsheet printed with a zero fraction: `1234.0` names tower `1234`.
    const whole = (allowDecimalComma ? /^(\d+)[.,]0+$/ : /^(\d+)\.0+$/).exec(text);
    if (whole) text = whole[1]!;
  } else return { ok: false, reason: 'type' };
  if (text === '') return { ok: true, towerId: null };
  if (codePoints(text) > MAX_TOWER_ID_CHARS) return { ok: false, reason: 'long' };
  return { ok: true, towerId: text };
}

/** The row error of a tower id that {@link readTowerId} refused; `column` as written in the file. */
export function towerIdIssue(
  reason: 'long' | 'type',
  raw: unknown,
  source: string,
  place: IssuePlace,
  column: string,
): DataIssue {
  const shown = typeof raw === 'string' ? `"${raw.trim()}"` : (JSON.stringify(raw) ?? String(raw));
  const cut = shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
  if (reason === 'long') {
    const n = typeof raw === 'string' ? codePoints(raw.trim()) : shown.length;
    return importIssue(
      'error',
      'site-tower-id-long',
      source,
      place,
      { en: `tower id ${cut} has ${n} characters`, vi: `mã cột ${cut} dài ${n} ký tự` },
      {
        en: `a tower id must be at most ${MAX_TOWER_ID_CHARS} characters`,
        vi: `mã cột không được dài quá ${MAX_TOWER_ID_CHARS} ký tự`,
      },
      { column, value: raw },
    );
  }
  return importIssue(
    'error',
    'site-tower-id-invalid',
    source,
    place,
    { en: `tower id ${cut} is not text or a number`, vi: `mã cột ${cut} không phải chữ hay số` },
    { en: 'a tower id must be text or a number', vi: 'mã cột phải là chữ hoặc số' },
    { column, value: raw },
  );
}

/**
 * `site` carrying the tower id of its raw row (`raw.towerId`, as `buildSiteRow` left it: a non-empty string or
 * absent). The site checker (`analysis/site-check.ts`) builds sites from the fields it checks; the tower id, read
 * and checked here in `data/`, is set on the fresh site it returned.
 */
export function withTowerId(site: Site, raw: Readonly<Record<string, unknown>>): Site {
  const towerId = raw.towerId;
  if (typeof towerId === 'string' && towerId !== '') site.towerId = towerId;
  return site;
}

/** Length in Unicode code points (an astral character counts once); short texts are not split. */
function codePoints(text: string): number {
  return text.length <= MAX_TOWER_ID_CHARS ? text.length : [...text].length;
}

/** How many of `sites` carry a tower id, and how many distinct ids they carry (for the import report). */
export function towerIdCounts(sites: readonly Pick<Site, 'towerId'>[]): { sites: number; distinct: number } {
  const ids = new Set<string>();
  let n = 0;
  for (const s of sites) {
    if (s.towerId === undefined) continue;
    n++;
    ids.add(s.towerId);
  }
  return { sites: n, distinct: ids.size };
}
