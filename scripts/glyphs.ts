/**
 * Builds the SDF glyph PBFs that the style's `glyphs` URL points at, so that map labels need no
 * network: `${outDir}/{fontstack}/{start}-{end}.pbf` for every 256-codepoint range that holds a
 * glyph of Noto Sans Regular or Bold (latin, latin-ext and vietnamese subsets merged).
 *
 * Usage: `tsx scripts/glyphs.ts [outDir]` (default `public/glyphs`).
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FontSpec, type MergedFont, loadMergedFont, notoSansSpecs } from './glyphs/fonts.js';
import { type GlyphRecord, encodeGlyphPbf } from './glyphs/pbf.js';
import { SDF_FONT_SIZE_PX, flattenPath, renderSdf } from './glyphs/sdf.js';
import { errorMessage } from '../src/domain/errors.js';

/** Codepoints per glyph PBF, as MapLibre requests them (`Math.floor(codePoint / 256)`). */
export const GLYPH_RANGE_SIZE = 256;
/** Highest codepoint written; MapLibre glyph servers stop at the Basic Multilingual Plane. */
export const MAX_CODEPOINT = 0xffff;
/** Output folder of the command line, relative to the working directory. */
export const DEFAULT_GLYPHS_DIR = 'public/glyphs';

/** A range of codepoints, `[start, end]` inclusive, start a multiple of 256, end = start + 255. */
export type GlyphRange = readonly [start: number, end: number];

/** What to build. */
export type GlyphBuildOptions = {
  /**
   * Ranges to write, or `null` for every range that holds at least one glyph of any fontstack.
   * A listed range with no glyphs is still written, as a fontstack with no glyphs.
   * @default null
   */
  ranges: readonly GlyphRange[] | null;
  /**
   * Fontstacks and the font files each merges.
   * @default notoSansSpecs() — "Noto Sans Regular" and "Noto Sans Bold" from @fontsource/noto-sans
   */
  fonts: readonly FontSpec[];
};

/** Defaults of {@link GlyphBuildOptions}. */
export const DEFAULT_GLYPH_BUILD_OPTIONS: GlyphBuildOptions = { ranges: null, fonts: notoSansSpecs() };

/** What {@link buildGlyphs} wrote. */
export type GlyphBuildResult = {
  /** Fontstack names, one folder each under the output folder. */
  fontstacks: string[];
  /** PBF files written, over all fontstacks. */
  files: number;
  /** Glyphs written, over all files. */
  glyphs: number;
};

/**
 * Writes `${outDir}/${fontstack}/${start}-${end}.pbf` for each fontstack and range.
 *
 * @param outDir folder to write into; created if missing, existing files are overwritten
 */
export async function buildGlyphs(outDir: string, options: Partial<GlyphBuildOptions> = {}): Promise<GlyphBuildResult> {
  const { ranges, fonts } = { ...DEFAULT_GLYPH_BUILD_OPTIONS, ...options };
  const merged = await Promise.all(fonts.map(loadMergedFont));
  const starts = ranges === null ? occupiedRangeStarts(merged) : ranges.map(validateRange);
  let files = 0;
  let glyphs = 0;
  for (const font of merged) {
    const dir = join(outDir, font.name);
    await mkdir(dir, { recursive: true });
    for (const start of starts) {
      const end = start + GLYPH_RANGE_SIZE - 1;
      const records = rangeGlyphs(font, start, end);
      const range = `${start}-${end}`;
      await writeFile(join(dir, `${range}.pbf`), encodeGlyphPbf({ name: font.name, range, glyphs: records }));
      files++;
      glyphs += records.length;
    }
  }
  return { fontstacks: merged.map((font) => font.name), files, glyphs };
}

function validateRange([start, end]: GlyphRange): number {
  if (
    !Number.isInteger(start) ||
    start < 0 ||
    start > MAX_CODEPOINT ||
    start % GLYPH_RANGE_SIZE !== 0 ||
    end !== start + GLYPH_RANGE_SIZE - 1
  ) {
    throw new Error(`Invalid glyph range [${start}, ${end}]: expected [k·256, k·256 + 255] within 0–65535`);
  }
  return start;
}

/** Starts of the 256-codepoint ranges holding at least one glyph of any of the fonts, ascending. */
function occupiedRangeStarts(fonts: readonly MergedFont[]): number[] {
  const starts = new Set<number>();
  for (const font of fonts) {
    for (const codepoint of font.glyphs.keys()) {
      if (codepoint <= MAX_CODEPOINT) starts.add(codepoint - (codepoint % GLYPH_RANGE_SIZE));
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** The glyph records of `font` for codepoints start…end, ascending. */
export function rangeGlyphs(font: MergedFont, start: number, end: number): GlyphRecord[] {
  const records: GlyphRecord[] = [];
  for (let codepoint = start; codepoint <= end; codepoint++) {
    const glyph = font.glyphs.get(codepoint);
    if (glyph !== undefined) records.push(glyphRecord(font, codepoint, glyph.advanceWidth, glyph.commands()));
  }
  return records;
}

/**
 * One glyph at 24 px. `top` follows node-fontnik (`src/glyphs.cpp`): the ink top above the
 * baseline minus the font's ascender in whole pixels (FreeType's `size->metrics.ascender`), which
 * puts every glyph of the font on one baseline in MapLibre's shaping (`SHAPING_DEFAULT_OFFSET`).
 * The advance is rounded to the nearest pixel; node-fontnik truncates, which tightens text by
 * half a pixel per letter on average.
 */
function glyphRecord(
  font: MergedFont,
  id: number,
  advanceWidth: number,
  commands: Parameters<typeof flattenPath>[0],
): GlyphRecord {
  const scale = SDF_FONT_SIZE_PX / font.unitsPerEm;
  const ascenderPx = Math.round(font.ascender * scale);
  const advance = Math.max(0, Math.round(advanceWidth * scale));
  const sdf = renderSdf(flattenPath(commands, scale));
  if (sdf === null) return { id, bitmap: null, width: 0, height: 0, left: 0, top: -ascenderPx, advance };
  return {
    id,
    bitmap: sdf.bitmap,
    width: sdf.width,
    height: sdf.height,
    left: sdf.left,
    top: sdf.top - ascenderPx,
    advance,
  };
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.length > 1) throw new Error(`Usage: tsx scripts/glyphs.ts [outDir]; got ${argv.length} arguments`);
  const outDir = resolve(argv[0] ?? DEFAULT_GLYPHS_DIR);
  const started = performance.now();
  const result = await buildGlyphs(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${result.files} glyph PBFs (${result.glyphs} glyphs) to ${outDir} in ${seconds} s:`);
  for (const name of result.fontstacks) console.log(`  ${join(outDir, name)}/{start}-{end}.pbf`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(errorMessage(error));
    process.exitCode = 1;
  });
}
