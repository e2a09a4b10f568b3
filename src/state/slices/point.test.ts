import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { createPointSlice } from './point.js';
import type { PointAnswer } from '../../worker/point-handler.js';

/** An answer (only its identity is read by the slice). */
const createAnswer = (): PointAnswer => ({ lngLat: [105.85, 21.03] }) as unknown as PointAnswer;

describe('point slice', () => {
  it('pointAsked opens a question with a new number and no answer', () => {
    const store = frozenSlice(createPointSlice);
    store.getState().pointAsked([105.85, 21.03], 'map');
    store.getState().pointAsked([105.86, 21.04], 'search', '21,04; 105,86');
    const s = store.getState();
    expect(s.point).toEqual({ lngLat: [105.86, 21.04], from: 'search', label: '21,04; 105,86', seq: 2 });
    expect(s.pointAnswer).toBeNull();
  });

  it('keeps the answer to the question asked', () => {
    const store = frozenSlice(createPointSlice);
    store.getState().pointAsked([105.85, 21.03], 'map');
    const answer = createAnswer();
    store.getState().pointAnswered(1, answer);
    expect(store.getState().pointAnswer).toBe(answer);
  });

  it('drops an answer or an error to an earlier question', () => {
    const store = frozenSlice(createPointSlice);
    store.getState().pointAsked([105.85, 21.03], 'map');
    store.getState().pointAsked([105.86, 21.04], 'map');
    store.getState().pointAnswered(1, createAnswer());
    store.getState().pointFailed(1, { vi: 'lỗi', en: 'error' });
    expect(store.getState().pointAnswer).toBeNull();
    expect(store.getState().pointError).toBeNull();
  });

  it('pointCleared closes the panel', () => {
    const store = frozenSlice(createPointSlice);
    store.getState().pointAsked([105.85, 21.03], 'link');
    store.getState().pointFailed(1, { vi: 'lỗi', en: 'error' });
    store.getState().pointCleared();
    expect(store.getState().point).toBeNull();
    expect(store.getState().pointError).toBeNull();
  });
});
