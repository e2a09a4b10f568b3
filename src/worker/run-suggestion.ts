/**
 * The site suggestion driven a few milliseconds at a time, so that a stop request reaches the worker between
 * slices (the search itself is a generator in the analysis, see CoverageService.suggest).
 */
import type { CoverageService } from '../analysis/coverage-service.js';

/** Runs `service.suggest` in slices of about 30 ms, yielding to the worker's message loop in between. */
export async function runSuggestion(
  service: CoverageService,
  signal: AbortSignal,
  input: Parameters<CoverageService['suggest']>[0],
  onProgress: Parameters<CoverageService['suggest']>[1],
) {
  const steps = service.suggest(input, onProgress);
  let slice = performance.now();
  for (;;) {
    const r = steps.next(signal.aborted);
    if (r.done) return r.value;
    if (performance.now() - slice > 30) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
  }
}
