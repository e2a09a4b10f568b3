/**
 * The coverage model's parameters in a shared link: `prm=` followed by the overrides of the defaults as JSON in
 * base64url (RFC 4648 §5: `-` and `_` for `+` and `/`, no padding), so that the hash needs no escaping. Only the
 * fields that differ from the defaults are written; a link with none has no `prm=`. A value that cannot be read,
 * or whose fields are all invalid, is ignored (a bad link opens the defaults); invalid fields are dropped.
 */
import type { ParamOverrides } from '../analysis/params-overrides.js';
import { cleanOverrides } from './slices/params.js';

/** The hash key of the parameters. */
export const PARAMS_LINK_PARAM = 'prm';

/** Longest `prm=` value read, characters (the whole catalogue changed takes about 1,500). */
export const MAX_PARAMS_LINK_CHARS = 4000;

/** The `prm=` value of `overrides`, or null when they change nothing. */
export function formatParamsLink(overrides: ParamOverrides): string | null {
  const clean = cleanOverrides(overrides);
  if (Object.keys(clean).length === 0) return null;
  const bytes = new TextEncoder().encode(JSON.stringify(clean));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The overrides a `prm=` value carries, or null when there is none, it cannot be read or it changes nothing. */
export function parseParamsLink(value: string | null): ParamOverrides | null {
  if (value === null || value === '' || value.length > MAX_PARAMS_LINK_CHARS || !/^[A-Za-z0-9_-]+$/.test(value))
    return null;
  try {
    const bin = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    const clean = cleanOverrides(json);
    return Object.keys(clean).length > 0 ? clean : null;
  } catch {
    return null;
  }
}
