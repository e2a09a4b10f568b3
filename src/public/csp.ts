/**
 * The public map's Content-Security-Policy: everything from its own origin only (scripts, styles, workers,
 * data, glyphs), images also from `data:`/`blob:` (MapLibre's canvas), no inline script, no plugins; a
 * configured basemap's origin is added to the sources it needs.
 */
export function contentSecurityPolicy(basemapStyleUrl: string | null): string {
  const extra = basemapStyleUrl ? ` ${new URL(basemapStyleUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${extra}`,
    `connect-src 'self'${extra}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
