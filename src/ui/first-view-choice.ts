/**
 * The planner's first-view picture and the choice it shows (scripts/planner/first-view.ts writes it into
 * `index.html`): when the page may show it, and where it reads it. Pure, apart from {@link findPicture}.
 */
import type { OpSet } from '../analysis/engine/types.js';
import { isDefaultOverrides } from '../analysis/params-overrides.js';
import type { Basis } from '../domain/basis.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Technology } from '../domain/telecom.js';
import type { ChoroplethLevel } from '../state/slices/choropleth.js';
import type { AppState } from '../state/store.js';

/** The id of the `<template>` holding the picture. */
export const PICTURE_TEMPLATE_ID = 'first-view-picture';

/** The choropleth the picture shows (as the `data-*` attributes of its template). */
export type PictureChoice = {
  level: ChoroplethLevel;
  tech: Technology;
  op: OpSet;
  basis: Basis;
  coverageLevel: CoverageLevel;
};

/** The picture's template and choice in `doc`, or null when the build put none there. */
export function findPicture(doc: Document = document): { template: HTMLTemplateElement; choice: PictureChoice } | null {
  const template = doc.getElementById(PICTURE_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return null;
  const d = template.dataset;
  return {
    template,
    choice: {
      level: d.level as ChoroplethLevel,
      tech: d.tech as Technology,
      op: d.op as OpSet,
      basis: d.basis as Basis,
      coverageLevel: d.coverageLevel as CoverageLevel,
    },
  };
}

/**
 * Whether the map will start on what the picture shows: the same level and choropleth, coverage figures (no
 * indicator, no comparison) with no date, under the default parameters (the stored figures are theirs), and the
 * start view framing the city (no view in the link).
 */
export function pictureMatches(s: AppState, choice: PictureChoice, linkHasView: boolean): boolean {
  return (
    !linkHasView &&
    s.level === choice.level &&
    s.choroTech === choice.tech &&
    s.choroOp === choice.op &&
    s.basis === choice.basis &&
    s.coverageLevel === choice.coverageLevel &&
    s.asOf === null &&
    s.choroIndicator === null &&
    s.compareWith === null &&
    isDefaultOverrides(s.coverageParams)
  );
}
