/**
 * Place search over the areas of both administrative layouts (126 units since 2025-07-01; 30 districts and
 * 584 wards before) and the 146 priority zones. Pure: no React, no DOM.
 *
 * Matching ignores case, diacritics and where the tone mark sits ("Hòa" = "Hoà" = "hoa", "Đống Đa" = "dong da"),
 * through `searchKey` (NFD, marks U+0300–U+036F removed, đ → d). Punctuation counts as a space.
 */
import { searchKey } from '../domain/text.js';
import { cellNames, gridLevelOfCellId } from '../domain/grid.js';
import type { PlaceLevel, SearchEntry } from '../domain/places.js';

type IndexedEntry = {
  entry: SearchEntry;
  /** Normalised keys of `name`, `fullName`, `nameEn` (distinct, non-empty). */
  keys: readonly string[];
  /** The words of each key, same order as `keys`. */
  words: readonly (readonly string[])[];
  /** Normalised `name`, the alphabetical tie-break. */
  sortKey: string;
  levelRank: number;
};

/** A prepared index; build it once with `buildSearchIndex` and pass it to `search`. */
export type SearchIndex = { readonly items: readonly IndexedEntry[] };

/** Tie-break order of levels: units of 2025 first, then the 2019 layout, then zones. */
export const SEARCH_LEVEL_ORDER: readonly PlaceLevel[] = [
  'unit2025',
  'district2019',
  'ward2019',
  'zone',
  'h3r8',
  'h3r9',
];

/** How many results `search` returns unless told. */
export const DEFAULT_SEARCH_LIMIT = 10;

/** Match tiers, best first. */
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const NO_MATCH = 4;

/**
 * The comparison key of a text: `searchKey` (lower case, no diacritics, đ → d), then the look-alike
 * Latin eth (ð/Ð, U+00F0/U+00D0, sometimes typed for đ/Đ) as d, then any run of non-letters, non-digits as
 * one space.
 */
export function normaliseForSearch(s: string): string {
  return searchKey(s)
    .replace(/ð/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Prepares entries for `search`. Entries are kept in full; the same name may appear in several levels. */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  const items = entries.map((entry): IndexedEntry => {
    const keys = [...new Set([entry.name, entry.fullName, entry.nameEn].map(normaliseForSearch))].filter(
      (k) => k !== '',
    );
    return {
      entry,
      keys,
      words: keys.map((k) => k.split(' ')),
      sortKey: normaliseForSearch(entry.name),
      levelRank: SEARCH_LEVEL_ORDER.indexOf(entry.level),
    };
  });
  return { items };
}

function tierOfKey(key: string, words: readonly string[], q: string, qWords: readonly string[]): number {
  if (key === q) return EXACT;
  if (key.startsWith(q)) return PREFIX;
  // The query as a phrase starting at a word ("kiem", "kiem ward"), or every query word begins some word
  // of the name, in any order ("ward hoan").
  if (key.includes(' ' + q)) return WORD_PREFIX;
  if (qWords.every((qw) => words.some((w) => w.startsWith(qw)))) return WORD_PREFIX;
  if (key.includes(q)) return SUBSTRING;
  return NO_MATCH;
}

function tierOf(item: IndexedEntry, q: string, qWords: readonly string[]): number {
  let best = NO_MATCH;
  item.keys.forEach((key, i) => {
    best = Math.min(best, tierOfKey(key, item.words[i] ?? [], q, qWords));
  });
  return best;
}

/**
 * Entries whose Vietnamese short name, full name or English name matches `query`, best first: exact name,
 * then name prefix, then word prefixes, then substring; ties by level (`SEARCH_LEVEL_ORDER`), then
 * alphabetically by normalised name, then by id. An empty or blank query, or `limit` ≤ 0, gives `[]`.
 * @param limit most results to return; @default 10
 */
export function search(index: SearchIndex, query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchEntry[] {
  const q = normaliseForSearch(query);
  if (q === '' || !(limit > 0)) return [];
  // An H3 cell id (resolution 8 or 9) finds its cell of the grid level, whether or not that grid is loaded.
  const grid = gridLevelOfCellId(query);
  if (grid) {
    const id = query.trim().toLowerCase();
    return [{ level: grid, id, ...cellNames(id, grid), context: null }];
  }
  const qWords = q.split(' ');
  const hits: { item: IndexedEntry; tier: number }[] = [];
  for (const item of index.items) {
    const tier = tierOf(item, q, qWords);
    if (tier !== NO_MATCH) hits.push({ item, tier });
  }
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.item.levelRank - b.item.levelRank ||
      compareStrings(a.item.sortKey, b.item.sortKey) ||
      compareStrings(a.item.entry.id, b.item.entry.id),
  );
  return hits.slice(0, limit).map((h) => h.item.entry);
}

// Code-point order, so that the result does not depend on the runtime's locale data.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
