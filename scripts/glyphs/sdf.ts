/**
 * Signed distance fields computed exactly from glyph outlines, in the layout MapLibre reads from a
 * glyph PBF.
 *
 * The outline is flattened into line segments at the render size; every pixel centre of the padded
 * bitmap then gets its distance to the nearest segment and a sign from the non-zero winding rule
 * (TrueType's fill rule). Byte values follow @mapbox/tiny-sdf (`index.js`, `draw`):
 * `255 - 255 * (d / radius + cutoff)` with `d` negative inside. Bounding-box rounding and the
 * pixel-centre grid follow mapbox/sdf-glyph-foundry (`glyph_foundry_impl.hpp`, `RenderSDF`).
 */

import type { PathCommand } from './fonts.js';

/** Font size the SDFs are drawn at, in px; MapLibre scales glyph PBFs from 24 px (`ONE_EM`). */
export const SDF_FONT_SIZE_PX = 24;
/** Padding around each glyph bitmap, in px; MapLibre's parser hard-codes a border of 3. */
export const SDF_BUFFER_PX = 3;
/** Distance over which the field falls from 255 to 0, in px (TinySDF default). */
export const SDF_RADIUS_PX = 8;
/** Fraction 0–1 of the radius spent inside the outline; the outline sits at 255 × (1 − cutoff). */
export const SDF_CUTOFF = 0.25;
/** Largest distance between a Bézier curve and its flattened polyline, in px. */
export const FLATTEN_TOLERANCE_PX = 0.01;

/** Line segments as a flat list `x0, y0, x1, y1, …`, px, y up from the baseline. */
export type Segments = readonly number[];

/** A glyph's SDF bitmap and the metrics of the outline's rounded bounding box. */
export type SdfBitmap = {
  /** Bytes 0–255, rows from the top, (width + 2·buffer) × (height + 2·buffer). */
  bitmap: Uint8Array;
  /** Width of the rounded bounding box, px, without the buffer. */
  width: number;
  /** Height of the rounded bounding box, px, without the buffer. */
  height: number;
  /** Left edge of the bounding box right of the pen position, px. */
  left: number;
  /** Top edge of the bounding box above the baseline, px. */
  top: number;
};

/**
 * Flattens an outline into closed line segments.
 *
 * @param commands opentype.js path commands in font units, y up (`glyph.path`, not `getPath`)
 * @param scale px per font unit
 * @param tolerance largest deviation from the curve, px
 */
export function flattenPath(
  commands: readonly PathCommand[],
  scale: number,
  tolerance = FLATTEN_TOLERANCE_PX,
): number[] {
  const out: number[] = [];
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  let open = false;
  const lineTo = (nx: number, ny: number): void => {
    if (nx !== x || ny !== y) out.push(x, y, nx, ny);
    x = nx;
    y = ny;
  };
  const close = (): void => {
    if (open) lineTo(startX, startY);
    open = false;
  };
  for (const c of commands) {
    if (c.type === 'Z') {
      close();
      continue;
    }
    if (c.type === 'M') {
      close();
      startX = x = c.x * scale;
      startY = y = c.y * scale;
      open = true;
      continue;
    }
    const ex = c.x * scale;
    const ey = c.y * scale;
    if (c.type === 'L') {
      lineTo(ex, ey);
    } else if (c.type === 'Q') {
      const cx = c.x1 * scale;
      const cy = c.y1 * scale;
      // A uniform split into n pieces strays at most |P0 − 2P1 + P2| / (4n²) from the curve.
      const n = pieces(Math.hypot(x - 2 * cx + ex, y - 2 * cy + ey) / 4, tolerance);
      const x0 = x;
      const y0 = y;
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        lineTo(u * u * x0 + 2 * u * t * cx + t * t * ex, u * u * y0 + 2 * u * t * cy + t * t * ey);
      }
    } else {
      const c1x = c.x1 * scale;
      const c1y = c.y1 * scale;
      const c2x = c.x2 * scale;
      const c2y = c.y2 * scale;
      // |B''| ≤ 6 · max second difference, and the chord error is ≤ max|B''| / (8n²).
      const dd = Math.max(
        Math.hypot(x - 2 * c1x + c2x, y - 2 * c1y + c2y),
        Math.hypot(c1x - 2 * c2x + ex, c1y - 2 * c2y + ey),
      );
      const n = pieces((6 * dd) / 8, tolerance);
      const x0 = x;
      const y0 = y;
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const d = 3 * u * t * t;
        const e = t * t * t;
        lineTo(a * x0 + b * c1x + d * c2x + e * ex, a * y0 + b * c1y + d * c2y + e * ey);
      }
    }
  }
  close();
  return out;
}

