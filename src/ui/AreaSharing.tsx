/**
 * The shared infrastructure of the selected area (issue #17, part 1): its towers, the shared ones, the share of its
 * sites on shared towers (percent 0–100) and the mean operators per tower, for the sites on air on the map's
 * date. The worker counts them with the annual report's own function (sharing-handler.ts), and the figures are
 * written as the report writes them (1 decimal for the share, 2 for operators per tower), so both agree.
 */
import { useAppStore } from '../state/use-app-store.js';
import type { Selection } from '../state/slices/selection.js';
import { placeLevelOf } from '../domain/layers.js';
import type { Lang } from '../domain/lang.js';
import type { AreaSharing as AreaSharingAnswer } from '../worker/protocol.js';
import { translator } from './i18n.js';
import { formatDate, formatFigure } from './locale-format.js';
import { sharingPanelText } from './messages/sharing-panel.js';
import { useSession } from './session-context.js';
import { sharingKey, useAreaSharing, type SharingState } from './use-area-sharing.js';

/** The block for one answer: title, the four figures, how towers are found and which sites count. */
export function SharingFigures({ answer, lang }: { answer: AreaSharingAnswer; lang: Lang }) {
  const w = sharingPanelText(lang);
  const f = answer.figures;
  const count = (n: number) => formatFigure(n, lang, 0);
  const pct = answer.sharedSitesPercent;
  return (
    <>
      <dl>
        <div className="row">
          <dt>{w('sharingPanel.towers')}</dt>
          <dd data-testid="sharing-towers">{count(f.towers)}</dd>
        </div>
        <div className="row">
          <dt>{w('sharingPanel.shared')}</dt>
          <dd data-testid="sharing-shared">{count(f.sharedTowers)}</dd>
        </div>
        <div className="row">
          <dt>{w('sharingPanel.sitesShared')}</dt>
          <dd data-testid="sharing-sites-shared">
            {pct === null ? '—' : `${formatFigure(pct, lang, 1)} %`} ({count(f.sitesOnShared)}/{count(f.sites)}{' '}
            {w('sharingPanel.sites')})
          </dd>
        </div>
        <div className="row">
          <dt>{w('sharingPanel.perTower')}</dt>
          <dd data-testid="sharing-per-tower">{formatFigure(answer.operatorsPerTower, lang, 2)}</dd>
        </div>
      </dl>
      <small className="note" data-testid="sharing-note">
        {w('sharingPanel.note').replace('{m}', formatFigure(answer.distanceM, lang, 0))}{' '}
        {answer.asOf === null
          ? w('sharingPanel.allData')
          : w('sharingPanel.asOf').replace('{date}', formatDate(answer.asOf, lang))}
      </small>
    </>
  );
}

/** The block in any state: the answer for the area and date on screen, else "counting…" or the failure. */
export function SharingBlock({ state, queryKey, lang }: { state: SharingState; queryKey: string; lang: Lang }) {
  const w = sharingPanelText(lang);
  const current = state.status !== 'waiting' && state.key === queryKey ? state : null;
  return (
    <section
      className="area-sharing"
      data-testid="area-sharing"
      data-status={current?.status ?? 'waiting'}
      data-as-of={current?.status === 'answered' ? (current.answer.asOf ?? '') : undefined}
    >
      <h3>
        {w('sharingPanel.title')}
        {current?.status === 'answered' && current.answer.sample && (
          <>
            {' '}
            <span className="sample-tag">{translator(lang)('sampleData')}</span>
          </>
        )}
      </h3>
      {current === null && (
        <p className="note" role="status">
          {w('sharingPanel.computing')}
        </p>
      )}
      {current?.status === 'failed' && (
        <p className="note" role="alert">
          {w('sharingPanel.error')}: {current.error[lang]}
        </p>
      )}
      {current?.status === 'answered' && <SharingFigures answer={current.answer} lang={lang} />}
    </section>
  );
}

/** The shared infrastructure of the selected area; nothing for a feature that is not an area, or without a session. */
export function AreaSharing({ selection }: { selection: Selection }) {
  const lang = useAppStore((s) => s.lang);
  const asOf = useAppStore((s) => s.asOf);
  // New figures (imports applied or removed, a plan edit, new parameters) ask again.
  const results = useAppStore((s) => s.analysis.results);
  const session = useSession();
  const level = placeLevelOf(selection.key);
  const id = level === null || selection.id === null ? null : String(selection.id);
  const state = useAreaSharing(session?.areaSharing ?? null, level, id, asOf, results);
  if (level === null || id === null || session === null) return null;
  return <SharingBlock state={state} queryKey={sharingKey(level, id, asOf)} lang={lang} />;
}
