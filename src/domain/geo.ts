/** A position `[lng, lat]` in WGS84 degrees. */
export type LngLat = [number, number];

/** A bounding box `[minLng, minLat, maxLng, maxLat]` in WGS84 degrees. */
export type BBox = [number, number, number, number];

/**
 * Hà Nội's extent with a margin, `[minLng, minLat, maxLng, maxLat]` degrees. The city spans
 * lon 105.28–106.02, lat 20.56–21.39; anything outside this box is not in Hà Nội.
 */
export const HANOI_BBOX: Readonly<BBox> = [105.2, 20.5, 106.1, 21.5];

/** The city centre (Hoàn Kiếm lake), `[lng, lat]` degrees. */
export const HANOI_CENTER: Readonly<LngLat> = [105.8523, 21.0285];
