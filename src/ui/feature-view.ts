/**
 * What the feature panel shows of a feature (title, rows), and the OSM road classes in words: shared by the rows
 * of the shipped layers (feature-rows.ts) and of the computed ones (measure-feature-rows.ts).
 */
import { translator } from './i18n.js';
import type { Lang } from '../domain/lang.js';

/** One line of the panel: a label, its value as text, and an optional note. */
export type Row = { label: string; value: string; note?: string };
/** The panel's content for one feature. */
export type FeatureView = {
  title: string;
  subtitle: string | null;
  rows: Row[];
  sample: boolean;
  layout: string | null;
};

/** The OSM road classes the roads layer holds (motorway to tertiary; `_link` roads are named as their class). */
const HIGHWAYS = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary'] as const;

/** An OSM `highway` value in words (`primary_link` → "Đường chính"); a class not in the layer is shown as tagged. */
export function highwayName(highway: string, lang: Lang): string {
  const base = highway.replace(/_link$/, '');
  const known = HIGHWAYS.find((h) => h === base);
  return known ? translator(lang)(`highway.${known}`) : highway;
}
