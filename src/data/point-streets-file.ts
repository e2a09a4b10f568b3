/**
 * `streets.json`, the street names the search box finds (scripts/pipeline/point-streets.ts writes it): read and
 * checked here, once. A missing file is no street names (the search still finds places and coordinates); a file
 * that is there but malformed is an error naming the file and the rule it broke.
 */
import type { DataSource } from './load-layers.js';
import type { StreetEntry } from './point-streets.js';

/** The file's shape: its attribution and the streets (`lngLat` `[lng, lat]` degrees, `lengthM` metres). */
export type StreetsFile = { source: string; licence: string; vintage: string; streets: StreetEntry[] };

/** The file's name in the data folder. */
export const STREETS_FILE_NAME = 'streets.json';

/** Checks a parsed `streets.json`; throws an error naming the file, the entry and the rule. */
export function checkStreetsFile(json: unknown): StreetsFile {
  const fail = (rule: string): never => {
    throw new Error(`${STREETS_FILE_NAME}: ${rule}`);
  };
  const o = json as Partial<StreetsFile> | null;
  if (typeof o !== 'object' || o === null || !Array.isArray(o.streets))
    return fail('expected an object with a "streets" list');
  for (const k of ['source', 'licence', 'vintage'] as const) if (typeof o[k] !== 'string') fail(`"${k}" must be text`);
  o.streets.forEach((s, i) => {
    const ok =
      typeof s?.name === 'string' &&
      Array.isArray(s.lngLat) &&
      s.lngLat.length === 2 &&
      s.lngLat.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
      typeof s.lengthM === 'number';
    if (!ok) fail(`street ${i}: expected {name, lngLat: [lng, lat], lengthM}`);
  });
  return o as StreetsFile;
}

/** Reads `streets.json` from the data folder: the streets, or none when the file is not there. */
export async function loadStreets(source: DataSource): Promise<StreetEntry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await source.getBytes(STREETS_FILE_NAME);
  } catch {
    return [];
  }
  return checkStreetsFile(JSON.parse(new TextDecoder().decode(bytes))).streets;
}
