/**
 * The glyph PBF format MapLibre fetches from a style's `glyphs` URL:
 *
 * ```proto
 * message glyphs    { repeated fontstack stacks = 1; }
 * message fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
 * message glyph     { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3;
 *                     required uint32 height = 4; required sint32 left = 5; required sint32 top = 6;
 *                     required uint32 advance = 7; }
 * ```
 *
 * Field numbers and types checked against maplibre-gl-js `src/style/parse_glyph_pbf.ts` and the
 * writer in mapbox/node-fontnik `src/glyphs.cpp`.
 */

import { PbfReader, PbfWriter } from 'pbf';

/** One glyph as stored in the PBF; distances in px at the 24 px SDF size. */
export type GlyphRecord = {
  /** Unicode codepoint. */
  id: number;
  /** SDF bytes, rows from the top, (width + 6) × (height + 6); `null` for a glyph with no ink. */
  bitmap: Uint8Array | null;
  /** Ink width without the 3 px buffer, px. */
  width: number;
  /** Ink height without the 3 px buffer, px. */
  height: number;
  /** Ink left edge right of the pen position, px. */
  left: number;
  /** Ink top edge, px, relative to MapLibre's glyph origin (baseline height − 25 px, see glyphs.ts). */
  top: number;
  /** Horizontal advance, px. */
  advance: number;
};

/** One fontstack's glyphs for one 256-codepoint range. */
export type FontstackRecord = {
  /** Fontstack name, e.g. "Noto Sans Regular". */
  name: string;
  /** Range as MapLibre names it, "start-end", both inclusive, e.g. "7680-7935". */
  range: string;
  glyphs: GlyphRecord[];
};

/** Encodes one fontstack range as a glyph PBF. */
export function encodeGlyphPbf(stack: FontstackRecord): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, writeFontstack, stack);
  return pbf.finish();
}

function writeFontstack(stack: FontstackRecord, pbf: PbfWriter): void {
  pbf.writeStringField(1, stack.name);
  pbf.writeStringField(2, stack.range);
  for (const glyph of stack.glyphs) pbf.writeMessage(3, writeGlyph, glyph);
}

function writeGlyph(glyph: GlyphRecord, pbf: PbfWriter): void {
  pbf.writeVarintField(1, glyph.id);
  // node-fontnik leaves the bitmap out of glyphs with no ink; MapLibre then allocates an empty one.
  if (glyph.bitmap !== null) pbf.writeBytesField(2, glyph.bitmap);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

/** Decodes a glyph PBF into its fontstacks, the way MapLibre reads it. */
export function decodeGlyphPbf(bytes: Uint8Array): FontstackRecord[] {
  return new PbfReader(bytes).readFields(readStacks, [] as FontstackRecord[]);
}

function readStacks(tag: number, stacks: FontstackRecord[], pbf: PbfReader): void {
  if (tag === 1) stacks.push(pbf.readMessage(readFontstack, { name: '', range: '', glyphs: [] }));
}

function readFontstack(tag: number, stack: FontstackRecord, pbf: PbfReader): void {
  if (tag === 1) stack.name = pbf.readString();
  else if (tag === 2) stack.range = pbf.readString();
  else if (tag === 3) {
    const empty: GlyphRecord = { id: 0, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 0 };
    stack.glyphs.push(pbf.readMessage(readGlyph, empty));
  }
}

function readGlyph(tag: number, glyph: GlyphRecord, pbf: PbfReader): void {
  if (tag === 1) glyph.id = pbf.readVarint();
  else if (tag === 2) glyph.bitmap = pbf.readBytes();
  else if (tag === 3) glyph.width = pbf.readVarint();
  else if (tag === 4) glyph.height = pbf.readVarint();
  else if (tag === 5) glyph.left = pbf.readSVarint();
  else if (tag === 6) glyph.top = pbf.readSVarint();
  else if (tag === 7) glyph.advance = pbf.readVarint();
}
