/**
 * The public map's answer at a point, as the planner's panel shows it (ui/PointPanel.tsx): covered or not per
 * operator (any operator first), technology and coverage level (the page's chosen level marked), the nearest sites
 * with their distances, each operator's nearest 5G site, and the speeds measured within the radius over twelve
 * months with their count; sample data said so. Covered or not is written out, never told by colour alone.
 */
import { translator } from '../ui/i18n.js';
import { partText } from '../ui/messages/part.js';
import { POINT_PUBLIC_MESSAGES } from '../ui/messages/point-public.js';
import { NearestSites, PointCoverageTable, PointSpeedsBlock } from '../ui/point-blocks.js';
import type { Operator, Technology } from '../domain/telecom.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Lang } from '../domain/lang.js';
import type { PublicPointDetails } from './public-point-details.js';
import type { PublicPointState } from './use-public-point.js';

type Props = { state: PublicPointState; lang: Lang; coverageLevel: CoverageLevel };

/** The coverage table, then the sites and speeds once read (or why they could not be). */
export function PublicPointAnswer({ state, lang, coverageLevel }: Props) {
  const t = translator(lang);
  const p = partText(POINT_PUBLIC_MESSAGES, lang);
  const details = state.details && 'error' in state.details ? null : state.details;
  /** Covered or not (null: not known, or not yet) of a row at a technology and level. */
  const answer = (op: 'any' | Operator, tech: Technology, level: CoverageLevel): boolean | null => {
    if (op !== 'any') return details?.covered[tech][level][op] ?? null;
    const a = state.levels?.[level];
    return !a || 'error' in a ? null : a[tech];
  };
  return (
    <>
      <PointCoverageTable lang={lang} covered={answer} chosen={coverageLevel} />
      {state.details && 'error' in state.details && (
        <p className="point-error" role="alert" data-testid="point-details-error">
          {p('pointPublic.detailsError')}: {state.details.error}
        </p>
      )}
      {!state.details && <p className="point-loading">{t('point.loading')}</p>}
      {details && <SitesAndSpeeds details={details} lang={lang} />}
    </>
  );
}

function SitesAndSpeeds({ details, lang }: { details: PublicPointDetails; lang: Lang }) {
  const { meta } = details;
  return (
    <>
      {(meta.sampleSites || meta.sampleSpeeds) && (
        <p className="sample-tag" data-testid="point-sample">
          {partText(POINT_PUBLIC_MESSAGES, lang)('pointPublic.sample')}
        </p>
      )}
      <NearestSites lang={lang} nearest={details.nearest} nearest5g={details.nearest5g} />
      <PointSpeedsBlock
        lang={lang}
        radiusM={meta.radiusM}
        until={meta.window?.until ?? null}
        minTests={meta.minTests}
        figures={details.speeds}
      />
    </>
  );
}
