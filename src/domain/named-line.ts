/**
 * Named lines (issue #17, "Coverage along roads"): a road, a railway or a metro line found by its name ("Đại lộ
 * Thăng Long", "Vành đai 3", "QL1A", "Tuyến 2A"), made of every segment of that name and kind in a line file, whose
 * length and covered length the analysis measures (analysis/line-coverage.ts). Shared by the importer
 * (data/import/line-import.ts), the built-in set (data/named-lines-file.ts), the worker and the page.
 */
import type { MultiLineString } from 'geojson';
import { searchKey } from './text.js';

/** What a named line is: a road (OSM `highway=*`), a railway (`railway=rail`) or a metro line (`railway=subway`, …). */
export const LINE_KINDS = ['road', 'railway', 'metro'] as const;
/** One of {@link LINE_KINDS}. */
export type LineKind = (typeof LINE_KINDS)[number];

/** True when `v` names a line kind. */
export function isLineKind(v: unknown): v is LineKind {
  return typeof v === 'string' && (LINE_KINDS as readonly string[]).includes(v);
}

/**
 * One named line: every segment of one name and kind, in one MultiLineString (`[lng, lat]` WGS84 degrees, one line
 * per segment, in file order).
 */
export type NamedLine = {
  /** The name as first met: Unicode NFC, spaces collapsed (see {@link lineNameOf}). */
  name: string;
  kind: LineKind;
  /** The OSM classes met (`primary`, `trunk`, `rail`, `subway`, …), sorted, each once; empty when none was given. */
  classes: string[];
  /** How many features of the file make it. */
  segments: number;
  geometry: MultiLineString;
  /** Length of all its lines on the WGS84 ellipsoid, metres (geodesics between positions). */
  lengthM: number;
};

/** Longest name kept, characters (as the import messages quote at most). */
export const MAX_LINE_NAME_CHARS = 200;

/** A name as kept: Unicode NFC, runs of white space made one space, trimmed; null when nothing is left. */
export function lineNameOf(raw: string): string | null {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  return name === '' ? null : name;
}

/**
 * The entries of `lines` whose name holds `query`, ignoring case, diacritics and spaces' count (`searchKey`: "vanh
 * dai 3" finds "Vành đai 3"), for a search box: names starting with the query first, then names holding it at a
 * word's start, then anywhere; shorter names first within each, at most `limit`. A blank query finds nothing.
 */
export function matchNamedLines<T extends { name: string }>(lines: readonly T[], query: string, limit = 10): T[] {
  const q = searchKey(query);
  if (q === '') return [];
  const ranked: { line: T; rank: number; key: string }[] = [];
  for (const line of lines) {
    const key = searchKey(line.name);
    const at = key.indexOf(q);
    if (at < 0) continue;
    ranked.push({ line, key, rank: at === 0 ? 0 : key.includes(` ${q}`) ? 1 : 2 });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.key.length - b.key.length || a.key.localeCompare(b.key));
  return ranked.slice(0, limit).map((r) => r.line);
}

/**
 * The key segments are grouped by: kind and name ignoring case (OSM spells both "Đại Lộ Thăng Long" and "Đại lộ
 * Thăng Long"), diacritics kept ("Phố Huế" and "Phố Hué" are two streets), as roads.ts groups road names.
 */
export function namedLineKey(kind: LineKind, name: string): string {
  return `${kind}|${(lineNameOf(name) ?? '').toLocaleLowerCase('vi')}`;
}

/** The set id of the built-in lines (the data folder's named lines); imported sets are `import-<n>`. */
export const BUILT_IN_SET = 'built-in';
