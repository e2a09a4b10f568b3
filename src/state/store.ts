/**
 * The app store: a React-free zustand vanilla store built from typed slices (zustand's slices pattern).
 * Preferences (language, layer toggles, filters) persist in localStorage so a reload keeps them.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { persist, createJSONStorage } from 'zustand/middleware';
import type { Lang } from '../ui/i18n.js';
import { DEFAULT_VISIBLE, type LayerKey } from '../map/layers.js';
import { BANDS, OPERATORS, type Operator, type Technology } from '../domain/telecom.js';
import { DEFAULT_DRAFT, EMPTY_PLAN, type Plan, type SiteDraft } from './plan.js';
import type { DataIssue, Manifest } from '../domain/report.js';
import type { StoredImport } from '../data/persist/schema.js';
import { SAMPLE_PROVENANCE, type Provenance } from './imports.js';
import type { ServiceResults } from '../analysis/coverage-service.js';
import type { SearchEntry } from '../ui/search.js';
import { OP_SETS, type OpSet } from '../analysis/engine/types.js';
import type { IndicatorTable } from '../analysis/indicators.js';
import type { IndicatorFile } from './indicators.js';

export type UiSlice = {
  lang: Lang;
  setLang: (lang: Lang) => void;
};

/** Where operator data comes from: the project's generated sample, or a file the user imported. */
export type DataSourceKind = 'sample' | 'imported';

export type LayersSlice = {
  visible: Record<LayerKey, boolean>;
  operators: Record<Operator, boolean>;
  technologies: Record<Technology, boolean>;
  /** Which data sources are shown: generated sample data, and data the user imported. */
  sources: Record<DataSourceKind, boolean>;
  toggleLayer: (key: LayerKey) => void;
  toggleSource: (source: DataSourceKind) => void;
  toggleOperator: (op: Operator) => void;
  toggleTechnology: (t: Technology) => void;
};

/** A clicked feature: its layer group, its id and a copy of its properties. */
export type Selection = { key: LayerKey; id: string | number | null; props: Record<string, unknown> };

export type SelectionSlice = {
  selection: Selection | null;
  select: (s: Selection | null) => void;
};

export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

export type DataSlice = {
  status: DataStatus;
  /** Every searchable place (areas of both layouts, zones), set once the data is loaded. */
  places: SearchEntry[];
  manifest: Manifest | null;
  error: string | null;
  issues: DataIssue[];
  /** Files the user imported (kept in the browser), oldest first. */
  imports: StoredImport[];
  /** Where the sites, cables and coverage in use come from: the sample, imported files, or both. */
  provenance: Provenance;
  setData: (
    d: Partial<Pick<DataSlice, 'status' | 'manifest' | 'error' | 'issues' | 'places' | 'imports' | 'provenance'>>,
  ) => void;
};

/** State of the coverage analysis (run by the worker). */
export type AnalysisState = {
  status: 'idle' | 'computing' | 'ready' | 'error';
  /** The stage being computed: load, index, sites, targets. */
  stage: string | null;
  error: string | null;
  results: ServiceResults | null;
  /**
   * Set when `results` were patched by a plan edit: the area keys that changed, so the map recolours only
   * them. Null after a full analysis.
   */
  patched?: string[] | null;
  /** The drawn gap (uncovered part) of the selected area: `${level}|${id}|${tech}|${op}` and its km². */
  gap: { key: string; areaKm2: number } | null;
};

export type AnalysisSlice = {
  analysis: AnalysisState;
  setAnalysis: (a: Partial<AnalysisState>) => void;
};

/** What the choropleth shows: the area level, technology, operator set and basis (area or population). */
export type ChoroplethSlice = {
  level: ChoroplethLevel;
  choroTech: Technology;
  choroOp: OpSet;
  basis: 'area' | 'population';
  setChoropleth: (c: Partial<Pick<ChoroplethSlice, 'level' | 'choroTech' | 'choroOp' | 'basis'>>) => void;
  /** The date the figures stand on (ISO `YYYY-MM-DD`), or null for all the data ("now"). */
  asOf: string | null;
  setAsOf: (date: string | null) => void;
  /** The earlier date the map compares with (a change map in percentage points), or null; and its results. */
  compareWith: string | null;
  compareResults: ServiceResults | null;
  setCompare: (c: Partial<Pick<ChoroplethSlice, 'compareWith' | 'compareResults'>>) => void;
};

export type ChoroplethLevel = 'unit2025' | 'district2019' | 'ward2019' | 'h3r8' | 'h3r9';
export const CHOROPLETH_LEVELS: readonly ChoroplethLevel[] = ['unit2025', 'district2019', 'ward2019', 'h3r8', 'h3r9'];

/** One line of what the last plan edit changed, e.g. "Phường X +0.8 pp" or "zone Y now 100 %". */
export type PlanChangeLine = { key: string; name: string; before: number; after: number; zonePassNow: boolean };

