/**
 * What each generated layer is made of: raw file(s), vintage, source and licence, read from the project's source
 * manifest `data/sources.json` (see `data/README.md`). The output manifest and the app's attribution panel are
 * built from this table, so a new layer cannot ship without its licence.
 */
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import { jsonCheck } from './json-check.js';

/** Repository-relative name of the source manifest, as errors name it. */
export const SOURCES_FILE = 'data/sources.json';

export type LayerSource = {
  id: string;
  /** Raw files under the data folder it is built from. */
  inputs: string[];
  /** Date (ISO, or a year or month) the data describes, or `sample`. */
  vintage: string;
  /** Attribution shown with the layer. */
  source: string;
  licence: string;
  /** True for generated sample data (no public data exists for the layer). */
  sample: boolean;
};

/** The layers the manifest lists, from its keys: a layer the pipeline writes must have an entry. */
export type LayerId = keyof typeof sourcesJson.layers;

/** A raw file the pipeline does not read, and why. */
export type UnusedInput = { file: string; why: string };

/**
 * Checks the source manifest's shape: `{"layers": {id: {inputs, vintage, source, licence, sample}}, "notUsed":
 * [{file, why}]}`, every field present and of its type, no unknown field. Throws an error naming the file, the
 * entry and the rule.
 */
export function checkLayerSources(
  json: unknown,
  file: string = SOURCES_FILE,
): { layers: Record<string, LayerSource>; notUsed: UnusedInput[] } {
  const c = jsonCheck(file);
  const root = c.record(json, '', ['layers', 'notUsed'], (v) => v);
  const notUsed = c.array(root.notUsed, 'notUsed', (v, at) =>
    c.record(v, at, ['file', 'why'], (x, xAt) => c.string(x, xAt)),
  );
  const layers: Record<string, LayerSource> = {};
  for (const [id, entry] of Object.entries(c.object(root.layers, 'layers'))) {
    const at = `layers.${id}`;
    const e = c.record(entry, at, ['inputs', 'vintage', 'source', 'licence', 'sample'], (v) => v);
    layers[id] = {
      id,
      inputs: c.array(e.inputs, `${at}.inputs`, c.string),
      vintage: c.string(e.vintage, `${at}.vintage`),
      source: c.string(e.source, `${at}.source`),
      licence: c.string(e.licence, `${at}.licence`),
      sample: c.boolean(e.sample, `${at}.sample`),
    };
  }
  return { layers, notUsed };
}

const checked = checkLayerSources(sourcesJson);

/**
 * Every layer's source, checked at load. The cast only narrows the keys: they are the keys of the same JSON
 * object `LayerId` is read from, and the check above made one entry per key.
 */
export const LAYER_SOURCES = checked.layers as Readonly<Record<LayerId, LayerSource>>;

/** Raw files of the data folder the pipeline leaves out on purpose, each with its reason. */
export const UNUSED_INPUTS: readonly UnusedInput[] = checked.notUsed;
