/**
 * The app store: a React-free zustand vanilla store composed of one slice per concern (zustand's slices
 * pattern; each slice in `slices/` has its state, its initial state and named actions saying what happened).
 * Preferences (language, layer toggles, filters, the choropleth's choices, the next site's settings, the coverage
 * model's parameters and calibration) persist
 * in localStorage so a reload keeps them; middleware goes on the combined store only.
 */
import { DEFAULT_COVERAGE_LEVEL, isCoverageLevel } from '../domain/coverage-level.js';
import { createStore, type StateCreator } from 'zustand/vanilla';
import { persist, createJSONStorage } from 'zustand/middleware';
import { BANDS, OPERATORS } from '../domain/telecom.js';
import { OP_SETS } from '../analysis/engine/types.js';
import { createUiSlice, type UiActions, type UiSlice } from './slices/ui.js';
import { createLayersSlice, type LayersActions, type LayersSlice } from './slices/layers.js';
import { createSelectionSlice, type SelectionActions, type SelectionSlice } from './slices/selection.js';
import { createDataSlice, type DataActions, type DataSlice } from './slices/data.js';
import { createAnalysisSlice, type AnalysisActions, type AnalysisSlice } from './slices/analysis.js';
import {
  CHOROPLETH_LEVELS,
  createChoroplethSlice,
  type ChoroplethActions,
  type ChoroplethSlice,
} from './slices/choropleth.js';
import { createCompareSlice, type CompareActions, type CompareSlice } from './slices/compare.js';
import { createPlanSlice, type PlanActions, type PlanSlice } from './slices/plan.js';
import { createIndicatorSlice, type IndicatorActions, type IndicatorSlice } from './slices/indicators.js';
import { createPointSlice, type PointActions, type PointSlice } from './slices/point.js';
import { cleanOverrides, createParamsSlice, type ParamsActions, type ParamsSlice } from './slices/params.js';

export type AppState = UiSlice &
  LayersSlice &
  SelectionSlice &
  DataSlice &
  AnalysisSlice &
  ChoroplethSlice &
  CompareSlice &
  PlanSlice &
  IndicatorSlice &
  PointSlice &
  ParamsSlice;

/** Every action of the store: created once with the store, never replaced. */
export type AppActions = UiActions &
  LayersActions &
  SelectionActions &
  DataActions &
  AnalysisActions &
  ChoroplethActions &
  CompareActions &
  PlanActions &
  IndicatorActions &
  PointActions &
  ParamsActions;

/** The localStorage key of the preferences; unchanged since v1 so saved preferences still load. */
const STORAGE_KEY = 'hanoi-coverage-map/preferences/v1';

/** The persisted part of the state. */
type Preferences = Pick<
  AppState,
  | 'draft'
  | 'lang'
  | 'visible'
  | 'operators'
  | 'technologies'
  | 'sources'
  | 'level'
  | 'choroTech'
  | 'choroOp'
  | 'basis'
  | 'coverageLevel'
  | 'coverageParams'
  | 'calibration'
>;

/**
 * Each slice sees and sets only its own fields (so it imports nothing of the others and can be tested alone);
 * the combined store hands it the store's `set`, `get` and API.
 */
const slices: StateCreator<AppState> = (...a) => ({
  ...createUiSlice(...a),
  ...createLayersSlice(...a),
  ...createSelectionSlice(...a),
  ...createDataSlice(...a),
  ...createAnalysisSlice(...a),
  ...createChoroplethSlice(...a),
  ...createCompareSlice(...a),
  ...createPlanSlice(...a),
  ...createIndicatorSlice(...a),
  ...createPointSlice(...a),
  ...createParamsSlice(...a),
});

/** Creates a store; `persistTo` null keeps it in memory (tests). */
export function createAppStore(persistTo: Storage | null = typeof localStorage === 'undefined' ? null : localStorage) {
  if (persistTo === null) return createStore<AppState>()(slices);
  return createStore<AppState>()(
    persist(slices, {
      name: STORAGE_KEY,
      storage: createJSONStorage(() => persistTo),
      partialize: (s): Preferences => ({
        draft: s.draft,
        lang: s.lang,
        visible: s.visible,
        operators: s.operators,
        technologies: s.technologies,
        sources: s.sources,
        level: s.level,
        choroTech: s.choroTech,
        choroOp: s.choroOp,
        basis: s.basis,
        coverageLevel: s.coverageLevel,
        coverageParams: s.coverageParams,
        calibration: s.calibration,
      }),
      // A preference saved by an older version may miss keys: start from the defaults.
      merge: (saved, current) => {
        const p = (saved ?? {}) as Partial<Preferences>;
        return {
          ...current,
          lang: p.lang === 'en' ? 'en' : 'vi',
          visible: { ...current.visible, ...(p.visible ?? {}) },
          operators: { ...current.operators, ...(p.operators ?? {}) },
          technologies: { ...current.technologies, ...(p.technologies ?? {}) },
          sources: { ...current.sources, ...(p.sources ?? {}) },
          draft:
            p.draft && p.draft.band in BANDS && (OPERATORS as readonly string[]).includes(p.draft.operator)
              ? { ...current.draft, ...p.draft }
              : current.draft,
          level: p.level && CHOROPLETH_LEVELS.includes(p.level) ? p.level : 'unit2025',
          choroTech: p.choroTech === '4G' ? '4G' : '5G',
          choroOp: p.choroOp && (OP_SETS as readonly string[]).includes(p.choroOp) ? p.choroOp : 'any',
          basis: p.basis === 'population' ? 'population' : 'area',
          coverageLevel: isCoverageLevel(p.coverageLevel) ? p.coverageLevel : DEFAULT_COVERAGE_LEVEL,
          // Saved parameters are checked again: a field of an older model, or out of today's range, is dropped.
          coverageParams: cleanOverrides(p.coverageParams ?? {}),
          calibration: p.calibration?.version === 1 ? p.calibration : null,
        };
      },
    }),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
