/**
 * "Suggest sites": for an operator and a number K, the worker proposes K new 5G sites that cover the most
 * uncovered priority-zone area (or residents), by lazy greedy maximum coverage over a candidate grid; with
 * progress and cancel. Each proposal shows its gain and the zones it changes, is drawn on the map, and can
 * be added to the plan (one or all).
 */
import { useRef, useState } from 'react';
import { useActions, useAppStore } from '../state/use-app-store.js';
import { OPERATOR_NAMES, type Operator } from '../domain/telecom.js';
import { useMapHandle, useSession } from './session-context.js';
import { errorTexts, type ErrorTexts } from './error-text.js';
import type { Proposal, SuggestObjective, SuggestProgress, SuggestResult } from '../analysis/suggest.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { OperatorOptions } from './OperatorOptions.js';

export function SuggestSection() {
  const session = useSession();
  const mapHandle = useMapHandle();
  const lang = useAppStore((s) => s.lang);
  const draftOperator = useAppStore((s) => s.draft.operator);
  const status = useAppStore((s) => s.analysis.status);
  const zonesResult = useAppStore((s) => s.analysis.results?.zones);
  const zones = zonesResult ?? [];
  const { sitesAdded } = useActions();
  const t = translator(lang);
  const [operator, setOperator] = useState<Operator>(draftOperator);
  const [k, setK] = useState(10);
  const [objective, setObjective] = useState<SuggestObjective>('area');
  const [coLocation, setCoLocation] = useState(false);
  const [progress, setProgress] = useState<SuggestProgress | null>(null);
  const [result, setResult] = useState<SuggestResult | null>(null);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const cancel = useRef<AbortController | null>(null);
  const [error, setError] = useState<ErrorTexts | null>(null);
  const names = new Map(zones.map((z) => [z.id, z.name]));

  const run = async () => {
    if (!session) return;
    const stop = new AbortController();
    cancel.current = stop;
    setResult(null);
    setError(null);
    setAccepted(new Set());
    setProgress({ phase: 'candidates', done: 0, total: 1, evaluated: 0 });
    try {
      const r = await session.suggest({ operator, k, objective, coLocation }, setProgress, stop.signal);
      setResult(r);
      // Brought into view: the proposals may lie anywhere in the city, far from the part the map shows.
      mapHandle?.showProposals(
        r.proposals.map((p) => p.site),
        true,
      );
    } catch (err) {
      // Every request settles: a failed or interrupted suggestion says why instead of spinning.
      setError(errorTexts(err));
    } finally {
      cancel.current = null;
      setProgress(null);
    }
  };
  const accept = (ids: string[]) => {
    if (!result) return;
    const sites = result.proposals
      .filter((p) => ids.includes(p.site.id) && !accepted.has(p.site.id))
      .map((p) => p.site);
    if (sites.length === 0) return;
    sitesAdded(sites);
    const next = new Set([...accepted, ...sites.map((s) => s.id)]);
    setAccepted(next);
    mapHandle?.showProposals(result.proposals.filter((p) => !next.has(p.site.id)).map((p) => p.site));
  };
  const km2 = (v: number) => `${formatNumber(lang, v, 3)} km²`;
  // The tower as the towers layer names it, and whose it is: "trên cột near-S-MF-000261 (MobiFone)".
  const towerText = (p: Proposal) =>
    `${t('suggest.onTower')} ${p.tower} (${p.towerOperators.map((o) => OPERATOR_NAMES[o]).join(', ')})`;
  const pct = (v: number) => `${formatNumber(lang, v, 1)} %`;
  return (
    <section className="suggest" data-testid="suggest">
      <h3>{t('suggest.title')}</h3>
      <p className="note">{t('suggest.intro')}</p>
      <label className="field">
        <span>{t('operator')}</span>
        <select
          value={operator}
          onChange={(e) => setOperator(e.target.value as Operator)}
          data-testid="suggest-operator"
        >
          <OperatorOptions />
        </select>
      </label>
      <label className="field">
        <span>{t('suggest.k')}</span>
        <input
          type="number"
          min={1}
          max={50}
          value={k}
          onChange={(e) => setK(Math.max(1, Math.min(50, Math.round(Number(e.target.value) || 1))))}
          data-testid="suggest-k"
        />
      </label>
      <div className="field" role="radiogroup" aria-label={t('suggest.objective')}>
        <span>{t('suggest.objective')}</span>
        {(['area', 'population'] as const).map((o) => (
          <label key={o} className="radio">
            <input type="radio" name="suggest-objective" checked={objective === o} onChange={() => setObjective(o)} />
            {t(`suggest.objective.${o}` as MessageKey)}
          </label>
        ))}
      </div>
      <label className="radio">
        <input
          type="checkbox"
          checked={coLocation}
          onChange={(e) => setCoLocation(e.target.checked)}
          data-testid="suggest-colocation"
        />
        {t('suggest.coLocation')}
      </label>
      {progress ? (
        <div role="status" data-testid="suggest-progress">
          {/* The bar on a line of its own and the text below it, wrapping within the sidebar rather than cut off. */}
          <progress max={progress.total || 1} value={progress.done} style={{ display: 'block', width: '100%' }} />
          <p className="note" data-testid="suggest-progress-text" style={{ overflowWrap: 'anywhere' }}>
            {t(`suggest.phase.${progress.phase}` as MessageKey)} {formatNumber(lang, progress.done)}/
            {formatNumber(lang, progress.total)} · {formatNumber(lang, progress.evaluated)} {t('suggest.evaluated')}
          </p>
          <button type="button" onClick={() => cancel.current?.abort()} data-testid="suggest-cancel">
            {t('suggest.cancel')}
          </button>
        </div>
      ) : (
        // On a line of its own: inline, it ran on after the co-location label ("operators' towers [Suggest]").
        <div>
          <button
            type="button"
            onClick={() => void run()}
            disabled={status !== 'ready' || !session}
            data-testid="suggest-run"
          >
            {t('suggest.run')}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert" data-testid="suggest-error">
          {error[lang]}
        </p>
      )}
      {result && (
        <div className="suggest-result" data-testid="suggest-result" aria-live="polite">
          <p>
            {formatNumber(lang, result.proposals.length)} {t('suggest.proposals')} ·{' '}
            {t(`suggest.stop.${result.stop}` as MessageKey)} · {formatNumber(lang, result.ms / 1000, 1)} s
            {result.towers > 0 && ` · ${formatNumber(lang, result.onTowers)} ${t('suggest.onTowers')}`}
          </p>
          {result.proposals.length > 0 && (
            <>
              <ol className="proposals">
                {result.proposals.map((p) => (
                  <li key={p.site.id} data-testid="suggest-proposal">
                    <strong>+{km2(p.gainKm2)}</strong> · +{formatNumber(lang, Math.round(p.gainPeople))} {t('people')}
                    {p.tower !== null && ` · ${towerText(p)}`}
                    <ul>
                      {p.zones.slice(0, 3).map((z) => (
                        <li key={z.id}>
                          {names.get(z.id) ?? z.id}: {pct(z.beforePercent)} → {pct(z.afterPercent)}
                        </li>
                      ))}
                    </ul>
                    <button
                      type="button"
                      disabled={accepted.has(p.site.id)}
                      onClick={() => accept([p.site.id])}
                      data-testid="suggest-accept"
                    >
                      {accepted.has(p.site.id) ? t('suggest.added') : t('suggest.add')}
                    </button>
                  </li>
                ))}
              </ol>
              <button
                type="button"
                onClick={() => accept(result.proposals.map((p) => p.site.id))}
                data-testid="suggest-accept-all"
              >
                {t('suggest.addAll')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
