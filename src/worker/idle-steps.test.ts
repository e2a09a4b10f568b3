import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleSteps } from './idle-steps.js';

describe('idle steps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function* counting(log: string[], name: string, n: number) {
    for (let i = 0; i < n; i++) {
      log.push(`${name}${i}`);
      yield;
    }
  }

  it('runs one step per turn once the worker has been quiet, waits while busy, and new steps replace the rest', () => {
    let busy = false;
    const log: string[] = [];
    const steps = createIdleSteps(
      () => busy,
      500,
      () => Date.now(),
    );
    steps.touch();
    steps.run(counting(log, 'a', 5));
    vi.advanceTimersByTime(499);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['a0']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['a0', 'a1']);
    // A message: the next step waits for 500 ms of quiet.
    steps.touch();
    vi.advanceTimersByTime(400);
    expect(log).toEqual(['a0', 'a1']);
    busy = true;
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['a0', 'a1']);
    busy = false;
    steps.run(counting(log, 'b', 2));
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['a0', 'a1', 'b0', 'b1']);
  });
});
