/**
 * Loads the Noto Sans subsets that @fontsource ships as WOFF files and merges each weight's subsets
 * into one codepoint → outline map.
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One opentype.js 2 path command; coordinates in font units, y up in `glyph.path`. */
export type PathCommand =
  | { type: 'M'; x: number; y: number }
  | { type: 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** The part of an opentype.js 2 font read here; the package ships no type declarations. */
type OpenTypeFont = {
  unitsPerEm: number;
  ascender: number;
  tables: { cmap: { glyphIndexMap: Record<string, number> } };
  glyphs: { get(index: number): { advanceWidth?: number; path: { commands: PathCommand[] } } };
};

// The package's ESM build has no default export and its CommonJS build no named ones; require
// gives the same module under tsx, vitest and plain Node.
const opentype = createRequire(import.meta.url)('opentype.js') as { parse(buffer: ArrayBuffer): OpenTypeFont };

/** A glyph of a merged font. */
export type FontGlyph = {
  /** Horizontal advance, font units. */
  advanceWidth: number;
  /** Outline, font units, y up from the baseline. */
  commands: () => readonly PathCommand[];
};

/** Several subset files of one face merged by codepoint. */
export type MergedFont = {
  /** Fontstack name MapLibre asks for, e.g. "Noto Sans Regular". */
  name: string;
  /** Font units per em, shared by all subset files. */
  unitsPerEm: number;
  /** Typographic ascender (hhea), font units above the baseline. */
  ascender: number;
  /** Codepoint → glyph, from the first file (in the order given) that maps the codepoint. */
  glyphs: ReadonlyMap<number, FontGlyph>;
};

/** A fontstack to build and the subset files it merges, earliest first. */
export type FontSpec = {
  /** Fontstack name, as it appears in `text-font` and in the glyphs URL. */
  name: string;
  /** Paths of WOFF/TTF/OTF files. */
  files: readonly string[];
};

/** @fontsource/noto-sans subsets that cover Vietnamese text, in merge order. */
export const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;

/** Folder of the installed @fontsource/noto-sans files, as an absolute path. */
export const DEFAULT_FONT_DIR = fileURLToPath(
  new URL('../../node_modules/@fontsource/noto-sans/files', import.meta.url),
);

/** The Regular (400) and Bold (700) fontstacks from the @fontsource/noto-sans files in `fontDir`. */
export function notoSansSpecs(fontDir: string = DEFAULT_FONT_DIR): FontSpec[] {
  const files = (weight: number): string[] =>
    NOTO_SANS_SUBSETS.map((subset) => join(fontDir, `noto-sans-${subset}-${weight}-normal.woff`));
  return [
    { name: 'Noto Sans Regular', files: files(400) },
    { name: 'Noto Sans Bold', files: files(700) },
  ];
}

const FONT_MAGICS = ['wOFF', 'OTTO', 'true', '\u0000\u0001\u0000\u0000'];

/** Reads and parses one font file, naming the file in any error. */
export async function readFont(path: string): Promise<OpenTypeFont> {
  const bytes = await readFile(path);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (!FONT_MAGICS.includes(magic)) {
    throw new Error(
      `Font ${path}: magic bytes ${JSON.stringify(magic)} are not WOFF, OpenType or TrueType (WOFF2 is not supported)`,
    );
  }
  try {
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } catch (error) {
    throw new Error(`Font ${path}: opentype.js could not parse it: ${String(error)}`, { cause: error });
  }
}

/** Loads every file of `spec` and merges their glyphs by codepoint, first file first. */
export async function loadMergedFont(spec: FontSpec): Promise<MergedFont> {
  const glyphs = new Map<number, FontGlyph>();
  let first: OpenTypeFont | null = null;
  for (const file of spec.files) {
    const font = await readFont(file);
    first ??= font;
    if (font.unitsPerEm !== first.unitsPerEm || font.ascender !== first.ascender) {
      throw new Error(
        `Font ${file}: unitsPerEm ${font.unitsPerEm} and ascender ${font.ascender} differ from ` +
          `${first.unitsPerEm} and ${first.ascender} in the first file of "${spec.name}"`,
      );
    }
    for (const [key, index] of Object.entries(font.tables.cmap.glyphIndexMap)) {
      const codepoint = Number(key);
      if (glyphs.has(codepoint) || index === 0) continue;
      const glyph = font.glyphs.get(index);
      glyphs.set(codepoint, { advanceWidth: glyph.advanceWidth ?? 0, commands: () => glyph.path.commands });
    }
  }
  if (first === null) throw new Error(`Fontstack "${spec.name}" lists no font files`);
  return { name: spec.name, unitsPerEm: first.unitsPerEm, ascender: first.ascender, glyphs };
}
