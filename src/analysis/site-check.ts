/**
 * Checks site records before they reach the engine. A bad row gets one error per problem (all of them, not only
 * the first), each naming the source, the row, the site id, the value and the rule, in English (`message`) and
 * Vietnamese (`vi`), with `column` and `value`; good rows go on. Nothing is dropped silently.
 *
 * Message: `<source>: row <n> (id "<id>"): <field> <value> <what is wrong> — <rule>` (`dòng <n> (mã "<id>")` in
 * Vietnamese), rows counted from 1; with the `feature` label, `feature <n>` / `đối tượng <n>`.
 *
 * | rule | English what — why |
 * |---|---|
 * | `site-id-missing` | `id ""` — every site needs an id |
 * | `site-id-duplicate` | `id "A1" repeats row 2` — site ids must be unique |
 * | `site-coordinate-invalid` | `position ["abc", 21.03] is not a pair of numbers` — lng and lat must be finite numbers in WGS84 degrees |
 * | `site-coordinate-outside` | `position [21.03, 105.85] is outside Hà Nội` — latitude and longitude look swapped / looks like projected metres … / a site must lie in or near Hà Nội (…) |
 * | `site-operator-unknown` | `operator "Gmobile" is unknown` — operator must be one of viettel, vnpt, mobifone, vietnamobile |
 * | `site-technology-unknown` | `technology "3G" is unknown` — technologies must be among 4G, 5G |
 * | `site-band-unknown` | `band "B7" is unknown` — bands must be among B3, B1, B8, B28, n78, n41, n28 |
 * | `site-band-technology` | `band "n78" is 5G but the site's technologies are 4G` — each band must belong to one of the site's technologies |
 * | `site-height-invalid` | `antenna height 400` — height must be a number of metres above 0 and at most 300 |
 * | `site-range-invalid` | `range -5 m` — a range override must be above 0 and at most 50000 m (or: must be a number of metres) |
 * | `site-azimuth-invalid` | `azimuth 360` — azimuths must be degrees in [0, 360) |
 *
 * A row's problems come in that order. Lists (technologies, bands, azimuths) may be arrays or strings separated by
 * spaces, commas, semicolons or bars; a string list is parsed once per distinct text and the parsed array is
 * shared by every site that wrote the same text (sites are never mutated), which keeps a million-row import small.
 *
 * This module runs the checks in order and keeps what spans rows (ids seen, lists parsed); the rules and their
 * wording are in `site-rules.ts`, the message format in `site-issue.ts`, the reading of cells in `site-values.ts`.
 */
import type { DataIssue } from '../domain/report.js';
import { TECHNOLOGIES, type Band, type Operator, type Site, type Technology } from '../domain/telecom.js';
import { siteIssue, type IssueNaming, type SiteCheckField, type SiteProblem } from './site-issue.js';
import {
  azimuthProblem,
  bandProblem,
  DEFAULT_SITE_HEIGHT_M,
  firstNotIn,
  heightProblem,
  idDuplicate,
  idMissing,
  operatorProblem,
  positionProblem,
  rangeProblem,
  technologyProblem,
} from './site-rules.js';
import { isBlank, ListReader, num, str } from './site-values.js';

/** The sites that passed and one error per problem of the rows that did not. */
export type SiteCheck = { sites: Site[]; issues: DataIssue[] };

/** Options of a {@link SiteChecker}. */
export type SiteCheckerOptions = {
  /** How rows are named: `row n` (one-based, delimited text) or `feature n` (zero-based, GeoJSON). @default 'row' */
  label?: 'row' | 'feature';
  /** Column (or property) names as written in the file, for `DataIssue.column`. @default the field names */
  columns?: Partial<Record<SiteCheckField, string>>;
};

/**
 * Problems the caller found in a row before checking it, listed where `check` would list its own: `position`
 * replaces the position check (a held row), `bands` follow the band checks, `rest` (dates, sample) come last.
 */
export type RowPrior = { position?: DataIssue; bands?: readonly DataIssue[]; rest?: readonly DataIssue[] };
const NO_PRIOR: RowPrior = {};

/** Checks rows one at a time, remembering ids to name duplicates; see the module comment. */
export class SiteChecker {
  private readonly seen = new Map<string, number>();
  private readonly values = new ListReader();
  private readonly naming: IssueNaming;

  constructor(source: string, options: SiteCheckerOptions = {}) {
    this.naming = { source, label: options.label ?? 'row', columns: options.columns ?? {} };
  }

  /**
   * Checks the raw row numbered `n`: returns its site, or null after appending one error per problem to `out`
   * (the caller's `prior` problems among them, in order; see {@link RowPrior}).
   */
  check(raw: unknown, n: number, out: DataIssue[], prior: RowPrior = NO_PRIOR): Site | null {
    const r = (raw ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id).trim() : '';
    const before = out.length;
    if (!id) this.report(out, n, id, idMissing(r.id));
    else if (this.seen.has(id)) this.report(out, n, id, idDuplicate(id, this.seen.get(id), this.naming.label));
    else this.seen.set(id, n);

    const lng = num(r.lng);
    const lat = num(r.lat);
    if (prior.position) out.push(prior.position);
    else this.report(out, n, id, positionProblem(r.lng, r.lat, lng, lat));

    const operator = typeof r.operator === 'string' ? r.operator.toLowerCase() : null;
    this.report(out, n, id, operatorProblem(operator, r.operator));
    const technologies = this.values.list(r.technologies, true);
    const badTech = firstNotIn(technologies, TECHNOLOGIES);
    this.report(out, n, id, technologyProblem(technologies, badTech, r.technologies));
    const bands = this.values.list(r.bands, false);
    this.report(out, n, id, bandProblem(bands, technologies, badTech === undefined && technologies.length > 0));
    if (prior.bands) out.push(...prior.bands);
    const heightM = isBlank(r.heightM) ? DEFAULT_SITE_HEIGHT_M : num(r.heightM);
    this.report(out, n, id, heightProblem(r.heightM, heightM));
    const rangeGiven = !isBlank(r.rangeM);
    const rangeM = rangeGiven ? num(r.rangeM) : null;
    this.report(out, n, id, rangeProblem(r.rangeM, rangeGiven, rangeM));
    const azimuths = this.values.azimuths(r.azimuthsDeg);
    this.report(out, n, id, azimuthProblem(azimuths));
    if (prior.rest) out.push(...prior.rest);
    if (out.length > before || lng === null || lat === null) return null;
    return {
      id,
      operator: operator as Operator,
      lng,
      lat,
      technologies: technologies as Technology[],
      bands: bands as Band[],
      heightM: heightM!,
      azimuthsDeg: azimuths,
      onAir: str(r.onAir),
      onAir5g: str(r.onAir5g),
      rangeM,
      sample: r.sample === true,
      ...(typeof r.towerId === 'string' && r.towerId !== '' ? { towerId: r.towerId } : {}),
    };
  }

  /** Appends the issue of `problem` about row `n` (site `id`) to `out`, if there is a problem. */
  private report(out: DataIssue[], n: number, id: string, problem: SiteProblem | null): void {
    if (problem !== null) out.push(siteIssue(this.naming, n, id, problem));
  }
}

/** Validates raw site rows (objects with Site's fields; lists may be arrays or space/comma-separated strings). */
export function checkSites(rows: readonly unknown[], source: string): SiteCheck {
  const checker = new SiteChecker(source);
  const sites: Site[] = [];
  const issues: DataIssue[] = [];
  rows.forEach((raw, i) => {
    const site = checker.check(raw, i + 1, issues);
    if (site !== null) sites.push(site);
  });
  return { sites, issues };
}
