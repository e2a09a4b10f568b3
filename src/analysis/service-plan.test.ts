import { describe, expect, it } from 'vitest';
import { editPlan, refusePlanIds } from './service-plan.js';
import type { CoverageEngine } from './engine/engine.js';
import type { Site } from '../domain/telecom.js';
import { errorTexts } from '../domain/error-texts.js';

/** A site with only what the id checks read. */
const createSite = (id: string) => ({ id }) as Site;

/** An engine that must not be reached: the id checks come first. */
const NO_ENGINE = { settleDrag: () => [] } as unknown as CoverageEngine;

describe('plan id clashes', () => {
  it('refuse a plan site with a base site’s id, in both languages', () => {
    let caught: unknown = null;
    try {
      editPlan(NO_ENGINE, new Map(), [createSite('HN-1')], [createSite('HN-1')], []);
    } catch (err) {
      caught = err;
    }
    expect(errorTexts(caught)).toEqual({
      message: 'plan site "HN-1": the id is taken by a base site',
      vi: 'trạm dự kiến "HN-1": mã này trùng với mã một trạm hiện có',
    });
  });

  it('refuse an imported site with a plan site’s id, in both languages', () => {
    let caught: unknown = null;
    try {
      refusePlanIds(new Map([['P-1', createSite('P-1')]]), [createSite('P-1')]);
    } catch (err) {
      caught = err;
    }
    expect(errorTexts(caught)).toEqual({
      message: 'imported site "P-1": the id is taken by a site of the plan',
      vi: 'trạm nhập "P-1": mã này trùng với mã một trạm dự kiến của kế hoạch',
    });
  });
});
