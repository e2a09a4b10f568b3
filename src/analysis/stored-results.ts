/**
 * The engine's figures for one date, stored by the data build (`npm run data`) for the shipped data, so that the
 * time control shows a quarter at once instead of recomputing the tiles its sites change: the per-area sums
 * (covered m², residents, sites per area and combination of technology and operator set) and the city's site
 * counts. Results are built from them by the engine's own `build`, in the engine's order, so they equal the
 * engine's to the last bit. A small binary: a JSON header (date, areas) then the typed arrays.
 */
import type { AreaMeta, EngineSums } from './engine/engine.js';
import { build, N_COMBOS } from './engine/results.js';
import type { AreaResult } from './engine/types.js';
import { TECHNOLOGIES } from '../domain/telecom.js';
import { OP_SETS } from './engine/types.js';

/** The engine's sums as of one date (ISO `YYYY-MM-DD`). */
export type ResultsSnapshot = {
  date: string;
  sums: EngineSums;
  /** The city's site counts by combination (a site counted once, not once per unit it stands in). */
  citySites: Int32Array;
  /** `${level}|${id}` of every area, in the engine's order: a snapshot fits only an engine with these areas. */
  areaKeys: string[];
  /**
   * The farthest any of the snapshot's sites' footprints reaches from its site, metres; null when not stored. With
   * it, sites added to the stored ones need only the tiles they reach recomputed (stored-delta.ts).
   */
  maxReachM: number | null;
};

const MAGIC = 'HNRS';
const VERSION = 1;

/** The engine's sums now, labelled `date`; `city` is its city result (its site counts are the city's). */
export function snapshotOf(
  date: string,
  meta: readonly AreaMeta[],
  sums: EngineSums,
  city: AreaResult,
  maxReachM: number | null = null,
): ResultsSnapshot {
  const citySites = new Int32Array(N_COMBOS);
  TECHNOLOGIES.forEach((tech, ti) =>
    OP_SETS.forEach((op, oi) => (citySites[ti * OP_SETS.length + oi] = city.sites[tech][op])),
  );
  return { date, sums, citySites, areaKeys: meta.map((a) => `${a.level}|${a.id}`), maxReachM };
}

/** Whether a snapshot was made over exactly these areas (same levels and ids, same order). */
export function snapshotFits(snap: ResultsSnapshot, meta: readonly AreaMeta[]): boolean {
  return snap.areaKeys.length === meta.length && meta.every((a, i) => snap.areaKeys[i] === `${a.level}|${a.id}`);
}

/**
 * Every area's result keyed `${level}|${id}` and the city's, from a snapshot over `meta` (the engine's areas):
 * the same formulas and the same order of additions as the engine (engine-sums.ts), so the same numbers.
 */
export function resultsOfSnapshot(
  meta: readonly AreaMeta[],
  snap: ResultsSnapshot,
): { areas: Record<string, AreaResult>; city: AreaResult } {
  const { covered, pop, sites } = snap.sums;
  const areas: Record<string, AreaResult> = {};
  meta.forEach((a, i) => {
    areas[`${a.level}|${a.id}`] = build(a.id, a.level, a.areaM2, a.population, (c) => [
      covered[i * N_COMBOS + c]!,
      pop[i * N_COMBOS + c]!,
      sites[i * N_COMBOS + c]!,
    ]);
  });
  const units = meta.map((a, i) => (a.level === 'unit2025' ? i : -1)).filter((i) => i >= 0);
  const sum = (arr: Float64Array, c: number) => units.reduce((s, a) => s + arr[a * N_COMBOS + c]!, 0);
  const areaM2 = units.reduce((s, a) => s + meta[a]!.areaM2, 0);
  const population = units.reduce((s, a) => s + meta[a]!.population, 0);
  const city = build('city', 'city', areaM2, population, (c) => [sum(covered, c), sum(pop, c), snap.citySites[c]!]);
  return { areas, city };
}

/** The snapshot as bytes (see {@link decodeSnapshot}). */
export function encodeSnapshot(snap: ResultsSnapshot): Uint8Array {
  const n = snap.areaKeys.length * N_COMBOS;
  const header = new TextEncoder().encode(
    JSON.stringify({
      magic: MAGIC,
      version: VERSION,
      date: snap.date,
      combos: N_COMBOS,
      areas: snap.areaKeys,
      maxReachM: snap.maxReachM,
    }),
  );
  // Header length, header, padding to 8 bytes, then covered, pop (Float64), sites, city sites (Int32).
  const start = Math.ceil((4 + header.length) / 8) * 8;
  const bytes = new Uint8Array(start + n * 16 + n * 4 + N_COMBOS * 4);
  new DataView(bytes.buffer).setUint32(0, header.length, true);
  bytes.set(header, 4);
  bytes.set(new Uint8Array(snap.sums.covered.buffer, snap.sums.covered.byteOffset, n * 8), start);
  bytes.set(new Uint8Array(snap.sums.pop.buffer, snap.sums.pop.byteOffset, n * 8), start + n * 8);
  bytes.set(new Uint8Array(snap.sums.sites.buffer, snap.sums.sites.byteOffset, n * 4), start + n * 16);
  bytes.set(new Uint8Array(snap.citySites.buffer, snap.citySites.byteOffset, N_COMBOS * 4), start + n * 20);
  return bytes;
}

/** Reads a snapshot written by {@link encodeSnapshot}; throws, naming `file`, on anything else. */
export function decodeSnapshot(bytes: Uint8Array, file: string): ResultsSnapshot {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what} — not a stored results file of this version; run \`npm run data\` again`);
  };
  if (bytes.length < 4) fail('the file is empty or truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  if (4 + headerLength > bytes.length) fail('the header is truncated');
  let header: {
    magic?: unknown;
    version?: unknown;
    date?: unknown;
    combos?: unknown;
    areas?: unknown;
    maxReachM?: unknown;
  };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as typeof header;
  } catch {
    return fail('the header is not JSON');
  }
  if (header.magic !== MAGIC) fail(`the file starts with ${JSON.stringify(header.magic)}, not "${MAGIC}"`);
  if (header.version !== VERSION) fail(`format version ${String(header.version)}, expected ${VERSION}`);
  if (header.combos !== N_COMBOS) fail(`${String(header.combos)} combinations per area, expected ${N_COMBOS}`);
  if (typeof header.date !== 'string' || !Array.isArray(header.areas)) fail('the header has no date or areas');
  const areaKeys = (header.areas as unknown[]).map(String);
  const n = areaKeys.length * N_COMBOS;
  const start = Math.ceil((4 + headerLength) / 8) * 8;
  if (bytes.length !== start + n * 20 + N_COMBOS * 4)
    fail(`${bytes.length} bytes, expected ${start + n * 20 + N_COMBOS * 4}`);
  // Copies: the typed arrays must be aligned and must not keep the fetched buffer alive.
  const copy = (at: number, len: number) => bytes.slice(start + at, start + at + len).buffer;
  return {
    date: header.date as string,
    sums: {
      covered: new Float64Array(copy(0, n * 8)),
      pop: new Float64Array(copy(n * 8, n * 8)),
      sites: new Int32Array(copy(n * 16, n * 4)),
    },
    citySites: new Int32Array(copy(n * 20, N_COMBOS * 4)),
    areaKeys,
    maxReachM: typeof header.maxReachM === 'number' && header.maxReachM >= 0 ? header.maxReachM : null,
  };
}
