/**
 * The method page's parameter table: every entry of the catalogue (params-catalogue.ts) by group, with its value in
 * use (editable in place), unit, default, validity range and source. A typed value is checked when the field is
 * left or Enter is pressed (method-format.ts `editParam`): a valid one becomes the new overrides (`onChange`), an
 * invalid one stays in the field with an error naming the field, the value and the rule.
 */
import { useState, type KeyboardEvent } from 'react';
import { PARAMS_CATALOGUE, type ParamEntry } from '../analysis/coverage/params-catalogue.js';
import { resolveParams, valueAt, type ParamOverrides, type ParamValue } from '../analysis/params-overrides.js';
import type { Lang } from '../domain/lang.js';
import { METHOD_MESSAGES, type MethodKey } from './messages/method.js';
import {
  editParam,
  paramFigure,
  paramText,
  parseParamText,
  pathOf,
  ruleText,
  type FieldError,
} from './method-format.js';

export type MethodParamsProps = {
  lang: Lang;
  /** The overrides in use (`{}`: the defaults). */
  overrides: ParamOverrides;
  /** A valid edit: the new overrides. */
  onChange: (overrides: ParamOverrides) => void;
};

/** Units as the catalogue writes them, in Vietnamese (the others read the same in both languages). */
const UNIT_VI: Record<string, string> = { 'fraction 0–1': 'phân số 0–1' };

/** The catalogue's entries in its order, by group (the first part of their path). */
function groups(): [string, ParamEntry[]][] {
  const out = new Map<string, ParamEntry[]>();
  for (const e of PARAMS_CATALOGUE) {
    const key = `method.group.${e.path[0]}`;
    out.set(key, [...(out.get(key) ?? []), e]);
  }
  return [...out];
}

export function MethodParams({ lang, overrides, onChange }: MethodParamsProps) {
  const m = METHOD_MESSAGES[lang];
  const { params } = resolveParams(overrides);
  return (
    <table className="method-params" data-testid="method-params">
      <thead>
        <tr>
          <th scope="col">{m['method.param']}</th>
          <th scope="col">{m['method.value']}</th>
          <th scope="col">{m['method.default']}</th>
          <th scope="col">{m['method.range']}</th>
          <th scope="col">{m['method.source']}</th>
        </tr>
      </thead>
      {groups().map(([group, entries]) => (
        <tbody key={group}>
          <tr className="method-group">
            <th colSpan={5} scope="rowgroup">
              {m[group as MethodKey] ?? group}
            </th>
          </tr>
          {entries.map((e) => {
            const current = valueAt(params, e.path) as ParamValue;
            return (
              <ParamRow
                // A value changed from outside (reset, calibration, link) puts a fresh field in place.
                key={`${pathOf(e)}=${String(current)}`}
                entry={e}
                current={current}
                lang={lang}
                commit={(typed) => {
                  const r = editParam(overrides, e, typed);
                  if ('error' in r) return r.error;
                  if (typed !== current) onChange(r.overrides);
                  return null;
                }}
              />
            );
          })}
        </tbody>
      ))}
    </table>
  );
}

type RowProps = {
  entry: ParamEntry;
  current: ParamValue;
  lang: Lang;
  /** Checks and applies a typed value; answers its error, or null when it was taken. */
  commit: (typed: ParamValue) => FieldError | null;
};

function ParamRow({ entry, current, lang, commit }: RowProps) {
  const m = METHOD_MESSAGES[lang];
  const [text, setText] = useState(() => paramText(current, lang));
  const [error, setError] = useState<FieldError | null>(null);
  const id = pathOf(entry);
  const unit = lang === 'vi' ? (UNIT_VI[entry.unit] ?? entry.unit) : entry.unit;
  const changed = current !== entry.value;
  const take = (typed: ParamValue) => setError(commit(typed));
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') take(parseParamText(text));
  };
  return (
    <tr className={changed ? 'changed' : undefined} data-testid={`param-${id}`}>
      <th scope="row">
        <label htmlFor={`param-input-${id}`}>{lang === 'vi' ? entry.vi : entry.en}</label>
        <code>{id}</code>
      </th>
      <td data-label={m['method.value']}>
        {entry.rule.kind === 'enum' ? (
          <select id={`param-input-${id}`} value={String(current)} onChange={(e) => take(e.target.value)}>
            {entry.rule.values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={`param-input-${id}`}
            type="text"
            inputMode="decimal"
            value={text}
            aria-invalid={error !== null}
            aria-describedby={error ? `param-error-${id}` : undefined}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => take(parseParamText(text))}
            onKeyDown={onKey}
          />
        )}{' '}
        {unit}
        {changed && <span className="method-changed"> ({m['method.changed']})</span>}
        {error && (
          <p className="method-error" role="alert" id={`param-error-${id}`}>
            {m['method.invalid']}: {error[lang]}
          </p>
        )}
      </td>
      <td data-label={m['method.default']}>
        {paramFigure(entry.value, lang) || '—'} {entry.value === null ? '' : unit}
      </td>
      <td data-label={m['method.range']}>{ruleText(entry.rule, lang)}</td>
      <td data-label={m['method.source']} className="method-source">
        {entry.source}
      </td>
    </tr>
  );
}
