import { describe, expect, test } from 'vitest';
import { BANDS, OPERATORS } from '../../domain/telecom';
import { describeBandTable, OCID_DEFAULT_BANDS, ocidBand } from './opencellid-bands';

describe('OpenCelliD band table', () => {
  test('every LTE entry is a 4G band and every NR entry a 5G band (or none)', () => {
    for (const op of OPERATORS) {
      const lte = ocidBand(OCID_DEFAULT_BANDS, 'LTE', op);
      const nr = ocidBand(OCID_DEFAULT_BANDS, 'NR', op);
      expect([op, lte === null ? null : BANDS[lte].tech, nr === null ? null : BANDS[nr].tech]).toEqual([op, '4G', op === 'vietnamobile' ? null : '5G']);
    }
  });

  test('the 2024 5G auctions: Viettel 2500–2600 MHz (n41), VNPT and MobiFone 3.7–3.9 GHz (modelled as n78)', () => {
    expect(OCID_DEFAULT_BANDS.NR).toEqual({ viettel: 'n41', vnpt: 'n78', mobifone: 'n78', vietnamobile: null });
  });

  test('is described for the report in both languages', () => {
    expect(describeBandTable(OCID_DEFAULT_BANDS)).toEqual({
      en: 'LTE: B3 1800 MHz (all four operators); NR: n41 2600 MHz (viettel), n78 3500 MHz (vnpt, mobifone), none (vietnamobile)',
      vi: 'LTE: B3 1800 MHz (cả bốn nhà mạng); NR: n41 2600 MHz (viettel), n78 3500 MHz (vnpt, mobifone), không có (vietnamobile)',
    });
  });
});
