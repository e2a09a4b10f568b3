/**
 * A small PNG decoder for the screenshots Chromium takes (8-bit RGB or RGBA, not interlaced), with node's zlib,
 * and the pixel statistics the end-to-end tests assert on. Format: PNG (ISO/IEC 15948, W3C PNG 2nd edition),
 * chunks IHDR / IDAT / IEND, filter types 0–4 of section 9.
 */
import { inflateSync } from 'node:zlib';

/** Decoded pixels: `width × height` pixels, 4 bytes each (R, G, B, A), rows top to bottom. */
export type RgbaImage = { width: number; height: number; data: Uint8Array };

/** What `imageStats` counts. */
export type ImageStats = {
  /** Distinct colours after quantising each channel to `COLOUR_BITS` bits (anti-aliased edges add many). */
  distinctColours: number;
  /** Of those, the colours that each cover at least `SIGNIFICANT_SHARE` of the pixels: areas, not edges. */
  significantColours: number;
  /** Share of pixels, fraction 0–1, whose quantised colour is not the most common one (the background). */
  nonBackgroundShare: number;
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bits kept per channel when counting colours, so that anti-aliasing noise does not count as content. */
export const COLOUR_BITS = 5;

/** Share of pixels, fraction 0–1, a colour must cover to count as significant. */
export const SIGNIFICANT_SHARE = 0.001;

/** The Paeth predictor of PNG filter type 4. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes a PNG into RGBA pixels. Throws `PNG: …` naming the unsupported feature for anything but 8-bit RGB
 * (colour type 2) or RGBA (colour type 6) without interlacing — which is what Chromium screenshots are.
 */
export function decodePng(png: Uint8Array): RgbaImage {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 8 || PNG_SIGNATURE.some((b, i) => buf[i] !== b)) throw new Error('PNG: bad signature');
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  for (let pos = 8; pos + 8 <= buf.length;) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8];
      colourType = body[9] ?? -1;
      const interlace = body[12];
      if (bitDepth !== 8) throw new Error(`PNG: bit depth ${bitDepth} (want 8)`);
      if (colourType !== 2 && colourType !== 6) throw new Error(`PNG: colour type ${colourType} (want 2 or 6)`);
      if (interlace !== 0) throw new Error('PNG: interlaced images are not supported');
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    pos += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error('PNG: no IHDR chunk');
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length < height * (stride + 1))
    throw new Error(`PNG: ${raw.length} bytes of image data, want ${height * (stride + 1)}`);
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const x = line[i] ?? 0;
      const a = i >= channels ? (cur[i - channels] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      let v: number;
      switch (filter) {
        case 0:
          v = x;
          break;
        case 1:
          v = x + a;
          break;
        case 2:
          v = x + b;
          break;
        case 3:
          v = x + ((a + b) >> 1);
          break;
        case 4:
          v = x + paeth(a, b, c);
          break;
        default:
          throw new Error(`PNG: row ${y} has unknown filter type ${filter}`);
      }
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      out[o] = cur[px * channels] ?? 0;
      out[o + 1] = cur[px * channels + 1] ?? 0;
      out[o + 2] = cur[px * channels + 2] ?? 0;
      out[o + 3] = channels === 4 ? (cur[px * channels + 3] ?? 255) : 255;
    }
    prev = cur;
  }
  return { width, height, data: out };
}

/** Counts quantised colours and the share of pixels that differ from the most common colour. */
export function imageStats(image: RgbaImage): ImageStats {
  const shift = 8 - COLOUR_BITS;
  const counts = new Map<number, number>();
  const { data } = image;
  for (let o = 0; o < data.length; o += 4) {
    const key =
      (((data[o] ?? 0) >> shift) << (2 * COLOUR_BITS)) |
      (((data[o + 1] ?? 0) >> shift) << COLOUR_BITS) |
      ((data[o + 2] ?? 0) >> shift);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = data.length / 4;
  const background = Math.max(0, ...counts.values());
  const significantColours = [...counts.values()].filter((n) => n >= total * SIGNIFICANT_SHARE).length;
  return {
    distinctColours: counts.size,
    significantColours,
    nonBackgroundShare: total === 0 ? 0 : (total - background) / total,
  };
}
