/**
 * The public map's size budgets (issues "Publish the static public coverage map" and #15 "instant start"):
 * MapLibre GL 6 stays and is measured apart (its own chunk and its worker: reported, not budgeted); the page's own
 * code, everything else it ships as JavaScript or CSS (Preact, the app, the styles), at most 120 KiB gzip; the
 * data of the first view (the city at its default zoom: the 2025 units, the zones, the figures and the labels'
 * basic glyphs) at most 500 KiB gzip; the build-time first view's inline SVG at most 60 KiB gzip. Bytes are
 * deterministic, so a test checks them.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The budgets, KiB of gzip. */
export const PUBLIC_BUDGETS = { ownCodeGzipKiB: 120, firstViewDataGzipKiB: 500, firstViewSvgGzipKiB: 60 } as const;

/** The files the first view loads, relative to the built folder. */
export const FIRST_VIEW_DATA = [
  'data/units.fgb',
  'data/zones.fgb',
  'data/areas.json',
  'data/summary.json',
  'glyphs/Noto Sans Regular/0-255.pbf',
] as const;

/**
 * MapLibre GL's files in `assets/`: its chunk (`maplibre-gl-<hash>.js`), the chunk's stylesheet (the controls'
 * `maplibre-gl.css`) and its worker (`maplibre-gl-worker-<hash>.mjs`).
 */
export const MAPLIBRE_FILE = /^maplibre-gl(-worker)?-[\w-]+\.(m?js|css)$/;

/** Gzip sizes of a built public map, bytes. */
export type PublicSizes = {
  /** MapLibre GL's chunk, its stylesheet and its worker. */
  maplibreGzip: number;
  /** Every other JavaScript file and every stylesheet in `assets/`: the page's own code. */
  ownCodeGzip: number;
  /** The files of `FIRST_VIEW_DATA`. */
  firstViewDataGzip: number;
  /** The first view's inline `<svg>` in `index.html` (0 when the page has none). */
  firstViewSvgGzip: number;
  /** `index.html` as a whole, the first view included. */
  htmlGzip: number;
  /** Each JavaScript and CSS file of `assets/` by name. */
  files: Record<string, number>;
};

/** The first `<svg …>…</svg>` of the first view (`class="pub-first-view-svg"`) in an HTML text, or null. */
export function firstViewSvg(html: string): string | null {
  const start = html.indexOf('<svg class="pub-first-view-svg"');
  if (start < 0) return null;
  const end = html.indexOf('</svg>', start);
  return end < 0 ? null : html.slice(start, end + '</svg>'.length);
}

/**
 * The gzip sizes of the built folder `dir`. Throws when `assets/` has no MapLibre chunk: the build did not split
 * MapLibre from the page's code, so the page's own code cannot be measured.
 */
export function publicSizes(dir: string, gzip: (b: Buffer) => Buffer): PublicSizes {
  const assets = path.join(dir, 'assets');
  const files: Record<string, number> = {};
  let maplibreGzip = 0;
  let ownCodeGzip = 0;
  let maplibreChunk = false;
  for (const f of fs.readdirSync(assets).sort()) {
    if (!/\.(m?js|css)$/.test(f)) continue;
    const n = gzip(fs.readFileSync(path.join(assets, f))).length;
    files[f] = n;
    if (MAPLIBRE_FILE.test(f)) {
      maplibreGzip += n;
      maplibreChunk ||= /^maplibre-gl-[\w-]+\.js$/.test(f) && !f.startsWith('maplibre-gl-worker-');
    } else ownCodeGzip += n;
  }
  if (!maplibreChunk)
    throw new Error(
      `${assets}: no MapLibre chunk (maplibre-gl-<hash>.js): the build must split MapLibre from the page`,
    );
  const firstViewDataGzip = FIRST_VIEW_DATA.reduce((s, f) => s + gzip(fs.readFileSync(path.join(dir, f))).length, 0);
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const svg = firstViewSvg(html);
  return {
    maplibreGzip,
    ownCodeGzip,
    firstViewDataGzip,
    firstViewSvgGzip: svg === null ? 0 : gzip(Buffer.from(svg)).length,
    htmlGzip: gzip(Buffer.from(html)).length,
    files,
  };
}

/** Every budget the sizes break, one line each (empty when all hold). */
export function budgetProblems(s: PublicSizes): string[] {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const out: string[] = [];
  if (s.ownCodeGzip > PUBLIC_BUDGETS.ownCodeGzipKiB * 1024)
    out.push(`the page's own code is ${kib(s.ownCodeGzip)} gzip, over its ${PUBLIC_BUDGETS.ownCodeGzipKiB} KiB budget`);
  if (s.firstViewDataGzip > PUBLIC_BUDGETS.firstViewDataGzipKiB * 1024)
    out.push(
      `the first view's data is ${kib(s.firstViewDataGzip)} gzip, over its ${PUBLIC_BUDGETS.firstViewDataGzipKiB} KiB budget`,
    );
  if (s.firstViewSvgGzip > PUBLIC_BUDGETS.firstViewSvgGzipKiB * 1024)
    out.push(
      `the first view's SVG is ${kib(s.firstViewSvgGzip)} gzip, over its ${PUBLIC_BUDGETS.firstViewSvgGzipKiB} KiB budget`,
    );
  return out;
}
