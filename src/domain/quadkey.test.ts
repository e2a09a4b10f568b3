import { describe, expect, it } from 'vitest';
import { lngLatToTile, OOKLA_TILE_ZOOM, quadkeyToTile, tileBounds, tileCentre, tileToQuadkey } from './quadkey.js';

describe('quadkeys', () => {
  it('reads the Bing Maps tile system example: 213 is tile x 3, y 5 at zoom 3', () => {
    expect(quadkeyToTile('213')).toEqual({ x: 3, y: 5, z: 3 });
    expect(tileToQuadkey({ x: 3, y: 5, z: 3 })).toBe('213');
  });

  it('refuses text that is no quadkey', () => {
    for (const bad of ['', '0124', 'abc', '1'.repeat(24), ' 12']) expect(quadkeyToTile(bad)).toBeNull();
  });

  it('finds the zoom-16 tile of Hoàn Kiếm Lake and its extent holds the point', () => {
    const tile = lngLatToTile(105.8523, 21.0285, OOKLA_TILE_ZOOM);
    const qk = tileToQuadkey(tile);
    expect(qk).toHaveLength(16);
    expect(quadkeyToTile(qk)).toEqual(tile);
    const [w, s, e, n] = tileBounds(tile);
    expect(w).toBeLessThanOrEqual(105.8523);
    expect(e).toBeGreaterThan(105.8523);
    expect(s).toBeLessThanOrEqual(21.0285);
    expect(n).toBeGreaterThan(21.0285);
    expect(e - w).toBeCloseTo(360 / 65536, 12);
    const [lng, lat] = tileCentre(tile);
    expect(lng).toBeCloseTo((w + e) / 2, 12);
    expect(lat).toBeCloseTo((s + n) / 2, 12);
  });

  it('round-trips every tile of a zoom-4 row and column', () => {
    for (let i = 0; i < 16; i++) {
      for (const t of [
        { x: i, y: 7, z: 4 },
        { x: 2, y: i, z: 4 },
      ])
        expect(quadkeyToTile(tileToQuadkey(t))).toEqual(t);
    }
  });
});
