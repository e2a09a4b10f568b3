/**
 * Runs the steps of a generator one per turn while a worker is idle: no message for `idleMs` and nothing
 * else holding the engine (`busy`). Setting new steps replaces the ones left; nothing the user asks for ever
 * waits on more than the step in progress.
 */

/** @default idle time before a step, ms */
export const IDLE_STEP_MS = 500;

export type IdleSteps = {
  /** Call on every incoming message: the next step waits for `idleMs` of quiet. */
  touch(): void;
  /** Replaces the steps left with these. */
  run(steps: Iterator<unknown>): void;
};

export function createIdleSteps(
  busy: () => boolean,
  idleMs: number = IDLE_STEP_MS,
  now: () => number = () => performance.now(),
): IdleSteps {
  let steps: Iterator<unknown> | null = null;
  let last = 0;
  const tick = () => {
    if (!steps) return;
    const quiet = now() - last;
    if (busy() || quiet < idleMs) {
      setTimeout(tick, Math.max(50, idleMs - quiet));
      return;
    }
    if (steps.next().done) steps = null;
    else setTimeout(tick, 0);
  };
  return {
    touch: () => {
      last = now();
    },
    run: (next) => {
      const idle = steps === null;
      steps = next;
      if (idle) setTimeout(tick, idleMs);
    },
  };
}
