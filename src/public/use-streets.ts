/**
 * The public map's street names for "Có 5G ở đây không?" (`streets.json`, the planner's file, copied by the public
 * build): read once, when the search box is first used, so the first view does not carry them; and the page's
 * reader of its JSON files.
 */
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../domain/errors.js';
import type { StreetEntry } from '../data/point-streets.js';
import { checkStreetsFile, STREETS_FILE_NAME } from '../data/point-streets-file.js';

/** A JSON file of the data folder `dataUrl` (ends with `/`); rejects with the HTTP status when it is not there. */
export async function readJson(file: string, dataUrl: string): Promise<never> {
  const r = await fetch(new URL(file, dataUrl));
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return (await r.json()) as never;
}

/**
 * The street names (none until read) and the function that asks for them (once per page); a failed read goes to
 * `onError` as `streets.json: <reason>`.
 */
export function useStreets(
  dataUrl: string,
  onError: (message: string) => void,
): { streets: readonly StreetEntry[]; ask: () => void } {
  const [streets, setStreets] = useState<readonly StreetEntry[]>([]);
  const asked = useRef(false);
  const ask = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    readJson(STREETS_FILE_NAME, dataUrl).then(
      (json) => setStreets(checkStreetsFile(json).streets),
      (e: unknown) => onError(`${STREETS_FILE_NAME}: ${errorMessage(e)}`),
    );
  }, [dataUrl, onError]);
  return { streets, ask };
}
