/**
 * The bands cell of one site row, read as people write bands (`bands.ts`) and checked against the row's
 * technology cell, for `buildSiteRow` (`site-rows.ts`, which lists the messages). An item that is not a band is
 * an error (`site-band-unknown`, `site-band-ambiguous`, `site-band-not-modelled`); a band of a technology the row
 * does not list is an error (`site-band-technology`) and is dropped, never a silent addition. A row whose
 * technology cell is empty takes its technologies from its bands ("L1800" → 4G), counted in {@link TechFromBands}.
 */
import type { DataIssue } from '../../domain/report.js';
import { BANDS, type Band, type Technology } from '../../domain/telecom.js';
import { readBandCell } from './bands.js';
import { importIssue, type IssuePlace } from './issue.js';
import type { SiteField } from './types.js';
import type { TechnologyCell } from './values.js';

/** Rows whose technologies were taken from their bands: how many, and the first row numbers (at most 20). */
export type TechFromBands = { count: number; sample: number[] };

/** What the band check needs of the row builder's context (`RowContext` in `site-rows.ts`). */
export type RowBandsContext = {
  /** Names the file in messages. */
  source: string;
  /** Column (or property) names as written in the file, for `DataIssue.column`. @default the field names */
  columns?: Partial<Record<SiteField, string>>;
  /** When given, a row with no technology takes its bands' technologies and is counted here. @default none */
  techFromBands?: TechFromBands;
};

/** Which row the cell belongs to, for messages: `row` (one-based) or `feature` (zero-based) `n`, its id or ''. */
export type RowBandsPlace = { label: 'row' | 'feature'; n: number; id: string };

/** What a bands cell gave. */
export type RowBands = {
  /** Bands read, in order, without repeats and without those of technologies the row does not list. */
  bands: Band[];
  /** The bands' technologies when the row's technology cell was empty and `techFromBands` counts; else null. */
  technologies: Technology[] | null;
  /** Problems in cell order: items that are not bands, then bands of unlisted technologies; null when none. */
  issues: DataIssue[] | null;
};

const MAX_SAMPLE_ROWS = 20;

/**
 * Reads the bands cell `bandText` of a row whose technology cell read as `techCell`, and checks each band
 * against the technologies the row lists. Counts the row in `ctx.techFromBands` when it took its technologies
 * from its bands.
 */
export function readRowBands(
  bandText: string,
  techCell: TechnologyCell,
  ctx: RowBandsContext,
  row: RowBandsPlace,
): RowBands {
  const column = ctx.columns?.bands ?? 'bands';
  const cell = readBandCell(bandText, techCell.technologies ?? []);
  let bands = cell.bands;
  let technologies: Technology[] | null = null;
  // Made on the first problem only: a good row allocates no message.
  let issues: DataIssue[] | null = null;
  for (const item of cell.items) {
    if (item.kind === 'band') continue;
    const rule =
      item.kind === 'ambiguous'
        ? 'site-band-ambiguous'
        : item.kind === 'not-modelled'
          ? 'site-band-not-modelled'
          : 'site-band-unknown';
    (issues ??= []).push(
      importIssue('error', rule, ctx.source, placeOf(row), item.what, item.why, { column, value: item.written }),
    );
  }
  const listed = techCell.technologies;
  if (listed !== null) {
    let kept: Band[] | null = null; // made on the first conflict only
    for (let i = 0; i < cell.bands.length; i++) {
      const band = cell.bands[i]!;
      const tech = BANDS[band].tech;
      if (listed.includes(tech)) {
        kept?.push(band);
        continue;
      }
      kept ??= cell.bands.slice(0, i);
      const written = cell.written[i]!;
      const name = written === band ? `"${band}"` : `"${written}" (${band})`;
      (issues ??= []).push(
        importIssue(
          'error',
          'site-band-technology',
          ctx.source,
          placeOf(row),
          {
            en: `band ${name} is ${tech} but the site's technologies are ${listed.join(', ')}`,
            vi: `băng tần ${name} thuộc ${tech} nhưng công nghệ của trạm là ${listed.join(', ')}`,
          },
          {
            en: "each band must belong to one of the site's technologies",
            vi: 'mỗi băng tần phải thuộc một công nghệ của trạm',
          },
          { column, value: written },
        ),
      );
    }
    if (kept !== null) bands = kept;
  } else if (techCell.empty && cell.technologies.length > 0 && ctx.techFromBands !== undefined) {
    technologies = cell.technologies;
    const count = ctx.techFromBands;
    count.count++;
    if (count.sample.length < MAX_SAMPLE_ROWS) count.sample.push(row.n);
  }
  return { bands, technologies, issues };
}

const placeOf = ({ label, n, id }: RowBandsPlace): IssuePlace => ({ label, n, id: id || null });
