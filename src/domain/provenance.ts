/** Where each kind of operator data in use comes from: the shipped sample, imported files instead of it, or both. */

/** Where the data of a kind in use comes from. */
export type SiteProvenance = 'sample' | 'imported' | 'mixed';

/** Where each kind of operator data in use comes from. */
export type Provenance = {
  sites: SiteProvenance;
  cables: SiteProvenance;
  speeds: SiteProvenance;
  coverageImported: boolean;
};

/** Nothing imported: everything is the sample. */
export const SAMPLE_PROVENANCE: Provenance = {
  sites: 'sample',
  cables: 'sample',
  speeds: 'sample',
  coverageImported: false,
};
