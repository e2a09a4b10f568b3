/**
 * The first view at once: the results the data build stored for the shipped data (no date) are shown while the
 * worker starts, and the worker's own replace them when they come (the store's `storedResultsShown`). The app says
 * they are stored figures until then (the status bar), and the plan or imports are in only the worker's.
 */
import type { DataSource } from '../data/load-layers.js';
import { loadFirstView } from '../data/load-first-view.js';
import { errorMessage } from '../domain/errors.js';
import type { DataIssue, Manifest } from '../domain/report.js';
import type { AppStore } from '../state/store.js';
import { isDefaultOverrides } from '../analysis/params-overrides.js';

/**
 * Shows the stored first view when the map stands on no date and the model's parameters are the defaults (a date's
 * figures, and other parameters', are the worker's to give). A file
 * that cannot be read is a warning: the worker's results come anyway. True when the stored figures are shown.
 */
export async function showStoredFirstView(store: AppStore, data: DataSource, manifest: Manifest): Promise<boolean> {
  // The stored figures are the defaults' (and of no date): under other parameters the worker's are awaited.
  if (store.getState().asOf !== null || !isDefaultOverrides(store.getState().coverageParams)) return false;
  try {
    const results = await loadFirstView(data, manifest);
    if (results) store.getState().storedResultsShown(results);
    return results !== null;
  } catch (err) {
    store.getState().warningsAdded([firstViewWarning(err)]);
    return false;
  }
}

function firstViewWarning(err: unknown): DataIssue {
  const message = errorMessage(err);
  return {
    severity: 'warning',
    rule: 'stored-first-view',
    file: 'analysis',
    index: null,
    key: null,
    message: `${message} — the map waits for the analysis to compute the figures`,
    vi: `${message} — bản đồ chờ bộ phân tích tính số liệu`,
  };
}