function pieces(errorAtOnePiece: number, tolerance: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(errorAtOnePiece / tolerance)));
}

/** Non-zero winding number of the closed segments around (x, y); 0 means outside. */
export function windingNumber(segments: Segments, x: number, y: number): number {
  let w = 0;
  for (let i = 0; i < segments.length; i += 4) {
    const x0 = segments[i]!;
    const y0 = segments[i + 1]!;
    const x1 = segments[i + 2]!;
    const y1 = segments[i + 3]!;
    const side = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
    if (y0 <= y) {
      if (y1 > y && side > 0) w++;
    } else if (y1 <= y && side < 0) {
      w--;
    }
  }
  return w;
}

/** Distance from (x, y) to the nearest segment, px; Infinity when there are none. */
export function distanceToSegments(segments: Segments, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i < segments.length; i += 4) {
    const x0 = segments[i]!;
    const y0 = segments[i + 1]!;
    const dx = segments[i + 2]! - x0;
    const dy = segments[i + 3]! - y0;
    const l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - x0) * dx + (y - y0) * dy) / l2));
    const ex = x0 + t * dx - x;
    const ey = y0 + t * dy - y;
    const d2 = ex * ex + ey * ey;
    if (d2 < best) best = d2;
  }
  return Math.sqrt(best);
}

/**
 * The SDF byte for a signed distance, as @mapbox/tiny-sdf computes it.
 *
 * @param d distance to the outline, px, negative inside
 */
export function sdfByte(d: number, radius = SDF_RADIUS_PX, cutoff = SDF_CUTOFF): number {
  return Math.min(255, Math.max(0, Math.round(255 - 255 * (d / radius + cutoff))));
}

/**
 * Draws the SDF of a flattened outline. Returns `null` for an outline with nothing to fill
 * (a space), which MapLibre expects as a glyph with zero width and height and no bitmap.
 *
 * @param segments closed outline, px, y up from the baseline, x right of the pen position
 * @param buffer padding around the bounding box, px
 */
export function renderSdf(segments: Segments, buffer = SDF_BUFFER_PX): SdfBitmap | null {
  if (segments.length === 0) return null;
  let xmin = Infinity;
  let ymin = Infinity;
  let xmax = -Infinity;
  let ymax = -Infinity;
  for (let i = 0; i < segments.length; i += 2) {
    const x = segments[i]!;
    const y = segments[i + 1]!;
    if (x < xmin) xmin = x;
    if (x > xmax) xmax = x;
    if (y < ymin) ymin = y;
    if (y > ymax) ymax = y;
  }
  // Whole-pixel box as sdf-glyph-foundry rounds it; the buffer keeps what rounding trims.
  const left = Math.round(xmin);
  const top = Math.round(ymax);
  const width = Math.max(1, Math.round(xmax) - left);
  const height = Math.max(1, top - Math.round(ymin));
  const w = width + 2 * buffer;
  const h = height + 2 * buffer;
  const bitmap = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) {
    const y = top + buffer - row - 0.5;
    for (let col = 0; col < w; col++) {
      const x = left - buffer + col + 0.5;
      const d = distanceToSegments(segments, x, y);
      bitmap[row * w + col] = sdfByte(windingNumber(segments, x, y) !== 0 ? -d : d);
    }
  }
  return { bitmap, width, height, left, top };
}
