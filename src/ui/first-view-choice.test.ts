// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { findPicture, pictureMatches, type PictureChoice } from './first-view-choice.js';
import { createAppStore } from '../state/store.js';

const CHOICE: PictureChoice = { level: 'unit2025', tech: '5G', op: 'any', basis: 'area', coverageLevel: 'outdoor' };

afterEach(() => document.body.replaceChildren());

describe('findPicture', () => {
  it("reads the build's template and its choice", () => {
    document.body.innerHTML =
      '<template id="first-view-picture" data-level="unit2025" data-tech="5G" data-op="any" data-basis="area" data-coverage-level="outdoor"><svg></svg></template>';
    const found = findPicture();
    expect(found?.choice).toEqual(CHOICE);
    expect(found?.template.content.querySelector('svg')).not.toBeNull();
  });

  it('answers null without one (data built without a stored first view)', () => {
    expect(findPicture()).toBeNull();
    document.body.innerHTML = '<div id="first-view-picture"></div>';
    expect(findPicture()).toBeNull();
  });
});

describe('pictureMatches', () => {
  it('holds for the starting state, not with a view in the link', () => {
    const s = createAppStore(null).getState();
    expect(pictureMatches(s, CHOICE, false)).toBe(true);
    expect(pictureMatches(s, CHOICE, true)).toBe(false);
  });

  it('fails for every other choice the map would start on', () => {
    const changes: [string, (s: ReturnType<ReturnType<typeof createAppStore>['getState']>) => void][] = [
      ['level', (s) => s.levelChosen('ward2019')],
      ['technology', (s) => s.techChosen('4G')],
      ['operator', (s) => s.opSetChosen('viettel')],
      ['basis', (s) => s.basisChosen('population')],
      ['coverage level', (s) => s.coverageLevelChosen('indoor')],
      ['date', (s) => s.asOfChosen('2024-12-31')],
      ['parameters', (s) => s.paramsChosen({ edgeProbability: 0.8 })],
      ['comparison', (s) => s.comparisonStarted({ kind: 'date', date: '2024-12-31' } as never)],
    ];
    for (const [what, change] of changes) {
      const store = createAppStore(null);
      change(store.getState());
      expect(pictureMatches(store.getState(), CHOICE, false), what).toBe(false);
    }
  });
});
