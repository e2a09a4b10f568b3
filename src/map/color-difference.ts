/**
 * Colour science for checking the map's palettes: sRGB (IEC 61966-2-1) to CIE 1976 L*a*b* (D65 white), the
 * CIEDE2000 colour difference (CIE 142-2001, in the form of Sharma, Wu & Dalal 2005, "The CIEDE2000
 * color-difference formula: implementation notes, supplementary test data, and mathematical observations",
 * Color Res. Appl. 30(1), 21–30), the simulation of dichromacy by Machado, Oliveira & Fernandes 2009 ("A
 * physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6), 1291–1298;
 * severity 1.0, applied to linear RGB, the matrices Chrome and Firefox DevTools use), and alpha compositing as
 * WebGL blends a translucent fill (in gamma-encoded sRGB, which is what MapLibre's framebuffer holds).
 *
 * Pure functions, no DOM: the palette tests run them in Node.
 */

/** An sRGB colour, each channel 0–1 (gamma-encoded unless the name says linear). */
export type Rgb = readonly [r: number, g: number, b: number];

/** A CIE 1976 L*a*b* colour: L* 0–100, a* and b* unbounded (about −128–127 for sRGB colours). */
export type Lab = readonly [l: number, a: number, b: number];

/** The three dichromacies of Machado et al. 2009 at severity 1.0 (a missing L, M or S cone). */
export type Dichromacy = 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Parses `#rgb` or `#rrggbb` into sRGB channels 0–1. Throws on anything else. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a colour #rgb or #rrggbb: ${JSON.stringify(hex)}`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

/** Formats sRGB channels 0–1 as `#rrggbb` (each channel clamped to 0–1 and rounded to 8 bits). */
export function rgbToHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(clamp01(c) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Gamma-encoded sRGB channel 0–1 to linear light 0–1 (IEC 61966-2-1). */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Linear light 0–1 to a gamma-encoded sRGB channel 0–1 (IEC 61966-2-1); clamped to 0–1 first. */
export function linearToSrgb(c: number): number {
  const x = clamp01(c);
  return x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055;
}

// sRGB primaries to CIE XYZ, D65 (IEC 61966-2-1); the white (0.95047, 1, 1.08883) is its row sums.
const RGB_TO_XYZ = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
] as const;
const WHITE_D65 = RGB_TO_XYZ.map((row) => row[0] + row[1] + row[2]);

/** sRGB channels 0–1 to CIE L*a*b* relative to the D65 white (CIE 15:2004). */
export function rgbToLab(rgb: Rgb): Lab {
  const lin = rgb.map(srgbToLinear);
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = RGB_TO_XYZ.map((row, i) =>
    f((row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!) / WHITE_D65[i]!),
  );
  return [116 * fy! - 16, 500 * (fx! - fy!), 200 * (fy! - fz!)];
}

const DEG = Math.PI / 180;

/** Hue angle in degrees 0–360 of (a, b); 0 for the neutral axis, as Sharma et al. 2005 eq. 4 require. */
function hueDeg(a: number, b: number): number {
  if (a === 0 && b === 0) return 0;
  const h = Math.atan2(b, a) / DEG;
  return h < 0 ? h + 360 : h;
}

/**
 * The CIEDE2000 colour difference ΔE00 between two L*a*b* colours, with the parametric factors
 * kL = kC = kH = 1 (reference conditions). Symmetric; about 1 is a just-noticeable difference.
 */
export function ciede2000(lab1: Lab, lab2: Lab): number {
  const [l1, a1, b1] = lab1;
  const [l2, a2, b2] = lab2;
  // Sharma et al. 2005, eqs. 2–7: a* rescaled by G near the neutral axis, then C′ and h′.
  const cMean7 = ((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const ap1 = (1 + g) * a1;
  const ap2 = (1 + g) * a2;
  const cp1 = Math.hypot(ap1, b1);
  const cp2 = Math.hypot(ap2, b2);
  const hp1 = hueDeg(ap1, b1);
  const hp2 = hueDeg(ap2, b2);
  // Eqs. 8–10: differences in lightness, chroma and hue.
  const dL = l2 - l1;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0) {
    dh = hp2 - hp1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * DEG);
  // Eqs. 12–22: means, weighting functions and the rotation term.
  const lMean = (l1 + l2) / 2;
  const cpMean = (cp1 + cp2) / 2;
  let hMean = hp1 + hp2;
  if (cp1 * cp2 !== 0)
    hMean = Math.abs(hp1 - hp2) <= 180 ? hMean / 2 : hMean < 360 ? (hMean + 360) / 2 : (hMean - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * DEG) +
    0.24 * Math.cos(2 * hMean * DEG) +
    0.32 * Math.cos((3 * hMean + 6) * DEG) -
    0.2 * Math.cos((4 * hMean - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7));
  const l50 = (lMean - 50) ** 2;
  const sl = 1 + (0.015 * l50) / Math.sqrt(20 + l50);
  const sc = 1 + 0.045 * cpMean;
  const sh = 1 + 0.015 * cpMean * t;
  const rt = -Math.sin(2 * dTheta * DEG) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** Machado et al. 2009, Table 2, severity 1.0: rows map linear (R, G, B) to the simulated linear R, G, B. */
export const MACHADO_2009: Readonly<Record<Dichromacy, readonly (readonly [number, number, number])[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How an sRGB colour (channels 0–1) looks to a dichromat: Machado et al. 2009 on linear RGB, clamped to 0–1. */
export function simulateDichromacy(rgb: Rgb, kind: Dichromacy): Rgb {
  const lin = rgb.map(srgbToLinear);
  return MACHADO_2009[kind].map((row) =>
    linearToSrgb(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!),
  ) as unknown as Rgb;
}

/**
 * The colour a translucent fill shows over what lies beneath: `alpha · fill + (1 − alpha) · under` per
 * gamma-encoded channel, the WebGL blend (`ONE, ONE_MINUS_SRC_ALPHA` on premultiplied colour) MapLibre uses.
 * `alpha` is the fill's opacity, fraction 0–1.
 */
export function composite(fill: Rgb, under: Rgb, alpha: number): Rgb {
  return fill.map((c, i) => alpha * c + (1 - alpha) * under[i]!) as unknown as Rgb;
}

/** How a colour is seen: with normal vision, or as simulated for one of the dichromacies. */
export type Vision = 'normal' | Dichromacy;

/** The ΔE00 between two `#rrggbb` colours as seen with `vision` (default normal vision). */
export function deltaE00(hex1: string, hex2: string, vision: Vision = 'normal'): number {
  const seen = (hex: string) => {
    const rgb = hexToRgb(hex);
    return rgbToLab(vision === 'normal' ? rgb : simulateDichromacy(rgb, vision));
  };
  return ciede2000(seen(hex1), seen(hex2));
}
