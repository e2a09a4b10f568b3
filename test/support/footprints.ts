import type { Footprint } from '../../src/analysis/engine/footprints.js';

/** An omni footprint of radius `r` m at (x, y) m: a 48-gon with its inner disk. */
export function circleFootprint(x: number, y: number, r: number, more: Partial<Footprint> = {}): Footprint {
  const n = 48;
  const outline = Array.from({ length: n }, (_, k) => {
    const a = (2 * Math.PI * k) / n;
    return [Math.round(r * 100 * Math.sin(a)), Math.round(r * 100 * Math.cos(a))] as [number, number];
  });
  return {
    siteId: `${x},${y}`,
    operator: 'viettel',
    tech: '4G',
    level: 'outdoor',
    x: x * 100,
    y: y * 100,
    rangeM: r,
    reach: r * 100 + 1,
    inner: r * 100 * Math.cos(Math.PI / n) - 1,
    outline,
    box: [x * 100 - r * 100, y * 100 - r * 100, x * 100 + r * 100, y * 100 + r * 100],
    omni: true,
    fixed: null,
    ...more,
  };
}
