/**
 * Asks the worker for an area's road figures (roads-handler.ts) and keeps the newest answer: asked again when the
 * area, the technology, operator set or coverage level, or `version` (the figures in use: a plan edit, a date,
 * imports, parameters) change, but never while `paused` (a candidate being dragged: its coverage changes at every
 * step, and the roads are measured again only once it is let go). At most one question is with the worker, newer
 * ones replace each other while it runs (latest-wins.ts); an answer to a question already replaced, or arriving
 * after the panel closed, is dropped.
 */
import { useMemo } from 'react';
import type { OpSet } from '../analysis/engine/types.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { PlaceLevel } from '../domain/places.js';
import type { Technology } from '../domain/telecom.js';
import type { AreaRoads } from '../worker/protocol.js';
import { useLatestAnswer, type AnswerState } from './use-latest-answer.js';

/** Asks the worker for an area's road figures; `Session.areaRoads` is one. */
export type RoadsAsk = (
  level: PlaceLevel,
  id: string,
  tech: Technology,
  op: OpSet,
  coverageLevel: CoverageLevel,
) => Promise<AreaRoads>;

/** The question a block asks: an area and a choice, with its key, and the figures in use it was asked for. */
export type RoadsQuery = {
  level: PlaceLevel;
  id: string;
  tech: Technology;
  op: OpSet;
  coverageLevel: CoverageLevel;
  key: string;
  version: unknown;
};

/** What the block shows: nothing yet, the newest answer, or the newest question's failure in both languages. */
export type RoadsState = AnswerState<AreaRoads>;

/** The key of a question: the answer shown must carry the key of the area and choice on screen. */
export const roadsKey = (level: PlaceLevel, id: string, tech: Technology, op: OpSet, at: CoverageLevel): string =>
  `${level}|${id}|${tech}|${op}|${at}`;

/**
 * The newest answer for the area and choice (nothing is asked while `ask` or the area is null, or while `paused`).
 * `version` is compared by identity: a new value asks again.
 */
export function useAreaRoads(
  ask: RoadsAsk | null,
  area: { level: PlaceLevel; id: string } | null,
  choice: { tech: Technology; op: OpSet; coverageLevel: CoverageLevel },
  version: unknown,
  paused: boolean,
): RoadsState {
  const run = useMemo(
    () => (ask === null ? null : (q: RoadsQuery) => ask(q.level, q.id, q.tech, q.op, q.coverageLevel)),
    [ask],
  );
  const { tech, op, coverageLevel } = choice;
  const question =
    area === null || paused
      ? null
      : { ...area, tech, op, coverageLevel, key: roadsKey(area.level, area.id, tech, op, coverageLevel), version };
  return useLatestAnswer(run, question);
}
