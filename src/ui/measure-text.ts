/**
 * The measure layers' strings (messages/layers-measures.ts) in the interface language, with their `{name}` slots
 * filled: numbers are written the language's way (1.234,5 in Vietnamese), text as given.
 */
import type { Lang } from '../domain/lang.js';
import type { LayerKey } from '../domain/layers.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { LAYERS_MEASURES_MESSAGES, type MeasureMessageKey } from './messages/layers-measures.js';

/** Values for a string's slots: numbers (formatted with at most one decimal) or text. */
export type SlotValues = Readonly<Record<string, number | string>>;

/** The translator of the measure layers' strings for a language. */
export function measureText(lang: Lang): (key: MeasureMessageKey, values?: SlotValues) => string {
  const messages = LAYERS_MEASURES_MESSAGES[lang];
  return (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (slot, name: string) => {
      const v = values[name];
      if (v === undefined) return slot;
      return typeof v === 'number' ? formatNumber(lang, v, 1) : v;
    });
}

/** The toggles named by this part's strings (the others by i18n.ts: `layer.<key>`). */
const MEASURE_LAYER_NAMES: Partial<Record<LayerKey, MeasureMessageKey>> = {
  roadCoverage: 'layer.roadCoverage',
  towers: 'layer.towers',
  ops5g: 'layer.ops5g',
};

/** A toggle's name in the interface language, as the layer panel and the legend show it. */
export function layerName(key: LayerKey, lang: Lang): string {
  const own = MEASURE_LAYER_NAMES[key];
  return own ? measureText(lang)(own) : translator(lang)(`layer.${key}` as MessageKey);
}
