/**
 * The public map's answer at the point asked: any operator's coverage at each level (public-point-level.ts, the
 * files the map's overlays draw) and, read apart so that one failing does not hide the other, each operator's
 * coverage, the nearest sites and the speeds around it (public-point-details.ts). The point files' meta is read
 * once per page, on the first point asked. Answers for an older point are dropped.
 */
import { useEffect, useState } from 'react';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import type { LngLat } from '../domain/geo.js';
import type { PointMeta } from '../domain/public-point.js';
import { errorMessage } from '../domain/errors.js';
import { readFgbUrl } from '../data/fgb-read.js';
import type { BoxReader, PublicPointCoverage } from './public-point.js';
import { publicCoverageAtLevel } from './public-point-level.js';
import { publicPointDetails, readPointMeta, type PublicPointDetails } from './public-point-details.js';

/** The point's answer at each level; a level whose tiles could not be read has its error instead. */
export type LevelAnswers = Record<CoverageLevel, PublicPointCoverage | { error: string }>;

/** What the panel shows of a point: keyed by the point, null while its part is on its way. */
export type PublicPointState = {
  key: string;
  levels: LevelAnswers | null;
  details: PublicPointDetails | { error: string } | null;
};

const read: BoxReader = (url, bbox) => readFgbUrl(url, { bbox });
const metas = new Map<string, Promise<PointMeta>>();

/** The answer at `lngLat` (`[lng, lat]` degrees, null: none asked) from the data folder `dataUrl`. */
export function usePublicPoint(dataUrl: string, lngLat: Readonly<LngLat> | null): PublicPointState | null {
  const [state, setState] = useState<PublicPointState | null>(null);
  const key = lngLat ? lngLat.join(',') : '';
  useEffect(() => {
    if (!lngLat) return;
    let live = true;
    const set = (part: Partial<PublicPointState>) =>
      live && setState((s) => ({ ...(s?.key === key ? s : { key, levels: null, details: null }), ...part, key }));
    const failed = (err: unknown) => ({ error: errorMessage(err) });
    const at = (level: CoverageLevel) => publicCoverageAtLevel(dataUrl, lngLat, level, read).catch(failed);
    void Promise.all(COVERAGE_LEVELS.map(at)).then((answers) =>
      set({ levels: Object.fromEntries(COVERAGE_LEVELS.map((l, i) => [l, answers[i]!])) as LevelAnswers }),
    );
    // A failed read is tried again at the next point.
    if (!metas.has(dataUrl))
      metas.set(
        dataUrl,
        readPointMeta(dataUrl).catch((e: unknown) => (metas.delete(dataUrl), Promise.reject(e))),
      );
    void metas
      .get(dataUrl)!
      .then((meta) => publicPointDetails(dataUrl, lngLat, meta, read))
      .then(
        (details) => set({ details }),
        (err: unknown) => set({ details: failed(err) }),
      );
    return () => {
      live = false;
    };
    // `key` stands for the point (`lngLat` as text): a new array of the same point asks nothing again.
  }, [dataUrl, key]);
  return state?.key === key ? state : null;
}
