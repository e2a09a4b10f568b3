/**
 * The rules that decide which raw points become priority zones, as pure functions of the raw properties and the
 * zone curation (`data/zones.json`, read by `zone-curation.ts`; the rules are explained in `data/README.md`):
 *
 * - An OSM hospital is kept only when it is tagged `amenity=hospital` or `healthcare=hospital` (and no other
 *   `healthcare=*` value), and its Vietnamese name (`name:vi`, else `name`) exists (else "no-name"), is not only
 *   generic words or a placeholder such as "(OSM node/…)" ("generic-name"), does not name another kind of
 *   facility first ("other-facility": a pharmacy, clinic, health station, tattoo shop…) and says "Bệnh viện" or
 *   begins with "Viện" ("not-named-hospital" otherwise).
 * - Names are compared as keys: lower case, no diacritics (đ → d), punctuation as spaces, words matched whole.
 * - Two kept zones of one category are the same place when their keys, without the generic words, are equal and
 *   their points are at most `withinM` metres apart (geodesic, WGS84); the first one is kept.
 * - A source naming a local raw file ("shared/data/hanoi/…") is rewritten for people: "file (OpenStreetMap node N
 *   …)" becomes "OpenStreetMap node N …"; another file becomes its description.
 */
import type { Position } from 'geojson';
import { distanceM } from '../../src/analysis/geodesy.js';
import { stripDiacritics } from '../../src/domain/text.js';

/** Why a raw point was left out of the zones; the curation's `leftOut.why` explains each. */
export const LEFT_OUT_REASONS = [
  'not-plan-category',
  'not-tagged-hospital',
  'no-name',
  'generic-name',
  'other-facility',
  'not-named-hospital',
  'duplicate',
] as const;
/** One of `LEFT_OUT_REASONS`. */
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** How the name of an OSM `amenity=hospital` feature is judged (from `data/zones.json`, `hospitals`). */
export type HospitalNameRules = {
  /** Words that make a name a hospital's wherever they stand ("bệnh viện"). */
  hospitalWords: readonly string[];
  /** First words that make a name a hospital's when nothing else is named ("viện", a medical institute). */
  institutePrefixes: readonly string[];
  /** Other kinds of facility, each with the words that name it; the kind named first in a name wins. */
  otherKinds: readonly { kind: string; words: readonly string[] }[];
  /** Words that say nothing of which place it is ("bệnh viện", "đa khoa", "district"…). */
  genericWords: readonly string[];
};

/** The verdict on one hospital name: kept, or left out with a reason and a detail for the reviewer. */
export type NameVerdict = { keep: true } | { keep: false; reason: LeftOutReason; detail: string };

