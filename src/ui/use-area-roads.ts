/**
 * Asks the worker for an area's road figures (roads-handler.ts) and keeps the newest answer: asked again when the
 * area, the technology, operator set or coverage level, or `version` (the figures in use: a plan edit, a date,
 * imports, parameters) change, but never while `paused` (a candidate being dragged: its coverage changes at every
 * step, and the roads are measured again only once it is let go). At most one question is with the worker, newer
 * ones replace each other while it runs (latest-wins.ts); an answer to a question already replaced, or arriving
 * after the panel closed, is dropped.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { OpSet } from '../analysis/engine/types.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { errorMessage } from '../domain/errors.js';
import type { PlaceLevel } from '../domain/places.js';
import type { Technology } from '../domain/telecom.js';
import { latestWins } from '../session/latest-wins.js';
import type { AreaRoads } from '../worker/protocol.js';
import { WorkerCallError } from '../worker/rpc.js';

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
export type RoadsState =
  | { status: 'waiting' }
  | { status: 'answered'; key: string; version: unknown; answer: AreaRoads }
  | { status: 'failed'; key: string; version: unknown; error: { vi: string; en: string } };

/** The key of a question: the answer shown must carry the key of the area and choice on screen. */
export const roadsKey = (level: PlaceLevel, id: string, tech: Technology, op: OpSet, at: CoverageLevel): string =>
  `${level}|${id}|${tech}|${op}|${at}`;

function errorTexts(err: unknown): { vi: string; en: string } {
  if (err instanceof WorkerCallError) return { vi: err.vi, en: err.message };
  const message = errorMessage(err);
  return { vi: message, en: message };
}

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
  const [state, setState] = useState<RoadsState>({ status: 'waiting' });
  const live = useRef(true);
  const queue = useMemo(
    () =>
      ask === null
        ? null
        : latestWins<RoadsQuery, AreaRoads>((q) => ask(q.level, q.id, q.tech, q.op, q.coverageLevel), {
            result: (answer, q, stale) => {
              if (!stale && live.current) setState({ status: 'answered', key: q.key, version: q.version, answer });
            },
            error: (err, q, stale) => {
              if (!stale && live.current)
                setState({ status: 'failed', key: q.key, version: q.version, error: errorTexts(err) });
            },
          }),
    [ask],
  );
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      queue?.clear();
    };
  }, [queue]);
  const { level, id } = area ?? { level: null, id: null };
  const { tech, op, coverageLevel } = choice;
  useEffect(() => {
    if (!queue || paused || level === null || id === null) return;
    const key = roadsKey(level, id, tech, op, coverageLevel);
    queue.push({ level, id, tech, op, coverageLevel, key, version });
  }, [queue, level, id, tech, op, coverageLevel, version, paused]);
  return state;
}
