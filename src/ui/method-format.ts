/**
 * What the method page writes and reads of a parameter: its value as text in the interface language (no grouping,
 * so that "15000" and "0,95" read back unambiguously), the rule of its catalogue entry in words, and the check of a
 * value typed in place, whose error names the field, the value and the rule in Vietnamese and English.
 */
import type { ParamEntry, ParamRule } from '../analysis/coverage/params-catalogue.js';
import { validateParams } from '../analysis/coverage/params-validate.js';
import {
  resolveParams,
  valueAt,
  withOverride,
  type ParamOverrides,
  type ParamValue,
} from '../analysis/params-overrides.js';
import type { Lang } from '../domain/lang.js';
import { LOCALES, MINUS_SIGN } from './locale-format.js';

/** A number as typed and shown in a field: up to 6 decimals, the language's decimal mark, no grouping, − for minus. */
export function paramText(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return String(v);
  const text = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6, useGrouping: false }).format(
    Math.abs(v),
  );
  return v < 0 ? `${MINUS_SIGN}${text}` : text;
}

/**
 * A number as read beside a field (its default, its range): as {@link paramText} but grouped in thousands, "15,000"
 * in English and "15.000" in Vietnamese; the field itself keeps "15000" so that what is typed reads back.
 */
export function paramFigure(v: unknown, lang: Lang): string {
  if (typeof v !== 'number') return paramText(v, lang);
  const text = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 }).format(Math.abs(v));
  return v < 0 ? `${MINUS_SIGN}${text}` : text;
}

/**
 * The value typed in a field: a number written with `.` or `,` as decimal mark (and `-` or − as minus), null for an
 * empty field, or the text itself when it is no number (the check then names it).
 */
export function parseParamText(text: string): number | string | null {
  const t = text.trim().replace(MINUS_SIGN, '-').replace(/\s/g, '');
  if (t === '') return null;
  const n = /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : text.trim();
}

/** The rule of an entry in words: "a number from 1,000 to 20,000", "một số nguyên từ 8 đến 64", "one of …". */
export function ruleText(rule: ParamRule, lang: Lang): string {
  if (rule.kind === 'enum') {
    const values = rule.values.map((v) => `'${v}'`).join(', ');
    return lang === 'vi' ? `một trong ${values}` : `one of ${values}`;
  }
  const [min, max] = [paramFigure(rule.min, lang), paramFigure(rule.max, lang)];
  if (lang === 'en')
    return `${rule.integer ? 'an integer' : 'a number'} from ${min} to ${max}${rule.nullable ? ' or empty' : ''}`;
  return `${rule.integer ? 'một số nguyên' : 'một số'} từ ${min} đến ${max}${rule.nullable ? ' hoặc để trống' : ''}`;
}

/** A value refused in a field: what to show, in both languages. */
export type FieldError = { vi: string; en: string };

/** The dotted path of an entry, as errors and test ids name it (`linkBudget.5G.txPowerDbm`). */
export const pathOf = (e: Pick<ParamEntry, 'path'>): string => e.path.join('.');

/**
 * Checks `typed` as the new value of `entry` over `overrides`: the new overrides, or the error naming the field,
 * the value and the rule it broke (also a smallest range above the largest, which the model refuses).
 */
export function editParam(
  overrides: ParamOverrides,
  entry: ParamEntry,
  typed: ParamValue,
): { overrides: ParamOverrides } | { error: FieldError } {
  const field = pathOf(entry);
  const shown = (lang: Lang) => (typed === null ? (lang === 'vi' ? '(trống)' : '(empty)') : paramText(typed, lang));
  const single = entry.path.reduceRight<unknown>((v, k) => ({ [k]: v }), typed);
  if (validateParams(single).errors.length > 0)
    return {
      error: {
        vi: `${field}: ${shown('vi')} không phải ${ruleText(entry.rule, 'vi')}`,
        en: `${field}: ${shown('en')} is not ${ruleText(entry.rule, 'en')}`,
      },
    };
  const next = withOverride(overrides, entry.path, typed);
  const { params, errors } = resolveParams(next);
  if (errors.length > 0 || valueAt(params, entry.path) !== typed) {
    // The one rule across fields: the model keeps its smallest range at most its largest.
    const now = resolveParams(overrides).params;
    const lo = field === 'minRangeM' ? typed : now.minRangeM;
    const hi = field === 'maxRangeM' ? typed : now.maxRangeM;
    return {
      error: {
        vi: `${field}: ${shown('vi')} làm bán kính nhỏ nhất (${paramText(lo, 'vi')} m) vượt bán kính lớn nhất (${paramText(hi, 'vi')} m)`,
        en: `${field}: ${shown('en')} puts the least range (${paramText(lo, 'en')} m) above the largest (${paramText(hi, 'en')} m)`,
      },
    };
  }
  return { overrides: next };
}
