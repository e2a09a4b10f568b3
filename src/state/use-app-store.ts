/**
 * The React side of the store: `useAppStore(selector)`, and shared hooks for the selections several
 * components make. A hook that picks several fields returns a new object each call, so it goes through
 * zustand's `useShallow`: the component re-renders only when one of the picked fields changes.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppActions, AppState, AppStore } from './store.js';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore: no StoreContext provider');
  return useStore(store, selector);
}

/** The store itself, for imperative subscriptions (the map wrapper). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi: no StoreContext provider');
  return store;
}

/** The store's actions. They never change, so reading them subscribes to nothing. */
export function useActions(): AppActions {
  return useAppStoreApi().getState();
}

/** What the choropleth shows: level, technology, operator set and basis. */
export function useChoroplethChoice(): Pick<AppState, 'level' | 'choroTech' | 'choroOp' | 'basis' | 'coverageLevel'> {
  return useAppStore(
    useShallow((s) => ({
      level: s.level,
      choroTech: s.choroTech,
      choroOp: s.choroOp,
      basis: s.basis,
      coverageLevel: s.coverageLevel,
    })),
  );
}

/** The layer toggles and the operator, technology and data-source filters. */
export function useLayerFilters(): Pick<AppState, 'visible' | 'operators' | 'technologies' | 'sources'> {
  return useAppStore(
    useShallow((s) => ({
      visible: s.visible,
      operators: s.operators,
      technologies: s.technologies,
      sources: s.sources,
    })),
  );
}

/** The plan and its editing state. */
export function usePlanState(): Pick<AppState, 'plan' | 'planMode' | 'draft' | 'planSelected' | 'planChange'> {
  return useAppStore(
    useShallow((s) => ({
      plan: s.plan,
      planMode: s.planMode,
      draft: s.draft,
      planSelected: s.planSelected,
      planChange: s.planChange,
    })),
  );
}

/** The indicator files, their figures, and the indicator the map shows. */
export function useIndicatorState(): Pick<AppState, 'indicatorFiles' | 'indicatorTable' | 'choroIndicator'> {
  return useAppStore(
    useShallow((s) => ({
      indicatorFiles: s.indicatorFiles,
      indicatorTable: s.indicatorTable,
      choroIndicator: s.choroIndicator,
    })),
  );
}

/** The change map: what the map compares with and its figures. */
export function useComparison(): Pick<AppState, 'compareWith' | 'compareResults'> {
  return useAppStore(useShallow((s) => ({ compareWith: s.compareWith, compareResults: s.compareResults })));
}
