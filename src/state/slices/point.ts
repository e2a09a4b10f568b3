/**
 * "Có 5G ở đây không?": the point asked (a click on the map, a search for coordinates or a street, a link's
 * `pt=`), and the worker's answer for it. Each question gets a number, so that an answer to an earlier question
 * (the user clicked again meanwhile) is dropped instead of shown for the new point.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { LngLat } from '../../domain/geo.js';
import type { PointAnswer } from '../../worker/point-handler.js';
import type { StreetEntry } from '../../data/point-streets.js';

/** Where a question came from. */
export type PointSource = 'map' | 'search' | 'link';

/** A point asked: `[lng, lat]` degrees, where from, what the search box read (null for a click or a link). */
export type PointQuery = { lngLat: LngLat; from: PointSource; label: string | null; seq: number };

/** An error shown in the point panel, in both languages. */
export type PointError = { vi: string; en: string };

export type PointState = {
  /** The point asked, or null (panel closed). */
  point: PointQuery | null;
  /** The answer for `point` (null while it is on its way or after an error). */
  pointAnswer: PointAnswer | null;
  pointError: PointError | null;
  /** The street names the search box finds (none until `streets.json` is read, or without it). */
  pointStreets: readonly StreetEntry[];
};

export type PointActions = {
  /** The user asked about a point (`[lng, lat]` degrees); the panel opens and the answer is asked for. */
  pointAsked: (lngLat: LngLat, from: PointSource, label?: string | null) => void;
  /** The worker answered question `seq` (ignored when another was asked since). */
  pointAnswered: (seq: number, answer: PointAnswer) => void;
  /** Question `seq` failed, with the message in both languages (ignored when another was asked since). */
  pointFailed: (seq: number, error: PointError) => void;
  /** The user closed the panel. */
  pointCleared: () => void;
  /** The street names were read. */
  pointStreetsLoaded: (streets: readonly StreetEntry[]) => void;
};

export type PointSlice = PointState & PointActions;

export const INITIAL_POINT: PointState = { point: null, pointAnswer: null, pointError: null, pointStreets: [] };

export const createPointSlice: StateCreator<PointSlice> = (set) => ({
  ...INITIAL_POINT,
  pointAsked: (lngLat, from, label = null) =>
    set((s) => ({
      point: { lngLat: [lngLat[0], lngLat[1]], from, label, seq: (s.point?.seq ?? 0) + 1 },
      pointAnswer: null,
      pointError: null,
    })),
  pointAnswered: (seq, pointAnswer) => set((s) => (s.point?.seq === seq ? { pointAnswer, pointError: null } : {})),
  pointFailed: (seq, pointError) => set((s) => (s.point?.seq === seq ? { pointError, pointAnswer: null } : {})),
  pointCleared: () => set({ point: null, pointAnswer: null, pointError: null }),
  pointStreetsLoaded: (pointStreets) => set({ pointStreets }),
});
