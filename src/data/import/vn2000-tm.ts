/**
 * VN-2000 / TM-3 zone 482 (EPSG:5897, Hà Nội's zone) ↔ WGS84 without proj4, so that the public map's point search
 * does not ship proj4's projections, datums and parsers. Same zone and datum shift as `vn2000.ts` (which now uses
 * this module for Hà Nội, and proj4 only for the other VN-2000 systems): central meridian 105°E, scale factor
 * 0.9999, false easting 500 000 m, false northing 0, WGS84 ellipsoid; EPSG:6960 "VN-2000 to WGS 84 (2)", the
 * parameters of Decision 05/2007/QĐ-BTNMT, Coordinate Frame rotation (EPSG:9607).
 *
 * Steps, VN-2000 → WGS84 (the other way runs them backwards):
 * 1. Transverse Mercator, inverse, by the Krüger series to 6th order in the third flattening n: C. F. F. Karney,
 *    "Transverse Mercator with an accuracy of a few nanometres", J. Geodesy 85:475–485 (2011), eqs. 7–11, 15–21,
 *    35, 36; the series PROJ's `tmerc` uses by default ("exact", Poder/Engsager `etmerc`) and proj4's `tmerc`.
 *    The conformal latitude is inverted by Newton's method (Karney eqs. 19–21), not by a series.
 * 2. Geodetic → geocentric (ECEF) on the ellipsoid, height 0 (heights are not known; the effect on the horizontal
 *    position is below 1 mm, as `vn2000.ts` says).
 * 3. The 7-parameter Helmert transformation, Coordinate Frame convention (IOGP Guidance Note 7-2, §4.4.3.1):
 *    X_wgs = T + (1 + s)·R·X_vn with R = [[1, rz, −ry], [−rz, 1, rx], [ry, −rx, 1]]. proj4's `+towgs84` is Position
 *    Vector, R transposed, which is why `vn2000.ts` writes the rotations with flipped signs; both give this matrix.
 *    The inverse is exact: (I + W)⁻¹ = (I − W + ωωᵀ)/(1 + |ω|²) for the skew matrix W of the rotation vector ω.
 * 4. Geocentric → geodetic by iteration to convergence (Heiskanen & Moritz, "Physical Geodesy", 1967, §5-3),
 *    the height dropped.
 */

/** WGS84 semi-major axis, metres (VN-2000 uses the WGS84 ellipsoid). */
const A_M = 6378137;
/** WGS84 flattening. */
const F = 1 / 298.257223563;
/** First eccentricity squared. */
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
/** Third flattening. */
const N3 = F / (2 - F);

/** Central meridian of Hà Nội's zone, degrees east (105°00′). */
export const HANOI_CENTRAL_MERIDIAN_DEG = 105;
/** Scale factor on the central meridian of a VN-2000 TM-3 zone. */
export const VN2000_TM3_SCALE = 0.9999;
/** False easting of a VN-2000 TM-3 zone, metres (false northing 0). */
export const VN2000_FALSE_EASTING_M = 500_000;

/** Beyond this absolute value a coordinate is not degrees but projected metres (as in `geojson-feature.ts`). */
export const PROJECTED_THRESHOLD = 1000;

/** Whether a pair of numbers looks like projected metres rather than degrees (either beyond ±1000). */
export function looksProjected(a: number, b: number): boolean {
  return Math.abs(a) > PROJECTED_THRESHOLD || Math.abs(b) > PROJECTED_THRESHOLD;
}

/**
 * EPSG:6960 as published (Decision 05/2007/QĐ-BTNMT), Coordinate Frame rotation: translations metres, rotations
 * arc-seconds, scale parts per million.
 */
export const VN2000_TO_WGS84_CF = {
  txM: -191.90441429,
  tyM: -39.30318279,
  tzM: -111.45032835,
  rxArcSec: -0.00928836,
  ryArcSec: 0.01975479,
  rzArcSec: -0.00427372,
  scalePpm: 0.252906278,
} as const;

const ARCSEC_RAD = Math.PI / (180 * 3600);
const DEG_RAD = Math.PI / 180;

