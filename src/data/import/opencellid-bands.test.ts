import { describe, expect, test } from 'vitest';
import { BANDS, OPERATORS } from '../../domain/telecom.js';
import { describeBandTable, editBandTable, OCID_DEFAULT_BANDS, ocidBand } from './opencellid-bands.js';
import { importSitesText } from './import-sites.js';

describe('OpenCelliD band table', () => {
  test('every LTE entry is a 4G band and every NR entry a 5G band (or none)', () => {
    for (const op of OPERATORS) {
      const lte = ocidBand(OCID_DEFAULT_BANDS, 'LTE', op);
      const nr = ocidBand(OCID_DEFAULT_BANDS, 'NR', op);
      expect([op, lte === null ? null : BANDS[lte].tech, nr === null ? null : BANDS[nr].tech]).toEqual([
        op,
        '4G',
        op === 'vietnamobile' ? null : '5G',
      ]);
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

describe('editing the band table', () => {
  test('puts the edited entries over the defaults, null for none', () => {
    const table = editBandTable({ NR: { mobifone: 'n41' }, LTE: { vietnamobile: null } }, 'bands.json');
    expect(table.NR).toEqual({ ...OCID_DEFAULT_BANDS.NR, mobifone: 'n41' });
    expect(table.LTE).toEqual({ ...OCID_DEFAULT_BANDS.LTE, vietnamobile: null });
  });

  test('names the entry, the value and the rule of a bad edit', () => {
    expect(() => editBandTable({ NR: { viettel: 'B3' } }, 'bands.json')).toThrow(
      'bands.json: NR.viettel: band "B3" is not a modelled 5G band — use one of n78, n41, n28, or null for none',
    );
    expect(() => editBandTable({ GSM: {} }, 'bands.json')).toThrow(
      'bands.json: radio "GSM" is unknown — radios are LTE and NR',
    );
    expect(() => editBandTable({ LTE: { gmobile: 'B3' } }, 'bands.json')).toThrow(
      'bands.json: LTE.gmobile: operator "gmobile" is unknown — operators are viettel, vnpt, mobifone, vietnamobile',
    );
  });

  test('an OpenCelliD import uses the edited table', () => {
    const text =
      'radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal\nNR,452,1,100,4096000,0,105.85,21.03,500,3,1,1730419200,1730419200,0\n';
    const bands = editBandTable({ NR: { mobifone: 'n41' } }, 'bands.json');
    expect(importSitesText(text, { source: 'c.csv', ocidBands: bands }).sites[0]!.bands).toEqual(['n41']);
    expect(importSitesText(text, { source: 'c.csv' }).sites[0]!.bands).toEqual(['n78']);
  });
});
