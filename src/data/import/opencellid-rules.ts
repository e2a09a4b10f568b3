/**
 * Rules 3–5 of the OpenCelliD import (see `opencellid.ts`): which rows are in scope (a known radio, Vietnam's MCC,
 * one of the four operators' networks, a 4G or 5G radio) and the footprint `range` when footprints come from it.
 *
 * Kept apart from the collector so that `opencellid.ts` holds the row's path through the rules and this module the
 * wording of each rule; both take the row's issue reporter ({@link OcidRowIssue}) rather than owning the lists.
 */
import type { Operator } from '../../domain/telecom.js';
import type { Bilingual } from './issue.js';
import type { OcidRadio } from './opencellid-bands.js';
import {
  MCC_RULE,
  NETWORK_RULE,
  OCID_MAX_RANGE_M,
  OPERATOR_OF_MNC,
  OTHER_NETWORK_NAMES,
  RADIO_RULE,
  RADIOS,
  VIETNAM_MCC,
  type OcidColumn,
  type OcidRowIssue,
} from './opencellid-format.js';

/** Rows left out so far, per rule, counted by the value that left them out (`"452-07 Gmobile"`, `"GSM"`). */
export type OcidLeftOut = {
  mcc: Map<string, number>;
  network: Map<string, number>;
  radio: Map<string, number>;
};

/** Adds one to `key`'s count. */
export function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Checks the radio name and the scope rules of one row whose numbers are valid: the operator and radio of a row
 * in scope, or null when the row was rejected (unknown radio) or left out (counted in `left` and reported).
 */
export function checkScope(
  value: (c: OcidColumn) => string,
  id: string | null,
  left: OcidLeftOut,
  issue: OcidRowIssue,
): { operator: Operator; radio: OcidRadio } | null {
  const radioText = value('radio');
  const radioKey = radioText.toUpperCase();
  if (!(radioKey in RADIOS)) {
    issue(
      'error',
      'ocid-value-invalid',
      id,
      { en: `radio "${radioText}" is unknown`, vi: `radio "${radioText}" không nhận ra` },
      { en: 'radio must be GSM, UMTS, CDMA, LTE or NR', vi: 'radio phải là GSM, UMTS, CDMA, LTE hoặc NR' },
      'radio',
      radioText,
    );
    return null;
  }
  const leftOut: Bilingual = { en: 'the row is left out', vi: 'bỏ qua dòng này' };
  const mcc = Number(value('mcc'));
  if (mcc !== VIETNAM_MCC) {
    count(left.mcc, String(mcc));
    issue(
      'warning',
      'ocid-mcc-other',
      id,
      {
        en: `mcc "${value('mcc')}" is not Vietnam's: ${leftOut.en}`,
        vi: `mcc "${value('mcc')}" không phải của Việt Nam: ${leftOut.vi}`,
      },
      MCC_RULE,
      'mcc',
      value('mcc'),
    );
    return null;
  }
  const net = value('net');
  const mnc = Number(net);
  const operator = OPERATOR_OF_MNC[mnc];
  if (operator === undefined) {
    const name = OTHER_NETWORK_NAMES[mnc];
    count(left.network, `452-${net.padStart(2, '0')}${name ? ` ${name}` : ''}`);
    issue(
      'warning',
      'ocid-network-other',
      id,
      {
        en: `net "${net}"${name ? ` (${name})` : ''} is not one of the four operators: ${leftOut.en}`,
        vi: `net "${net}"${name ? ` (${name})` : ''} không thuộc bốn nhà mạng: ${leftOut.vi}`,
      },
      { en: NETWORK_RULE.en, vi: NETWORK_RULE.vi },
      'net',
      net,
    );
    return null;
  }
  const radio = RADIOS[radioKey]!;
  if (radio === null) {
    count(left.radio, radioKey);
    issue(
      'warning',
      'ocid-radio-not-4g5g',
      id,
      {
        en: `radio "${radioText}" is not 4G or 5G: ${leftOut.en}`,
        vi: `radio "${radioText}" không phải 4G hay 5G: ${leftOut.vi}`,
      },
      { en: RADIO_RULE.en, vi: RADIO_RULE.vi },
      'radio',
      radioText,
    );
    return null;
  }
  return { operator, radio };
}

/**
 * The footprint radius of a row, metres, from its `range` text (footprint `range` only): capped at
 * {@link OCID_MAX_RANGE_M} with a warning, or null when the row is rejected (empty, not a number, not above 0).
 */
export function readRange(text: string, id: string | null, issue: OcidRowIssue): number | null {
  const rangeM = text === '' ? NaN : Number(text);
  if (!Number.isFinite(rangeM) || rangeM <= 0) {
    const what =
      text === ''
        ? { en: 'range is empty', vi: 'range trống' }
        : {
            en: `range "${text}" is not a positive number of metres`,
            vi: `range "${text}" không phải số mét dương`,
          };
    issue(
      'error',
      'ocid-range-invalid',
      id,
      what,
      {
        en: "with footprints from OpenCelliD's range, range must be a number of metres above 0",
        vi: 'khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      },
      'range',
      text,
    );
    return null;
  }
  if (rangeM <= OCID_MAX_RANGE_M) return rangeM;
  issue(
    'warning',
    'ocid-range-capped',
    id,
    {
      en: `range "${text}" m is above ${OCID_MAX_RANGE_M} m: capped at ${OCID_MAX_RANGE_M} m`,
      vi: `range "${text}" m vượt quá ${OCID_MAX_RANGE_M} m: giảm xuống ${OCID_MAX_RANGE_M} m`,
    },
    {
      en: `a cell reaches at most ${OCID_MAX_RANGE_M} m (the coverage model's largest range)`,
      vi: `một ô phủ xa nhất ${OCID_MAX_RANGE_M} m (bán kính lớn nhất của mô hình vùng phủ)`,
    },
    'range',
    text,
  );
  return OCID_MAX_RANGE_M;
}
