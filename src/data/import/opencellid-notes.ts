/**
 * The file-level warnings of an OpenCelliD import, written once the file is read: where footprints come from, why
 * on-air dates are left unknown, and one summary per scope rule with the counts of the rows it left out.
 *
 * Split from the collector in `opencellid.ts`: these notes depend only on the options and the counts, not on any
 * row, so they read best on their own.
 */
import type { DataIssue } from '../../domain/report.js';
import type { FootprintSource } from './types.js';
import { importIssue, type Bilingual } from './issue.js';
import { describeBandTable, type OcidBandTable } from './opencellid-bands.js';
import { MCC_RULE, NETWORK_RULE, OCID_MAX_RANGE_M, RADIO_RULE } from './opencellid-format.js';
import type { OcidLeftOut } from './opencellid-rules.js';

/** Adds a file-level warning. */
type Note = (rule: string, what: Bilingual, why: Bilingual, detail?: { column?: string }) => void;

/** Notes on a file that gave sites: the footprint source and the on-air dates (the grouping note comes after). */
export function ocidSiteNotes(source: string, footprint: FootprintSource, bands: OcidBandTable): DataIssue[] {
  const warnings: DataIssue[] = [];
  const note = noteTo(warnings, source);
  if (footprint === 'model') {
    const table = describeBandTable(bands);
    note(
      'ocid-footprint',
      {
        en: `footprints are modelled from the band implied by radio and operator (${table.en})`,
        vi: `vùng phủ được tính theo mô hình với băng tần suy từ radio và nhà mạng (${table.vi})`,
      },
      {
        en: 'OpenCelliD names no band; the table is in opencellid-bands.ts',
        vi: 'OpenCelliD không ghi băng tần; bảng nằm trong opencellid-bands.ts',
      },
      { column: 'radio' },
    );
  } else {
    note(
      'ocid-footprint',
      {
        en: `footprints are circles of OpenCelliD's range, the largest of a site's cells (at most ${OCID_MAX_RANGE_M} m)`,
        vi: `vùng phủ là hình tròn bán kính range của OpenCelliD, lấy giá trị lớn nhất trong các ô của trạm (tối đa ${OCID_MAX_RANGE_M} m)`,
      },
      {
        en: "range is OpenCelliD's estimate from the spread of its measurements, not a planned cell radius",
        vi: 'range là ước lượng của OpenCelliD từ độ phân tán của các lần đo, không phải bán kính ô theo quy hoạch',
      },
      { column: 'range' },
    );
  }
  note(
    'ocid-created-not-on-air',
    {
      en: 'created is when OpenCelliD first heard of a cell, not when it went on air: on-air dates are left unknown',
      vi: 'created là lúc OpenCelliD ghi nhận ô lần đầu, không phải ngày phát sóng: ngày phát sóng để trống',
    },
    { en: 'an on-air date must come from the operator', vi: 'ngày phát sóng phải lấy từ nhà mạng' },
    { column: 'created' },
  );
  return warnings;
}

/** One summary warning per scope rule that left rows out, with the counts per value; none for a rule unused. */
export function ocidLeftOutNotes(source: string, left: OcidLeftOut): DataIssue[] {
  const warnings: DataIssue[] = [];
  const note = noteTo(warnings, source);
  const summary = (rule: string, counts: Map<string, number>, what: (n: number) => Bilingual, why: Bilingual): void => {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total === 0) return;
    const list = [...counts].map(([k, v]) => `${k}: ${v}`).join(', ');
    const w = what(total);
    note(rule, { en: `${w.en} left out (${list})`, vi: `${w.vi} bị bỏ qua (${list})` }, why);
  };
  const rowsWord = (n: number): string => `${n} row${n === 1 ? '' : 's'}`;
  summary(
    'ocid-mcc-other',
    left.mcc,
    (n) => ({ en: `${rowsWord(n)} of other countries' networks`, vi: `${n} dòng của mạng nước khác` }),
    { en: MCC_RULE.en, vi: MCC_RULE.vi },
  );
  summary(
    'ocid-network-other',
    left.network,
    (n) => ({
      en: `${rowsWord(n)} of networks that are not one of the four operators`,
      vi: `${n} dòng của mạng không thuộc bốn nhà mạng`,
    }),
    NETWORK_RULE,
  );
  summary(
    'ocid-radio-not-4g5g',
    left.radio,
    (n) => ({ en: `${rowsWord(n)} of GSM, UMTS or CDMA cells`, vi: `${n} dòng ô GSM, UMTS hoặc CDMA` }),
    { en: RADIO_RULE.en, vi: RADIO_RULE.vi },
  );
  return warnings;
}

function noteTo(warnings: DataIssue[], source: string): Note {
  return (rule, what, why, detail = {}) => {
    warnings.push(importIssue('warning', rule, source, { label: 'file' }, what, why, detail));
  };
}
