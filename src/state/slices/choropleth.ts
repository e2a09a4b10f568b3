/**
 * What the choropleth shows: the area level, technology, operator set, basis (share of area or of
 * population) and coverage level (outdoor, indoor), and the date the figures stand on. All but the date persist
 * with the preferences.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { OpSet } from '../../analysis/engine/types.js';
import type { Basis } from '../../analysis/coverage-value.js';
import type { Technology } from '../../domain/telecom.js';
import { DEFAULT_COVERAGE_LEVEL, type CoverageLevel } from '../../domain/coverage-level.js';

export type ChoroplethLevel = 'unit2025' | 'district2019' | 'ward2019' | 'h3r8' | 'h3r9';
export const CHOROPLETH_LEVELS: readonly ChoroplethLevel[] = ['unit2025', 'district2019', 'ward2019', 'h3r8', 'h3r9'];

export type ChoroplethState = {
  level: ChoroplethLevel;
  choroTech: Technology;
  choroOp: OpSet;
  basis: Basis;
  /** Where residents are when the signal must reach them: outdoors or indoors (see domain/coverage-level.ts). */
  coverageLevel: CoverageLevel;
  /** The date the figures stand on (ISO `YYYY-MM-DD`), or null for all the data ("now"). */
  asOf: string | null;
};

/** The choices a shared link carries; null keeps the current one. */
export type ChoroplethLink = {
  level: ChoroplethLevel | null;
  tech: Technology | null;
  op: OpSet | null;
  basis: Basis | null;
  coverageLevel: CoverageLevel | null;
};

export type ChoroplethActions = {
  levelChosen: (level: ChoroplethLevel) => void;
  techChosen: (tech: Technology) => void;
  opSetChosen: (op: OpSet) => void;
  basisChosen: (basis: Basis) => void;
  coverageLevelChosen: (level: CoverageLevel) => void;
  /** The user moved the time control (null: "now"). */
  asOfChosen: (date: string | null) => void;
  /** A shared link was opened: its choices win over the saved preferences. */
  linkOpened: (link: ChoroplethLink) => void;
};

export type ChoroplethSlice = ChoroplethState & ChoroplethActions;

export const INITIAL_CHOROPLETH: ChoroplethState = {
  level: 'unit2025',
  choroTech: '5G',
  choroOp: 'any',
  basis: 'area',
  coverageLevel: DEFAULT_COVERAGE_LEVEL,
  asOf: null,
};

export const createChoroplethSlice: StateCreator<ChoroplethSlice> = (set) => ({
  ...INITIAL_CHOROPLETH,
  levelChosen: (level) => set({ level }),
  techChosen: (choroTech) => set({ choroTech }),
  opSetChosen: (choroOp) => set({ choroOp }),
  basisChosen: (basis) => set({ basis }),
  coverageLevelChosen: (coverageLevel) => set({ coverageLevel }),
  asOfChosen: (asOf) => set({ asOf }),
  linkOpened: (link) =>
    set({
      ...(link.level ? { level: link.level } : {}),
      ...(link.tech ? { choroTech: link.tech } : {}),
      ...(link.op ? { choroOp: link.op } : {}),
      ...(link.basis ? { basis: link.basis } : {}),
      ...(link.coverageLevel ? { coverageLevel: link.coverageLevel } : {}),
    }),
});
