/**
 * Which band an OpenCelliD cell is modelled on. OpenCelliD exports name a cell's radio (LTE, NR) and network
 * (MCC-MNC) but not its band, and the coverage model needs a band to compute a range (`siteRangeM` in
 * `analysis/coverage/model.ts`). {@link OCID_DEFAULT_BANDS} is the band each operator is known, or assumed, to use
 * for each radio in Hà Nội; a caller may pass its own table (`OpenCellIdCollector`'s `bands` option).
 *
 * Sources (press reports quoting the Ministry of Information and Communications, MIC):
 * - LTE, Viettel, VNPT-VinaPhone and MobiFone: 4G licences of October 2016 on the 1800 MHz band each already held
 *   for 2G (VietNamNet, "4G race in Vietnam heating up", 2016-10-26; Mobile World Live, "Vietnam awards 4G licence
 *   to 5th operator"). → B3. Each also runs other LTE bands (B1 2100, B8 900, Viettel B28 700 from 2025): the table
 *   takes the one band every LTE site of theirs is most likely to carry. **Assumption** for Vietnamobile, whose 4G
 *   licence (the fifth, Mobile World Live) names no band: B3, the 1800 MHz it holds for 2G.
 * - NR, the 2024 5G auctions: Viettel won 2500–2600 MHz (Light Reading, "Viettel clinches 5G license in first
 *   round of auction", 2024-03-15) → n41; VinaPhone (VNPT) 3700–3800 MHz → n78; MobiFone 3800–3900 MHz (VNA via
 *   Cenerva, "MobiFone becomes Vietnam's third 5G operator"). 3800–3900 MHz lies in n77, which the model has no
 *   entry for (`BANDS`): modelled as n78 (3500 MHz), 20·log10(3850 / 3500) ≈ 0.8 dB less path loss than the
 *   block's centre, so its range is slightly optimistic (**assumption**). Vietnamobile holds no 5G spectrum: null.
 *
 * Note: `scripts/sample/CALIBRATION.md` gives Viettel n78 and MobiFone n41 for the sample data; the auction
 * reports above say otherwise, and this table follows them.
 */
import { BANDS, type Band, type Operator } from '../../domain/telecom.js';

/** The radios OpenCelliD lists that the app imports: LTE (4G) and NR (5G). */
export type OcidRadio = 'LTE' | 'NR';

/** Band per radio and operator; null when the operator has no band of that radio (no modelled footprint). */
export type OcidBandTable = Readonly<Record<OcidRadio, Readonly<Record<Operator, Band | null>>>>;

/** The default table; see the module comment for the source of each entry. */
export const OCID_DEFAULT_BANDS: OcidBandTable = {
  LTE: { viettel: 'B3', vnpt: 'B3', mobifone: 'B3', vietnamobile: 'B3' },
  NR: { viettel: 'n41', vnpt: 'n78', mobifone: 'n78', vietnamobile: null },
};

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
