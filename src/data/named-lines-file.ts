/**
 * `named-lines.json`, the built-in named lines (scripts/pipeline/named-lines.ts writes it from the 2017 central
 * Hà Nội OSM extract: its 344 named streets with their geometry, streets of one name far apart told apart by
 * place): read and checked here, once. A missing file is no built-in lines (imported line files still work); a
 * file that is there but malformed is an error naming the file, the entry and the rule it broke.
 */
import { isLineKind, type NamedLine } from '../domain/named-line.js';
import type { DataSource } from './load-layers.js';

/** The file's shape: its attribution and the lines (`[lng, lat]` degrees, `lengthM` geodesic metres). */
export type NamedLinesFile = { source: string; licence: string; vintage: string; lines: NamedLine[] };

/** The file's name in the data folder. */
export const NAMED_LINES_FILE_NAME = 'named-lines.json';

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) && p.length >= 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));

/** Checks a parsed `named-lines.json`; throws an error naming the file, the line and the rule. */
export function checkNamedLinesFile(json: unknown): NamedLinesFile {
  const fail = (rule: string): never => {
    throw new Error(`${NAMED_LINES_FILE_NAME}: ${rule}`);
  };
  const o = json as Partial<NamedLinesFile> | null;
  if (typeof o !== 'object' || o === null || !Array.isArray(o.lines))
    return fail('expected an object with a "lines" list');
  for (const k of ['source', 'licence', 'vintage'] as const) if (typeof o[k] !== 'string') fail(`"${k}" must be text`);
  o.lines.forEach((l, i) => {
    const g = l?.geometry;
    const ok =
      typeof l?.name === 'string' &&
      l.name !== '' &&
      isLineKind(l.kind) &&
      Array.isArray(l.classes) &&
      l.classes.every((c) => typeof c === 'string') &&
      Number.isInteger(l.segments) &&
      typeof l.lengthM === 'number' &&
      g?.type === 'MultiLineString' &&
      Array.isArray(g.coordinates) &&
      g.coordinates.every((line) => Array.isArray(line) && line.length >= 2 && line.every(isPosition));
    if (!ok)
      fail(
        `line ${i}: expected {name, kind: road|railway|metro, classes, segments, lengthM, geometry: MultiLineString of [lng, lat] lines of 2 or more positions}`,
      );
  });
  return o as NamedLinesFile;
}

/** Reads `named-lines.json` from the data folder: the file, or null when it is not there. */
export async function loadNamedLines(source: DataSource): Promise<NamedLinesFile | null> {
  let bytes: Uint8Array;
  try {
    bytes = await source.getBytes(NAMED_LINES_FILE_NAME);
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new Error(`${NAMED_LINES_FILE_NAME}: invalid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return checkNamedLinesFile(json);
}
