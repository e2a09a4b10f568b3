/**
 * Which band an OpenCelliD cell is modelled on. OpenCelliD exports name a cell's radio (LTE, NR) and network
 * (MCC-MNC) but not its band, and the coverage model needs a band to compute a range (`siteRangeM` in
 * `analysis/coverage/model.ts`). {@link OCID_DEFAULT_BANDS} is the band each operator is known, or assumed, to use
 * for each radio in Hà Nội; a caller may pass its own table (`OpenCellIdCollector`'s `bands` option).
 *
 * The default table and the source of each entry (press reports quoting the Ministry of Information and
 * Communications: the 2016 4G licences on 1800 MHz → B3; the 2024 5G auctions → Viettel n41, VNPT n78, MobiFone
 * 3800–3900 MHz modelled as n78, Vietnamobile none) are the project's curated data, `data/ocid-bands.json`
 * (see `data/README.md`); it is checked when this module loads.
 */
import bandsJson from '../../../data/ocid-bands.json' with { type: 'json' };
import { BANDS, OPERATORS, type Band, type Operator } from '../../domain/telecom.js';

/** The radios OpenCelliD lists that the app imports: LTE (4G) and NR (5G). */
export type OcidRadio = 'LTE' | 'NR';

/** Band per radio and operator; null when the operator has no band of that radio (no modelled footprint). */
export type OcidBandTable = Readonly<Record<OcidRadio, Readonly<Record<Operator, Band | null>>>>;

/** Repository-relative name of the default band table, as errors name it. */
export const OCID_BANDS_FILE = 'data/ocid-bands.json';

const RADIOS: readonly OcidRadio[] = ['LTE', 'NR'];

/**
 * Reads a complete band table file, `{"table": {"LTE": {operator: band}, "NR": {…}}, "sources": {…}, "note": "…"}`:
 * every radio names every operator (a band of its radio, or null) and every entry has a cited source. Throws an
 * error naming the file, the entry, the value and the rule.
 */
export function parseBandTableFile(json: unknown, file: string = OCID_BANDS_FILE): OcidBandTable {
  const fail = (what: string, why: string): never => {
    throw new Error(`${file}: ${what} — ${why}`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(json))
    return fail(`${JSON.stringify(json)} is not an object`, 'the file is {"table", "sources", "note"}');
  if (typeof json.note !== 'string')
    fail(`note: ${JSON.stringify(json.note)} is not a string`, 'say where the table comes from');
  const table = json.table;
  const sources = json.sources;
  if (!isObject(table))
    return fail(`table: ${JSON.stringify(table)} is not an object`, 'table is {"LTE": {…}, "NR": {…}}');
  if (!isObject(sources))
    return fail(`sources: ${JSON.stringify(sources)} is not an object`, 'sources cite each entry');
  for (const radio of RADIOS) {
    const row = table[radio];
    for (const op of OPERATORS) {
      if (!isObject(row) || !(op in row))
        fail(
          `table.${radio}.${op} is missing`,
          'the default table gives a band, or null, for every radio and operator',
        );
      if (typeof (sources[`${radio}.${op}`] ?? sources[radio]) !== 'string')
        fail(`sources has no "${radio}.${op}" nor "${radio}"`, 'every entry of the default table cites its source');
    }
  }
  const none = Object.fromEntries(OPERATORS.map((op) => [op, null])) as Record<Operator, Band | null>;
  return editBandTable(table, `${file} (table)`, { LTE: none, NR: none });
}

/** The default table, from `data/ocid-bands.json` (each entry's source is there). */
export const OCID_DEFAULT_BANDS: OcidBandTable = parseBandTableFile(bandsJson);

/** The band a cell of this radio and operator is modelled on; null when the table has none. */
export function ocidBand(table: OcidBandTable, radio: OcidRadio, operator: Operator): Band | null {
  return table[radio][operator];
}

/** A table's entries in words for the report, e.g. `LTE: B3 1800 MHz (all four operators); NR: n41 2600 MHz (viettel), …`. */
export function describeBandTable(table: OcidBandTable): { en: string; vi: string } {
  const parts = (['LTE', 'NR'] as const).map((radio) => {
    const byBand = new Map<Band | null, Operator[]>();
    for (const [op, band] of Object.entries(table[radio]) as [Operator, Band | null][])
      byBand.set(band, [...(byBand.get(band) ?? []), op]);
    const all = byBand.size === 1;
    const entries = [...byBand].map(([band, ops]) => {
      const name =
        band === null
          ? { en: 'none', vi: 'không có' }
          : { en: `${band} ${BANDS[band].mhz} MHz`, vi: `${band} ${BANDS[band].mhz} MHz` };
      const who = all
        ? { en: 'all four operators', vi: 'cả bốn nhà mạng' }
        : { en: ops.join(', '), vi: ops.join(', ') };
      return { en: `${name.en} (${who.en})`, vi: `${name.vi} (${who.vi})` };
    });
    return {
      en: `${radio}: ${entries.map((e) => e.en).join(', ')}`,
      vi: `${radio}: ${entries.map((e) => e.vi).join(', ')}`,
    };
  });
  return { en: parts.map((p) => p.en).join('; '), vi: parts.map((p) => p.vi).join('; ') };
}

/**
 * A band table edited by the user (a JSON file on the command line, the import dialog in the app): the entries it
 * gives over `base`, e.g. `{"NR": {"mobifone": "n41"}, "LTE": {"vietnamobile": null}}`. Throws an error naming the
 * entry, the value and the rule when a radio, an operator or a band is unknown, or a band is of the other radio.
 */
export function editBandTable(edits: unknown, source: string, base: OcidBandTable = OCID_DEFAULT_BANDS): OcidBandTable {
  const fail = (what: string, why: string): never => {
    throw new Error(`${source}: ${what} — ${why}`);
  };
  if (typeof edits !== 'object' || edits === null || Array.isArray(edits))
    fail(
      `${JSON.stringify(edits)} is not an object`,
      'the band table is {"LTE": {operator: band}, "NR": {operator: band}}',
    );
  const out = { LTE: { ...base.LTE }, NR: { ...base.NR } };
  for (const [radio, row] of Object.entries(edits as Record<string, unknown>)) {
    if (radio !== 'LTE' && radio !== 'NR') fail(`radio "${radio}" is unknown`, 'radios are LTE and NR');
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      fail(`${radio}: ${JSON.stringify(row)} is not an object`, 'each radio maps operators to bands');
    for (const [operator, band] of Object.entries(row as Record<string, unknown>)) {
      if (!(operator in out.LTE))
        fail(
          `${radio}.${operator}: operator "${operator}" is unknown`,
          `operators are ${Object.keys(out.LTE).join(', ')}`,
        );
      const tech = radio === 'LTE' ? '4G' : '5G';
      if (band !== null && (typeof band !== 'string' || !(band in BANDS) || BANDS[band as Band].tech !== tech)) {
        const known = (Object.keys(BANDS) as Band[]).filter((b) => BANDS[b].tech === tech).join(', ');
        fail(
          `${radio}.${operator}: band ${JSON.stringify(band)} is not a modelled ${tech} band`,
          `use one of ${known}, or null for none`,
        );
      }
      out[radio as OcidRadio][operator as Operator] = band as Band | null;
    }
  }
  return out;
}