// Karney (2011) eq. 35 (α, geographic → projected) and eq. 36 (β, projected → geographic), 6th order in n.
const [n1, n2, n3, n4, n5, n6] = [N3, N3 ** 2, N3 ** 3, N3 ** 4, N3 ** 5, N3 ** 6];
const ALPHA = [
  n1 / 2 - (2 / 3) * n2 + (5 / 16) * n3 + (41 / 180) * n4 - (127 / 288) * n5 + (7891 / 37800) * n6,
  (13 / 48) * n2 - (3 / 5) * n3 + (557 / 1440) * n4 + (281 / 630) * n5 - (1983433 / 1935360) * n6,
  (61 / 240) * n3 - (103 / 140) * n4 + (15061 / 26880) * n5 + (167603 / 181440) * n6,
  (49561 / 161280) * n4 - (179 / 168) * n5 + (6601661 / 7257600) * n6,
  (34729 / 80640) * n5 - (3418889 / 1995840) * n6,
  (212378941 / 319334400) * n6,
];
const BETA = [
  n1 / 2 - (2 / 3) * n2 + (37 / 96) * n3 - (1 / 360) * n4 - (81 / 512) * n5 + (96199 / 604800) * n6,
  (1 / 48) * n2 + (1 / 15) * n3 - (437 / 1440) * n4 + (46 / 105) * n5 - (1118711 / 3870720) * n6,
  (17 / 480) * n3 - (37 / 840) * n4 - (209 / 4480) * n5 + (5569 / 90720) * n6,
  (4397 / 161280) * n4 - (11 / 504) * n5 - (830251 / 7257600) * n6,
  (4583 / 161280) * n5 - (108847 / 3991680) * n6,
  (20648693 / 638668800) * n6,
];
/** Rectifying radius (2πA is a meridian's length), metres: Karney (2011) eq. 14. */
const RECTIFYING_RADIUS_M = (A_M / (1 + N3)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);

/** τ′ = tan of the conformal latitude, from τ = tan of the geodetic latitude: Karney (2011) eqs. 7–9. */
function conformalTan(tau: number): number {
  const sigma = Math.sinh(E * Math.atanh((E * tau) / Math.hypot(1, tau)));
  return tau * Math.hypot(1, sigma) - sigma * Math.hypot(1, tau);
}

/** τ from τ′ by Newton's method: Karney (2011) eqs. 19–21; converges in 2–3 steps. */
function geodeticTan(tauPrime: number): number {
  let tau = tauPrime;
  for (let i = 0; i < 8; i++) {
    const tp = conformalTan(tau);
    const dTau = ((tauPrime - tp) / Math.hypot(1, tp)) * ((1 + (1 - E2) * tau * tau) / ((1 - E2) * Math.hypot(1, tau)));
    tau += dTau;
    if (Math.abs(dTau) <= 1e-15 * Math.max(1, Math.abs(tau))) break;
  }
  return tau;
}

/**
 * Transverse Mercator (WGS84 ellipsoid), geographic → projected: `[easting, northing]` metres of `[lng, lat]`
 * degrees on the zone with central meridian `lon0Deg`, scale `k0`, false easting `x0M`, false northing 0.
 */
export function tmForward(lng: number, lat: number, lon0Deg: number, k0: number, x0M: number): [number, number] {
  const lambda = (lng - lon0Deg) * DEG_RAD;
  const tauP = conformalTan(Math.tan(lat * DEG_RAD));
  const xiP = Math.atan2(tauP, Math.cos(lambda));
  const etaP = Math.asinh(Math.sin(lambda) / Math.hypot(tauP, Math.cos(lambda)));
  let xi = xiP;
  let eta = etaP;
  ALPHA.forEach((a, i) => {
    const j2 = 2 * (i + 1);
    xi += a * Math.sin(j2 * xiP) * Math.cosh(j2 * etaP);
    eta += a * Math.cos(j2 * xiP) * Math.sinh(j2 * etaP);
  });
  return [x0M + k0 * RECTIFYING_RADIUS_M * eta, k0 * RECTIFYING_RADIUS_M * xi];
}

/** The inverse of `tmForward`: `[lng, lat]` degrees of `easting`, `northing` metres on the same zone. */
export function tmInverse(
  easting: number,
  northing: number,
  lon0Deg: number,
  k0: number,
  x0M: number,
): [number, number] {
  const xi = northing / (k0 * RECTIFYING_RADIUS_M);
  const eta = (easting - x0M) / (k0 * RECTIFYING_RADIUS_M);
  let xiP = xi;
  let etaP = eta;
  BETA.forEach((b, i) => {
    const j2 = 2 * (i + 1);
    xiP -= b * Math.sin(j2 * xi) * Math.cosh(j2 * eta);
    etaP -= b * Math.cos(j2 * xi) * Math.sinh(j2 * eta);
  });
  const tauP = Math.sin(xiP) / Math.hypot(Math.sinh(etaP), Math.cos(xiP));
  const lambda = Math.atan2(Math.sinh(etaP), Math.cos(xiP));
  return [lon0Deg + lambda / DEG_RAD, Math.atan(geodeticTan(tauP)) / DEG_RAD];
}

type Xyz = [number, number, number];

