import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGlyphs, type GlyphBuildResult } from './glyphs.js';
import { type MergedFont, loadMergedFont, notoSansSpecs } from './glyphs/fonts.js';
import { type GlyphRecord, decodeGlyphPbf } from './glyphs/pbf.js';
import { SDF_BUFFER_PX, SDF_CUTOFF, SDF_FONT_SIZE_PX, sdfByte } from './glyphs/sdf.js';

const RANGES = [
  [0, 255],
  [256, 511],
  [7680, 7935],
] as const;

let dir: string;
let result: GlyphBuildResult;
let regular: MergedFont;

// One build shared read-only by every test: the SDFs take a while, and no test writes to it.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glyphs-test-'));
  result = await buildGlyphs(dir, { ranges: RANGES });
  const spec = notoSansSpecs()[0];
  if (spec === undefined) throw new Error('no Regular spec');
  regular = await loadMergedFont(spec);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readRange(stack: string, start: number): Promise<Map<number, GlyphRecord>> {
  const stacks = decodeGlyphPbf(await readFile(join(dir, stack, `${start}-${start + 255}.pbf`)));
  expect(stacks).toHaveLength(1);
  expect(stacks[0]?.name).toBe(stack);
  expect(stacks[0]?.range).toBe(`${start}-${start + 255}`);
  return new Map(stacks[0]?.glyphs.map((glyph) => [glyph.id, glyph]));
}

async function glyph(char: string, stack = 'Noto Sans Regular'): Promise<GlyphRecord> {
  const codepoint = char.codePointAt(0) ?? 0;
  const found = (await readRange(stack, codepoint - (codepoint % 256))).get(codepoint);
  if (found === undefined) throw new Error(`${char} missing from ${stack}`);
  return found;
}

/** Scales font units to px at the SDF size. */
const px = (units: number): number => (units * SDF_FONT_SIZE_PX) / regular.unitsPerEm;

describe('buildGlyphs', () => {
  it('writes one PBF per fontstack and requested range', async () => {
    expect(result.fontstacks).toEqual(['Noto Sans Regular', 'Noto Sans Bold']);
    expect(result.files).toBe(6);
    for (const stack of result.fontstacks) {
      expect((await readdir(join(dir, stack))).sort()).toEqual(['0-255.pbf', '256-511.pbf', '7680-7935.pbf']);
    }
  });

  it('puts the Vietnamese letters in their ranges, in both weights', async () => {
    for (const stack of result.fontstacks) {
      const vietnamese = await readRange(stack, 7680);
      for (const char of 'ếệợựỗẫặỮ') expect(vietnamese.has(char.codePointAt(0) ?? 0), `${stack} ${char}`).toBe(true);
      const latinExt = await readRange(stack, 256);
      for (const char of 'ĐđăơưĂƠƯ') expect(latinExt.has(char.codePointAt(0) ?? 0), `${stack} ${char}`).toBe(true);
    }
  });

  it('sizes every bitmap (width + 6) × (height + 6) and leaves out the bitmap of a space', async () => {
    for (const stack of result.fontstacks) {
      for (const [start] of RANGES) {
        for (const g of (await readRange(stack, start)).values()) {
          const padded = (g.width + 2 * SDF_BUFFER_PX) * (g.height + 2 * SDF_BUFFER_PX);
          expect(g.bitmap === null ? 0 : g.bitmap.length, `${stack} U+${g.id.toString(16)}`).toBe(
            g.bitmap === null ? 0 : padded,
          );
        }
      }
    }
    const space = await glyph(' ');
    expect(space).toMatchObject({ bitmap: null, width: 0, height: 0 });
    expect(space.advance).toBe(Math.round(px(regular.glyphs.get(32)?.advanceWidth ?? NaN)));
  });

  it('gives H the advance and cap height of the font at 24 px', async () => {
    const h = await glyph('H');
    const advanceUnits = regular.glyphs.get(72)?.advanceWidth ?? NaN;
    expect(h.advance).toBe(Math.round(px(advanceUnits)));
    expect(h.advance).toBeGreaterThanOrEqual(17);
    expect(h.advance).toBeLessThanOrEqual(18);
    // Cap height 714 units ≈ 17.1 px; `top` counts from 26 px (the rounded ascender) above the baseline.
    expect(h.top + Math.round(px(regular.ascender))).toBe(17);
    expect(h.height).toBe(17);
    expect(h.left).toBeGreaterThanOrEqual(1);
    expect(h.left + h.width).toBeLessThanOrEqual(h.advance);
  });

  it('stacks the marks of ế above e and puts the dot of ệ below it', async () => {
    const e = await glyph('e');
    const eCircumflexAcute = await glyph('ế');
    const eDotBelow = await glyph('ệ');
    expect(eCircumflexAcute.top - e.top).toBeGreaterThanOrEqual(5);
    expect(eCircumflexAcute.top - e.top).toBeLessThanOrEqual(9);
    expect(eDotBelow.top - eDotBelow.height).toBeLessThan(e.top - e.height - 2);
    expect((await glyph('Đ')).top).toBe((await glyph('D')).top);
  });
});

describe('SDF of l, a rectangle', () => {
  it('is 255 × (1 − cutoff) at the outline, higher inside, and exact in between', async () => {
    const l = await glyph('l');
    const commands = regular.glyphs.get(108)?.commands() ?? [];
    const xs = commands.flatMap((c) => ('x' in c ? [px(c.x)] : []));
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const w = l.width + 2 * SDF_BUFFER_PX;
    // Middle row: far from the ends of the stem, so only its two sides are near.
    const row = Math.floor((l.height + 2 * SDF_BUFFER_PX) / 2);
    const values = Array.from({ length: w }, (_, col) => l.bitmap?.[row * w + col] ?? NaN);
    values.forEach((value, col) => {
      const x = l.left - SDF_BUFFER_PX + col + 0.5;
      const d = x > x0 && x < x1 ? -Math.min(x - x0, x1 - x) : Math.max(x0 - x, x - x1);
      expect(value, `column ${col}`).toBe(sdfByte(d));
    });
    const onOutline = 255 * (1 - SDF_CUTOFF);
    for (const edge of [x0, x1]) {
      const col = Math.floor(edge - (l.left - SDF_BUFFER_PX) - 0.5);
      const t = edge - (l.left - SDF_BUFFER_PX + col + 0.5);
      const interpolated = (values[col] ?? NaN) * (1 - t) + (values[col + 1] ?? NaN) * t;
      expect(Math.abs(interpolated - onOutline)).toBeLessThanOrEqual(1);
    }
    expect(Math.max(...values)).toBeGreaterThan(onOutline + 20);
    expect(values[0]).toBeLessThan(onOutline);
  });

  it('maps distances the way TinySDF does', () => {
    expect(sdfByte(0)).toBe(191);
    expect(sdfByte(-2)).toBe(255);
    expect(sdfByte(6)).toBe(0);
    expect(sdfByte(1)).toBe(159);
  });
});

describe('buildGlyphs options', () => {
  it('rejects a range that is not a whole 256-codepoint block', async () => {
    await expect(buildGlyphs(join(dir, 'bad'), { ranges: [[100, 355]] })).rejects.toThrow(
      'Invalid glyph range [100, 355]: expected [k·256, k·256 + 255] within 0–65535',
    );
  });
});