/** The comparison key of a text: lower case, no diacritics, every run of non-letters/digits one space, trimmed. */
export function nameKey(s: string): string {
  return stripDiacritics(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Position (in the padded key) of the first whole-word occurrence of any of `words` in `key`, or -1. */
function firstWord(key: string, words: readonly string[]): number {
  const padded = ` ${key} `;
  let best = -1;
  for (const w of words) {
    const k = nameKey(w);
    if (k === '') continue;
    const at = padded.indexOf(` ${k} `);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** `key` without any of `words` (whole words), single-spaced. */
function withoutWords(key: string, words: readonly string[]): string {
  let padded = ` ${key} `;
  // Longest first, so that "trạm y tế" goes before "y tế" would leave "tram".
  for (const k of words.map(nameKey).sort((a, b) => b.length - a.length)) {
    if (k === '') continue;
    while (padded.includes(` ${k} `)) padded = padded.replace(` ${k} `, ' ');
  }
  return padded.trim();
}

const PLACEHOLDER = /\(\s*OSM\b/i;

/** Judges a hospital's Vietnamese name (already chosen: `name:vi`, else `name`); '' is "no-name". */
export function judgeHospitalName(name: string, rules: HospitalNameRules): NameVerdict {
  const key = nameKey(name);
  if (key === '') return { keep: false, reason: 'no-name', detail: 'no name:vi or name' };
  if (PLACEHOLDER.test(name) || withoutWords(key, rules.genericWords) === '')
    return { keep: false, reason: 'generic-name', detail: `"${name}" names no particular place` };
  const hospitalAt = firstWord(key, rules.hospitalWords);
  let other: { kind: string; at: number } | null = null;
  for (const k of rules.otherKinds) {
    const at = firstWord(key, k.words);
    if (at >= 0 && (other === null || at < other.at)) other = { kind: k.kind, at };
  }
  if (other !== null && (hospitalAt < 0 || other.at < hospitalAt))
    return { keep: false, reason: 'other-facility', detail: `"${name}" is a ${other.kind}` };
  if (hospitalAt >= 0 || firstWord(key, rules.institutePrefixes) === 0) return { keep: true };
  return { keep: false, reason: 'not-named-hospital', detail: `"${name}" does not say Bệnh viện or Viện` };
}

/** True when the OSM tags say hospital: `amenity=hospital` or `healthcare=hospital`, and no other `healthcare`. */
export function taggedHospital(tags: Readonly<Record<string, unknown>>): boolean {
  const healthcare = tags.healthcare;
  if (typeof healthcare === 'string' && healthcare !== '' && healthcare !== 'hospital') return false;
  return tags.amenity === 'hospital' || healthcare === 'hospital';
}

/** An OSM element named for people: `OpenStreetMap node 123456` (`way`, `relation` likewise). */
export function osmSourceText(type: string, id: string): string {
  return `OpenStreetMap ${type} ${id}`;
}

const RAW_PATH = /\bshared\/data\/hanoi\/([\w./-]+\w)/g;

/** Index just past the parenthesis that closes the one at `open`, or -1 when it is never closed. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * A curated source with every local raw-file path ("shared/data/hanoi/poi/x.geojson") replaced for people:
 * "path (OpenStreetMap node N "name")" becomes "OpenStreetMap node N "name""; any other path becomes its
 * description in `fileLabels` (keys relative to the data folder). Paths with no description stay and are
 * returned in `unknown`, for the caller to report.
 */
export function readableSource(
  source: string,
  fileLabels: Readonly<Record<string, string>>,
): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  let out = '';
  let from = 0;
  for (const m of source.matchAll(RAW_PATH)) {
    const start = m.index;
    if (start < from) continue;
    const rel = m[1]!;
    let end = start + m[0].length;
    out += source.slice(from, start);
    const paren = source.startsWith(' (OpenStreetMap ', end) ? closingParen(source, end + 1) : -1;
    if (paren > 0) {
      out += source.slice(end + 2, paren - 1);
      end = paren;
    } else if (Object.hasOwn(fileLabels, rel)) {
      out += fileLabels[rel];
    } else {
      out += m[0];
      unknown.push(rel);
    }
    from = end;
  }
  return { text: out + source.slice(from), unknown };
}

/** A kept zone as the duplicate check sees it: its category, name and point `[lng, lat]`. */
export type DedupItem = { category: string; name: string; point: Position };

/**
 * The duplicates among `items`, which come in order of preference: for each later item that is the same place
 * as an earlier kept one (same category, equal key without `genericWords`, at most `withinM` metres apart), its
 * index, the index of the kept one and their distance, metres. O(n²): a few hundred zones.
 */
export function findDuplicates(
  items: readonly DedupItem[],
  withinM: number,
  genericWords: readonly string[],
): { index: number; of: number; distanceM: number }[] {
  const keys = items.map((z) => {
    const k = nameKey(z.name);
    return withoutWords(k, genericWords) || k;
  });
  const kept: number[] = [];
  const dups: { index: number; of: number; distanceM: number }[] = [];
  items.forEach((z, i) => {
    for (const j of kept) {
      const y = items[j]!;
      if (y.category !== z.category || keys[j] !== keys[i]) continue;
      const d = distanceM(y.point, z.point);
      if (d <= withinM) {
        dups.push({ index: i, of: j, distanceM: d });
        return;
      }
    }
    kept.push(i);
  });
  return dups;
}
