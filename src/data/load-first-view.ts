/**
 * The first view's results the data build stored (`manifest.stored.firstView`), read through the same
 * `DataSource` as the layers. Apart from `load-stored.ts`, whose area index decoder (and its geometry library) the
 * page does not need to show them.
 */
import { resultsFromJson } from '../analysis/results-json.js';
import type { ServiceResults } from '../analysis/service-types.js';
import type { Manifest } from '../domain/report.js';
import type { DataSource } from './load-layers.js';

/** Every result of the first view (all the data, no date) as the data build computed them, or null. */
export async function loadFirstView(source: DataSource, manifest: Manifest): Promise<ServiceResults | null> {
  const entry = manifest.stored?.firstView;
  if (!entry) return null;
  const text = new TextDecoder().decode(await source.getBytes(entry.file));
  try {
    return resultsFromJson<ServiceResults>(text);
  } catch {
    throw new Error(`${entry.file}: not JSON — run \`npm run data\` again`);
  }
}
