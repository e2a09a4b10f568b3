/**
 * Distance on the WGS84 ellipsoid for the public map's point answer, without the planner's GeographicLib (its
 * ~10 KiB gzip would break the page's code budget): T. Vincenty's inverse formula ("Direct and inverse solutions
 * of geodesics on the ellipsoid with application of nested equations", Survey Review 23(176), 1975). Within Hà
 * Nội's distances it agrees with Karney's geodesics (analysis/geodesy.ts `distanceM`) to well under a millimetre
 * (vincenty.test.ts); it converges everywhere but at nearly antipodal points, which a city never asks.
 */
import type { Position } from 'geojson';

/** WGS84: semi-major axis, metres, and flattening. */
const A_M = 6378137;
const F = 1 / 298.257223563;
const B_M = A_M * (1 - F);

/** Geodesic distance between two `[lng, lat]` points (degrees), metres. */
export function ellipsoidDistanceM(p: Position, q: Position): number {
  const rad = Math.PI / 180;
  const L = (q[0]! - p[0]!) * rad;
  const U1 = Math.atan((1 - F) * Math.tan(p[1]! * rad));
  const U2 = Math.atan((1 - F) * Math.tan(q[1]! * rad));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 1;
  let sigma = 0;
  let cos2Alpha = 1;
  let cos2SigmaM = 0;
  for (let i = 0; i < 200; i++) {
    const sinLambda = Math.sin(lambda);
    const cosLambda = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
    if (sinSigma === 0) return 0;
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    // On the equator cos²α is 0 and the term drops (Vincenty's eq. 17 note).
    cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    const prev = lambda;
    lambda =
      L +
      (1 - C) *
        F *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - prev) < 1e-12) break;
  }
  const u2 = (cos2Alpha * (A_M * A_M - B_M * B_M)) / (B_M * B_M);
  const a = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const b = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const c2 = cos2SigmaM * cos2SigmaM;
  const deltaSigma =
    b *
    sinSigma *
    (cos2SigmaM +
      (b / 4) * (cosSigma * (-1 + 2 * c2) - (b / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * c2)));
  return B_M * a * (sigma - deltaSigma);
}
