/**
 * Fade margins for a cell-edge probability under log-normal shadowing.
 *
 * The received power at a point is the median prediction plus a normal variable (in dB) of standard deviation σ.
 * The signal exceeds the threshold with probability p at the cell edge when the median is above it by
 *   M = σ · Q⁻¹(1 − p) = σ · Φ⁻¹(p),
 * (Jakes, "Microwave Mobile Communications", 1974, §2.4; 3GPP TR 36.942 §4.5 uses the same margin). Indoors the
 * outdoor shadowing and the building-entry loss's own spread add as independent normals (3GPP TR 38.901
 * §7.4.3: σ = √(σ_SF² + σ_P²)).
 */

// Wichura's AS241 (PPND16), Applied Statistics 37(3), 1988: about 16 significant digits over (0, 1).
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087,
  33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943,
  5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506,
  0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548,
  1.421511758316446e-7, 2.0442631033899397e-15,
];

function poly(c: readonly number[], x: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * x + c[i]!;
  return s;
}

/**
 * The standard normal quantile Φ⁻¹(p) = Q⁻¹(1 − p), for a probability p in (0, 1); −∞ at 0, +∞ at 1, NaN
 * outside [0, 1]. Wichura's algorithm AS241 (relative error about 10⁻¹⁶).
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    x = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -x : x;
}

/** The inverse of the normal tail probability, Q⁻¹(x) = Φ⁻¹(1 − x), for x in (0, 1). */
export function inverseQ(x: number): number {
  return -normalQuantile(x);
}

/**
 * The fade margin, dB, that gives a cell-edge probability `p` (fraction 0–1) under shadowing of standard deviation
 * `sigmaDb` dB: σ·Q⁻¹(1 − p). 90 % and 8 dB give 10,25 dB; 50 % gives 0.
 */
export function edgeMarginDb(sigmaDb: number, p: number): number {
  return sigmaDb * normalQuantile(p);
}

/** The standard deviation, dB, of two independent normal spreads in dB added together: √(σ₁² + σ₂²). */
export function combinedSigmaDb(a: number, b: number): number {
  return Math.hypot(a, b);
}
