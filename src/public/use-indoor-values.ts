/**
 * The public map's indoor figures (`areas-indoor.json`, see domain/public-level.ts), read once, when indoor
 * coverage is first chosen: they are not part of the first view's data (scripts/public/budgets.ts), so a visitor
 * who stays outdoors never downloads them.
 */
import { useEffect, useState } from 'react';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { errorMessage } from '../domain/errors.js';
import { INDOOR_VALUES_FILE, type LevelValuesIndex } from '../domain/public-level.js';

/** Reads a URL as JSON (a fake in tests); rejects on an HTTP error, naming its status. */
export type JsonReader = (url: URL) => Promise<unknown>;

const readJson: JsonReader = async (url) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.json();
};

/**
 * The indoor figures of the data folder `dataUrl` (ends with `/`) once `level` has been indoor, null before they
 * are read; a failed read goes to `onError` as `areas-indoor.json: <reason>`, and is not tried again.
 */
export function useIndoorValues(
  level: CoverageLevel,
  dataUrl: string,
  onError: (message: string) => void,
  read: JsonReader = readJson,
): LevelValuesIndex | null {
  const [values, setValues] = useState<LevelValuesIndex | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (level !== 'indoor' || asked) return;
    setAsked(true);
    read(new URL(INDOOR_VALUES_FILE, dataUrl)).then(
      (v) => setValues(v as LevelValuesIndex),
      (e: unknown) => onError(`${INDOOR_VALUES_FILE}: ${errorMessage(e)}`),
    );
  }, [level, asked, dataUrl, onError, read]);
  return values;
}
