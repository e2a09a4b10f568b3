import { describe, expect, it } from 'vitest';
import { resultsFromJson, resultsToJson } from './results-json.js';
import { createArea } from '../../test/support/results.js';

describe('results JSON', () => {
  it('leaves out each area’s coverage and links it to the outdoor level again', () => {
    const area = createArea('unit2025', 'U', 40);
    const text = resultsToJson({ areas: { 'unit2025|U': area }, city: area });
    expect(text).not.toContain('"coverage"');
    const back = resultsFromJson<{ areas: Record<string, typeof area>; city: typeof area }>(text);
    expect(back.city).toEqual(area);
    expect(back.areas['unit2025|U']!.coverage).toBe(back.areas['unit2025|U']!.byLevel.outdoor);
  });

  it('keeps a coverage that is not the outdoor level', () => {
    const area = { ...createArea('unit2025', 'U', 40) };
    area.coverage = area.byLevel.indoor;
    expect(resultsFromJson<typeof area>(resultsToJson(area)).coverage).toEqual(area.byLevel.indoor);
  });
});
