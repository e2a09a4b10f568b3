import { describe, expect, it } from 'vitest';
import { FootprintOrder } from './footprint-order.js';
import { circleFootprint } from '../../../test/support/footprints.js';

describe('FootprintOrder.same: one object per unchanged footprint', () => {
  it('keeps a site’s outdoor and indoor footprints apart (a move back finds both again)', () => {
    const order = new FootprintOrder();
    const outdoor = circleFootprint(0, 0, 800, { siteId: 's1' });
    const indoor = circleFootprint(0, 0, 300, { siteId: 's1', level: 'indoor' });
    expect(order.same(outdoor)).toBe(outdoor);
    expect(order.same(indoor)).toBe(indoor);
    // Placed again with equal footprints (new objects), each level gets its first object back.
    expect(order.same(circleFootprint(0, 0, 800, { siteId: 's1' }))).toBe(outdoor);
    expect(order.same(circleFootprint(0, 0, 300, { siteId: 's1', level: 'indoor' }))).toBe(indoor);
  });

  it('takes the new footprint when the site moved, and forgets a removed site at every level', () => {
    const order = new FootprintOrder();
    const indoor = circleFootprint(0, 0, 300, { siteId: 's1', level: 'indoor' });
    order.same(indoor);
    const moved = circleFootprint(10, 0, 300, { siteId: 's1', level: 'indoor' });
    expect(order.same(moved)).toBe(moved);
    order.forget('s1');
    const back = circleFootprint(10, 0, 300, { siteId: 's1', level: 'indoor' });
    expect(order.same(back)).toBe(back);
  });
});