/** Geocentric (ECEF) metres of `[lng, lat]` degrees at height 0 on the WGS84 ellipsoid. */
function toGeocentric(lng: number, lat: number): Xyz {
  const phi = lat * DEG_RAD;
  const lam = lng * DEG_RAD;
  const nu = A_M / Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
  return [nu * Math.cos(phi) * Math.cos(lam), nu * Math.cos(phi) * Math.sin(lam), nu * (1 - E2) * Math.sin(phi)];
}

/** `[lng, lat]` degrees of a geocentric position (metres) on the WGS84 ellipsoid, iterated to convergence. */
function fromGeocentric([x, y, z]: Xyz): [number, number] {
  const p = Math.hypot(x, y);
  let phi = Math.atan2(z, p * (1 - E2));
  for (let i = 0; i < 10; i++) {
    const s = Math.sin(phi);
    const nu = A_M / Math.sqrt(1 - E2 * s * s);
    // h written without 1/cos φ so that it stays finite near the poles.
    const h = p * Math.cos(phi) + z * s - A_M * Math.sqrt(1 - E2 * s * s);
    const next = Math.atan2(z, p * (1 - (E2 * nu) / (nu + h)));
    const done = Math.abs(next - phi) < 1e-14;
    phi = next;
    if (done) break;
  }
  return [Math.atan2(y, x) / DEG_RAD, phi / DEG_RAD];
}

const T: Xyz = [VN2000_TO_WGS84_CF.txM, VN2000_TO_WGS84_CF.tyM, VN2000_TO_WGS84_CF.tzM];
const RX = VN2000_TO_WGS84_CF.rxArcSec * ARCSEC_RAD;
const RY = VN2000_TO_WGS84_CF.ryArcSec * ARCSEC_RAD;
const RZ = VN2000_TO_WGS84_CF.rzArcSec * ARCSEC_RAD;
const SCALE = 1 + VN2000_TO_WGS84_CF.scalePpm * 1e-6;

/** Coordinate Frame Helmert, VN-2000 → WGS84 geocentric metres. */
function helmertForward([x, y, z]: Xyz): Xyz {
  return [
    T[0] + SCALE * (x + RZ * y - RY * z),
    T[1] + SCALE * (-RZ * x + y + RX * z),
    T[2] + SCALE * (RY * x - RX * y + z),
  ];
}

/** The exact inverse of `helmertForward`: R = I + W, W skew with ω = (−rx, −ry, −rz), so R⁻¹ = (I − W + ωωᵀ)/(1 + |ω|²). */
function helmertInverse([x, y, z]: Xyz): Xyz {
  const u = (x - T[0]) / SCALE;
  const v = (y - T[1]) / SCALE;
  const w = (z - T[2]) / SCALE;
  const [ox, oy, oz] = [-RX, -RY, -RZ];
  const dot = ox * u + oy * v + oz * w;
  const d = 1 + ox * ox + oy * oy + oz * oz;
  // (I − W)·X = X − ω × X.
  return [
    (u - (oy * w - oz * v) + ox * dot) / d,
    (v - (oz * u - ox * w) + oy * dot) / d,
    (w - (ox * v - oy * u) + oz * dot) / d,
  ];
}

/** WGS84 `[lng, lat]` degrees of a VN-2000 geographic position `[lng, lat]` degrees (EPSG:4756), height 0. */
export function vn2000GeographicToWgs84(lng: number, lat: number): [number, number] {
  return fromGeocentric(helmertForward(toGeocentric(lng, lat)));
}

/** VN-2000 geographic `[lng, lat]` degrees (EPSG:4756) of a WGS84 position `[lng, lat]` degrees, height 0. */
export function wgs84ToVn2000Geographic(lng: number, lat: number): [number, number] {
  return fromGeocentric(helmertInverse(toGeocentric(lng, lat)));
}

/** `[lng, lat]` WGS84 degrees of a VN-2000 Hà Nội-zone (EPSG:5897) position given as easting, northing (metres). */
export function vn2000HanoiToWgs84(easting: number, northing: number): [number, number] {
  const [lng, lat] = tmInverse(easting, northing, HANOI_CENTRAL_MERIDIAN_DEG, VN2000_TM3_SCALE, VN2000_FALSE_EASTING_M);
  return vn2000GeographicToWgs84(lng, lat);
}

/** `[easting, northing]` VN-2000 Hà Nội-zone (EPSG:5897) metres of a WGS84 `[lng, lat]` position (degrees). */
export function wgs84ToVn2000Hanoi(lng: number, lat: number): [number, number] {
  const [vLng, vLat] = wgs84ToVn2000Geographic(lng, lat);
  return tmForward(vLng, vLat, HANOI_CENTRAL_MERIDIAN_DEG, VN2000_TM3_SCALE, VN2000_FALSE_EASTING_M);
}
