/**
 * Loads the generated data for the app: `manifest.json`, then each layer's FlatGeobuf file, through a
 * small `DataSource` so tests can pass a fake instead of patching `fetch`.
 */
import type { FeatureCollection } from 'geojson';
import type { Manifest } from '../domain/report.js';
import { errorMessage } from '../domain/errors.js';
import { readFgb } from './fgb-read.js';

/** Where the generated files come from. */
export interface DataSource {
  /** The bytes of a file, by path relative to the data folder (`manifest.json`, `units-2025.fgb`). */
  getBytes(path: string): Promise<Uint8Array>;
}

/** A `DataSource` over HTTP relative to `baseUrl` (e.g. `new URL('data/', document.baseURI)`). */
export function httpDataSource(baseUrl: string | URL, fetchFn: typeof fetch = fetch): DataSource {
  return {
    async getBytes(path) {
      const url = new URL(path, baseUrl);
      const res = await fetchFn(url);
      if (!res.ok) {
        throw new Error(
          `${url.pathname}: HTTP ${res.status} ${res.statusText} — run \`npm run data\` to generate the app's data`,
        );
      }
      const bytes = new Uint8Array(await res.arrayBuffer());
      // Static hosts and dev servers often answer a missing file with the app's index.html.
      if (bytes[0] === 0x3c && /html/i.test(new TextDecoder().decode(bytes.subarray(0, 64)))) {
        throw new Error(
          `${url.pathname}: the server sent an HTML page instead of the data file — run \`npm run data\` to generate the app's data`,
        );
      }
      return bytes;
    },
  };
}

/** Reads and checks the manifest. */
export async function loadManifest(source: DataSource): Promise<Manifest> {
  const bytes = await source.getBytes('manifest.json');
  let m: unknown;
  try {
    m = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new Error(`manifest.json: invalid JSON (${errorMessage(err)})`);
  }
  const layers = (m as Partial<Manifest>)?.layers;
  if (!Array.isArray(layers)) throw new Error('manifest.json: no "layers" array — regenerate with `npm run data`');
  return m as Manifest;
}

/** Loads one manifest layer as GeoJSON. */
export async function loadLayer(source: DataSource, manifest: Manifest, id: string): Promise<FeatureCollection> {
  const entry = manifest.layers.find((l) => l.id === id);
  if (!entry) throw new Error(`manifest.json: no layer "${id}" (have: ${manifest.layers.map((l) => l.id).join(', ')})`);
  const bytes = await source.getBytes(entry.file);
  return readFgb(bytes, { name: entry.file });
}
