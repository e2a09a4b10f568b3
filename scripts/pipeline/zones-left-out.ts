/**
 * The record of what the zone rules left out, written by the pipeline beside the layers as `zones-excluded.json`
 * (the name is the curation's `leftOut.file`) so that a reviewer can check every point: its id (OSM `node/N`,
 * `way/N`, `relation/N`, or the plan point's id), name, reason and detail, with the counts per reason and the
 * kept zones per category. Deterministic: the same inputs give the same bytes (no timestamp).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ZONE_CATEGORIES, type ZoneCategory } from '../../src/domain/zones.js';
import { LEFT_OUT_REASONS, type LeftOutReason } from './zone-rules.js';
import { ZONE_CURATION, type ZoneCuration } from './zone-curation.js';
import type { LeftOutZone, ZonesBuilt } from './zones.js';

/** The content of `zones-excluded.json`. */
export type ZonesExcludedDoc = {
  about: string;
  /** Raw files the zones are built from, relative to the data folder. */
  inputs: string[];
  kept: { total: number; byCategory: Record<ZoneCategory, number> };
  leftOut: { total: number; byReason: Record<LeftOutReason, number> };
  /** Why each reason leaves a point out (the curation's `leftOut.why`). */
  why: Record<LeftOutReason, string>;
  /** Every point left out, by reason (in `LEFT_OUT_REASONS` order), then file and feature order. */
  items: LeftOutZone[];
};

/** What the pipeline lists in its manifest for the file: name, number of points left out, checksum, size. */
export type ZonesExcludedEntry = { file: string; count: number; sha256: string; bytes: number };

/** Number of points left out per reason; every reason present, 0 when none. */
export function countByReason(leftOut: readonly LeftOutZone[]): Record<LeftOutReason, number> {
  const out = Object.fromEntries(LEFT_OUT_REASONS.map((r) => [r, 0])) as Record<LeftOutReason, number>;
  for (const z of leftOut) out[z.reason]++;
  return out;
}

/** Number of kept zones per category; every category present, 0 when none. */
export function countByCategory(zones: ZonesBuilt['zones']): Record<ZoneCategory, number> {
  const out = Object.fromEntries(ZONE_CATEGORIES.map((c) => [c, 0])) as Record<ZoneCategory, number>;
  for (const z of zones) out[z.properties.category]++;
  return out;
}

/** The record of `built` (from `buildZones`) for `zones-excluded.json`. */
export function zonesExcludedDoc(
  built: ZonesBuilt,
  inputs: readonly string[],
  curation: ZoneCuration = ZONE_CURATION,
): ZonesExcludedDoc {
  const order = (z: LeftOutZone) => LEFT_OUT_REASONS.indexOf(z.reason);
  const fileOrder = (z: LeftOutZone) => inputs.indexOf(z.file);
  const items = [...built.leftOut].sort(
    (a, b) => order(a) - order(b) || fileOrder(a) - fileOrder(b) || a.index - b.index,
  );
  return {
    about:
      'Raw points left out of the priority zones (zones.fgb), each with its id (OSM node/way/relation, or the plan ' +
      "point's id), name, reason and detail. The rules and their parameters: data/zones.json, explained in data/README.md.",
    inputs: [...inputs],
    kept: { total: built.zones.length, byCategory: countByCategory(built.zones) },
    leftOut: { total: items.length, byReason: countByReason(items) },
    why: { ...curation.leftOut.why },
    items,
  };
}

/** One log line: kept per category and left out per reason (non-zero counts only). */
export function zonesSummary(built: ZonesBuilt): string {
  const nonZero = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return (
    `zones: ${built.zones.length} kept (${nonZero(countByCategory(built.zones))}); ` +
    `${built.leftOut.length} left out (${nonZero(countByReason(built.leftOut))})`
  );
}

/** Writes the record into `outDir` under the curation's file name and returns its manifest entry. */
export function writeZonesExcluded(
  outDir: string,
  doc: ZonesExcludedDoc,
  curation: ZoneCuration = ZONE_CURATION,
): ZonesExcludedEntry {
  const bytes = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
  fs.writeFileSync(path.join(outDir, curation.leftOut.file), bytes);
  return {
    file: curation.leftOut.file,
    count: doc.leftOut.total,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}
