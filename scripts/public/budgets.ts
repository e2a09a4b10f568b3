/**
 * The public map's size budgets (issue "Publish the static public coverage map"): JavaScript at most 350 KiB
 * gzip; the data of the first view (the city at its default zoom: the 2025 units, the zones, the figures and
 * the labels' basic glyphs) at most 500 KiB gzip. Bytes are deterministic, so a test checks them.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PUBLIC_BUDGETS = { jsGzipKiB: 350, firstViewDataGzipKiB: 500 } as const;

/** The files the first view loads, relative to the built folder. */
export const FIRST_VIEW_DATA = [
  'data/units.fgb',
  'data/zones.fgb',
  'data/areas.json',
  'data/summary.json',
  'glyphs/Noto Sans Regular/0-255.pbf',
] as const;

/** Gzip sizes of the built folder's JavaScript and first-view data, bytes. */
export function publicSizes(
  dir: string,
  gzip: (b: Buffer) => Buffer,
): { jsGzip: number; firstViewDataGzip: number; js: Record<string, number> } {
  const assets = path.join(dir, 'assets');
  const js: Record<string, number> = {};
  for (const f of fs.readdirSync(assets))
    if (/\.(m?js)$/.test(f)) js[f] = gzip(fs.readFileSync(path.join(assets, f))).length;
  const firstViewDataGzip = FIRST_VIEW_DATA.reduce((s, f) => s + gzip(fs.readFileSync(path.join(dir, f))).length, 0);
  return { jsGzip: Object.values(js).reduce((a, b) => a + b, 0), firstViewDataGzip, js };
}
