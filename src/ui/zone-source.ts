/**
 * A priority zone's source for the feature panel, in the reader's language. The data build writes each zone's
 * source as one English line (scripts/pipeline/zones.ts): a reference (an OpenStreetMap element with the names of
 * the bus stops it is, the centre of a 2019 commune, a web page), often followed by the curator's note ("; stop
 * opposite the campus", "location stated by …"). The reference is put in words of the language; the note, written
 * in English by the curator, is shown apart and labelled as such, so that the Vietnamese panel never mixes
 * languages in one line. A source of no known shape is shown whole, as the note.
 */
import type { Lang } from '../domain/lang.js';
import { translator } from './i18n.js';
import { zoneSourceWords } from './messages/zone-source.js';

/** The source as a panel row's value and, when the curator added one, its note. */
export type ZoneSource = { value: string; note: string | null };

const OSM = /^OpenStreetMap (node|way|relation)s? (\d+(?: "[^"]*")?(?:, \d+(?: "[^"]*")?)*)(?:; (.*))?$/s;
const CENTROID = /^centroid of (ward|commune) (.+?) in the 2019 commune boundaries \(([^)]*)\)(?:; (.*))?$/s;
const WEB = /^(https?:\/\/\S+|github\.com\/\S+)(?: \((.*)\))?(?:;? (.*))?$/s;

const fill = (text: string, values: Readonly<Record<string, string>>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** The zone's source put in words of the language (see the module comment). */
export function zoneSource(source: string, lang: Lang): ZoneSource {
  const w = zoneSourceWords(lang);
  const t = translator(lang);
  const note = (text: string | undefined) =>
    text === undefined || text.trim() === '' ? null : fill(w('zoneSource.noteEnglish'), { note: text.trim() });
  const osm = OSM.exec(source);
  if (osm) {
    const [, type, ids, rest] = osm as unknown as [string, 'node' | 'way' | 'relation', string, string | undefined];
    const value = fill(w('zoneSource.osm'), { type: t(`osm.${type}`), ids });
    // Named nodes are the bus stops the zone was placed at (the curation's only named nodes).
    return { value: ids.includes('"') ? `${value} (${w('zoneSource.osmStop')})` : value, note: note(rest) };
  }
  const centroid = CENTROID.exec(source);
  if (centroid) {
    const [, unit, name, origin, rest] = centroid as unknown as [string, 'ward' | 'commune', string, string, string?];
    const value = fill(w('zoneSource.centroid'), {
      unit: w(unit === 'ward' ? 'zoneSource.ward' : 'zoneSource.commune'),
      name,
      origin,
    });
    return { value, note: note(rest) };
  }
  const web = WEB.exec(source);
  if (web) {
    const [, url, inBrackets, rest] = web as unknown as [string, string, string?, string?];
    const notes = [inBrackets, rest].filter((x): x is string => x !== undefined && x.trim() !== '');
    return { value: fill(w('zoneSource.web'), { url }), note: note(notes.join('; ') || undefined) };
  }
  return { value: '—', note: note(source) };
}
