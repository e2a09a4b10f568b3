/**
 * "Phương pháp / Method": how the coverage is computed, on one page. What each coverage level means for a resident
 * (with the edge probability and indoor depth in use), which path-loss model is used where (MethodModels), every
 * parameter with its value, unit, default, validity range and source, editable in place (MethodParams), a reset to
 * the defaults, and the calibration against measurements (CalibrationSection: the fit runs in the worker, an
 * applied fit's offsets become parameters). The parameters live in the store; the session recomputes on a change.
 */
import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import { isDefaultOverrides, resolveParams } from '../analysis/params-overrides.js';
import { useAppStore } from '../state/use-app-store.js';
import { CalibrationSection, type CalibrationRun } from './CalibrationSection.js';
import { translator } from './i18n.js';
import { formatFigure } from './locale-format.js';
import { METHOD_MESSAGES } from './messages/method.js';
import { MethodModels } from './MethodModels.js';
import { MethodParams } from './MethodParams.js';
import { useSession } from './session-context.js';
import './MethodPage.css';

export function MethodPage() {
  const lang = useAppStore((s) => s.lang);
  const overrides = useAppStore((s) => s.coverageParams);
  const calibration = useAppStore((s) => s.calibration);
  const paramsChosen = useAppStore((s) => s.paramsChosen);
  const paramsReset = useAppStore((s) => s.paramsReset);
  const calibrationApplied = useAppStore((s) => s.calibrationApplied);
  const session = useSession();
  const t = translator(lang);
  const m = METHOD_MESSAGES[lang];
  const { params } = resolveParams(overrides);
  const defaults = isDefaultOverrides(overrides);
  const onFit = (file: File): Promise<CalibrationRun> =>
    session ? session.calibrate(file) : Promise.reject(new Error('no analysis session'));
  return (
    <article className="method-page" data-testid="method-page" aria-labelledby="method-title">
      <h2 id="method-title">{m['method.title']}</h2>
      <p className="note">{m['method.intro']}</p>

      <section className="method-levels">
        <h3>{m['method.levels']}</h3>
        <dl>
          {COVERAGE_LEVELS.map((level) => (
            <div key={level} data-testid={`method-level-${level}`}>
              <dt>{t(`coverageLevel.${level}`)}</dt>
              <dd>{t(`model.level.${level}.meaning`)}</dd>
            </div>
          ))}
        </dl>
        <p className="note" data-testid="method-levels-now">
          {m['method.levels.now']} {formatFigure(100 * params.edgeProbability, lang, 1)} %; {m['method.levels.depth']}{' '}
          {formatFigure(params.buildingLoss.indoorDepthM, lang, 1)} m ({params.buildingLoss.model}).
        </p>
      </section>

      <MethodModels lang={lang} />

      <section className="method-params-section">
        <h3>{m['method.params']}</h3>
        <p className="note" role="status" data-testid="method-params-status">
          {defaults ? m['method.resetNote'] : m['method.customNote']}
        </p>
        <button
          type="button"
          data-testid="method-reset"
          disabled={defaults && calibration === null}
          onClick={paramsReset}
        >
          {m['method.reset']}
        </button>
        <MethodParams lang={lang} overrides={overrides} onChange={paramsChosen} />
      </section>

      <CalibrationSection lang={lang} onFit={onFit} applied={calibration} onApply={calibrationApplied} />
    </article>
  );
}