export type PlanSlice = {
  plan: Plan;
  /** Clicks on the map place candidate sites. */
  planMode: boolean;
  /** Settings of the next site placed. */
  draft: SiteDraft;
  /** The candidate site being edited, or null. */
  planSelected: string | null;
  /** What the last edit changed, biggest first (empty until an edit has been analysed). */
  planChange: { lines: PlanChangeLine[]; ms: number } | null;
  /** Applies a pure plan edit (see plan.ts). */
  editPlan: (f: (p: Plan) => Plan) => void;
  setPlanMode: (on: boolean) => void;
  setDraft: (d: Partial<SiteDraft>) => void;
  selectPlanSite: (id: string | null) => void;
  setPlanChange: (c: PlanSlice['planChange']) => void;
};

/** Area indicators loaded from CSV files (kept in the browser) and their figures on every level. */
export type IndicatorSlice = {
  /** Loaded indicator files, oldest first. */
  indicatorFiles: IndicatorFile[];
  /** Their figures as of the map's date (computed in the worker), or null before the first answer. */
  indicatorTable: IndicatorTable | null;
  /** The indicator the choropleth shows instead of coverage, or null for coverage. */
  choroIndicator: string | null;
  setIndicators: (i: Partial<Pick<IndicatorSlice, 'indicatorFiles' | 'indicatorTable' | 'choroIndicator'>>) => void;
};

export type AppState = UiSlice &
  LayersSlice &
  SelectionSlice &
  DataSlice &
  AnalysisSlice &
  ChoroplethSlice &
  PlanSlice &
  IndicatorSlice;

const createIndicatorSlice: StateCreator<AppState, [], [], IndicatorSlice> = (set) => ({
  indicatorFiles: [],
  indicatorTable: null,
  choroIndicator: null,
  setIndicators: (i) => set(i),
});

const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  plan: EMPTY_PLAN,
  planMode: false,
  draft: DEFAULT_DRAFT,
  planSelected: null,
  planChange: null,
  editPlan: (f) => set((s) => ({ plan: f(s.plan) })),
  setPlanMode: (planMode) => set({ planMode }),
  setDraft: (d) => set((s) => ({ draft: { ...s.draft, ...d } })),
  selectPlanSite: (planSelected) => set({ planSelected }),
  setPlanChange: (planChange) => set({ planChange }),
});

const createChoroplethSlice: StateCreator<AppState, [], [], ChoroplethSlice> = (set) => ({
  level: 'unit2025',
  choroTech: '5G',
  choroOp: 'any',
  basis: 'area',
  setChoropleth: (c) => set(c),
  asOf: null,
  setAsOf: (asOf) => set({ asOf }),
  compareWith: null,
  compareResults: null,
  setCompare: (c) => set(c),
});

const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  analysis: { status: 'idle', stage: null, error: null, results: null, gap: null },
  setAnalysis: (a) => set((s) => ({ analysis: { ...s.analysis, ...a } })),
});

const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  lang: 'vi',
  setLang: (lang) => set({ lang }),
});

const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  visible: { ...DEFAULT_VISIBLE },
  operators: Object.fromEntries(OPERATORS.map((o) => [o, true])) as Record<Operator, boolean>,
  technologies: { '4G': true, '5G': true },
  sources: { sample: true, imported: true },
  toggleSource: (k) => set((s) => ({ sources: { ...s.sources, [k]: !s.sources[k] } })),
  toggleLayer: (key) => set((s) => ({ visible: { ...s.visible, [key]: !s.visible[key] } })),
  toggleOperator: (op) => set((s) => ({ operators: { ...s.operators, [op]: !s.operators[op] } })),
  toggleTechnology: (t) => set((s) => ({ technologies: { ...s.technologies, [t]: !s.technologies[t] } })),
});

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
});

const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  status: 'idle',
  places: [],
  manifest: null,
  error: null,
  issues: [],
  imports: [],
  provenance: SAMPLE_PROVENANCE,
  setData: (d) => set(d),
});

const STORAGE_KEY = 'hanoi-coverage-map/preferences/v1';

/** Creates a store; `persistTo` null keeps it in memory (tests). */
export function createAppStore(persistTo: Storage | null = typeof localStorage === 'undefined' ? null : localStorage) {
  const slices: StateCreator<AppState, [], [], AppState> = (...a) => ({
    ...createUiSlice(...a),
    ...createLayersSlice(...a),
    ...createSelectionSlice(...a),
    ...createDataSlice(...a),
    ...createAnalysisSlice(...a),
    ...createChoroplethSlice(...a),
    ...createPlanSlice(...a),
    ...createIndicatorSlice(...a),
  });
  if (persistTo === null) return createStore<AppState>()(slices);
  return createStore<AppState>()(
    persist(slices, {
      name: STORAGE_KEY,
      storage: createJSONStorage(() => persistTo),
      partialize: (s) => ({
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
      }),
      // A preference saved by an older version may miss keys: start from the defaults.
      merge: (saved, current) => {
        const p = (saved ?? {}) as Partial<AppState>;
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
        };
      },
    }),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
