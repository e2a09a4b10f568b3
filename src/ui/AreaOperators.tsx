/**
 * The operator comparison of the selected area (issue #17.5): per technology, the operator covering the most of
 * its km² and the most of its residents at the chosen coverage level, with their share (percent 0–100), and how
 * many operators' 5G covers at least half of it (the rule of the operators-with-5G layer, operators-covering.ts). Ties name every tied operator (operator-lead.ts).
 */
import type { AreaResult } from '../analysis/engine/types.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { OPERATOR_NAMES, TECHNOLOGIES } from '../domain/telecom.js';
import type { Lang } from '../domain/lang.js';
import { compareOperators, type OperatorLead } from '../analysis/operator-lead.js';
import { OPERATOR_COVERS_MIN_PERCENT } from '../analysis/operators-covering.js';
import { formatNumber, translator } from './i18n.js';
import { figuresText } from './messages/figures.js';

/** A lead in words with its share: `Viettel 97,3 %`, `Viettel = MobiFone 100 %`, or "no operator". */
export function leadLabel(lead: OperatorLead, lang: Lang): string {
  if (lead.operators.length === 0) return figuresText(lang)('figures.none');
  return `${lead.operators.map((o) => OPERATOR_NAMES[o]).join(' = ')} ${formatNumber(lang, lead.percent, 1)} %`;
}

type Props = { result: Pick<AreaResult, 'byLevel'>; level: CoverageLevel; lang: Lang };

export function AreaOperators({ result, level, lang }: Props) {
  const f = figuresText(lang);
  const t = translator(lang);
  const c = compareOperators(result, level);
  const tied = TECHNOLOGIES.some(
    (tech) => c[tech].area.operators.length > 1 || c[tech].population.operators.length > 1,
  );
  return (
    <>
      <h3>
        {f('figures.leadTitle')} ({t(`coverageLevel.${level}`).toLowerCase()})
      </h3>
      <table data-testid="operator-lead">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{f('figures.byArea')}</th>
            <th scope="col">{f('figures.byPopulation')}</th>
          </tr>
        </thead>
        <tbody>
          {TECHNOLOGIES.map((tech) => (
            <tr key={tech}>
              <th scope="row">{tech}</th>
              <td data-testid={`lead-${tech}-area`}>{leadLabel(c[tech].area, lang)}</td>
              <td data-testid={`lead-${tech}-population`}>{leadLabel(c[tech].population, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl>
        <div className="row">
          <dt>{f('figures.covering5g').replace('{p}', String(OPERATOR_COVERS_MIN_PERCENT))}</dt>
          <dd data-testid="operators-5g">
            {c['5G'].covering.length}
            {c['5G'].covering.length > 0 && ` (${c['5G'].covering.map((o) => OPERATOR_NAMES[o]).join(', ')})`}
          </dd>
        </div>
      </dl>
      {tied && <small className="note">{f('figures.tieNote')}</small>}
    </>
  );
}
