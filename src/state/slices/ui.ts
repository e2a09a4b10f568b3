/** The interface language. Persisted with the preferences (see `store.ts`). */
import type { StateCreator } from 'zustand/vanilla';
import type { Lang } from '../../domain/lang.js';

export type UiState = {
  /** The interface language; Vietnamese until the user picks another. */
  lang: Lang;
};

export type UiActions = {
  /** The user picked a language (the switch, or a link's `lang=`). */
  langChosen: (lang: Lang) => void;
};

export type UiSlice = UiState & UiActions;

export const INITIAL_UI: UiState = { lang: 'vi' };

export const createUiSlice: StateCreator<UiSlice> = (set) => ({
  ...INITIAL_UI,
  langChosen: (lang) => set({ lang }),
});
