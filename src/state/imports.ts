/**
 * What the imported files make of the base data: the sites the analysis uses under the plan. Site files
 * join the sample or, when any of them was imported to replace it, stand instead of it; a site id imported
 * twice keeps its latest version. Pure.
 */
import type { Site } from '../domain/telecom.js';
import type { StoredImport } from '../data/persist/schema.js';
import type { BaseSites } from '../worker/protocol.js';

/** Where the sites on the map and in the analysis come from. */
export type SiteProvenance = 'sample' | 'imported' | 'mixed';

/** The base sites of a list of imports (oldest first). */
export function baseSitesOf(imports: readonly StoredImport[]): BaseSites {
  const files = imports.filter((i): i is Extract<StoredImport, { kind: 'sites' }> => i.kind === 'sites');
  if (files.length === 0) return { mode: 'sample' };
  const byId = new Map<string, Site>();
  for (const f of files) for (const s of f.sites) byId.set(s.id, s);
  return { mode: files.some((f) => f.mode === 'replace') ? 'replace' : 'join', sites: [...byId.values()] };
}

export function provenanceOf(base: BaseSites): SiteProvenance {
  return base.mode === 'sample' ? 'sample' : base.mode === 'replace' ? 'imported' : 'mixed';
}
