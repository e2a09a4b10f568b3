/**
 * The operators behind a cell of the layer "Số nhà mạng có 5G (H3 độ phân giải 8) / Operators with 5G per H3 cell":
 * each operator's 5G share of the cell at the chosen coverage level, and whether the layer counts it (the rule of
 * analysis/operators-covering.ts), so the colour of the cell can be read operator by operator.
 */
import { useAppStore } from '../state/use-app-store.js';
import type { Selection } from '../state/slices/selection.js';
import { OPERATORS, OPERATOR_NAMES } from '../domain/telecom.js';
import { coverageValue } from '../analysis/coverage-value.js';
import { OPERATOR_COVERS_MIN_PERCENT, operatorsCovering } from '../analysis/operators-covering.js';
import { formatNumber, translator } from './i18n.js';
import { measureText } from './measure-text.js';

export function Ops5gCell({ selection }: { selection: Selection }) {
  const lang = useAppStore((s) => s.lang);
  const level = useAppStore((s) => s.coverageLevel);
  const result = useAppStore((s) =>
    selection.key === 'ops5g' && selection.id !== null ? s.analysis.results?.areas[`h3r8|${selection.id}`] : undefined,
  );
  // Until the grid's results arrive, the area figures below say they are being computed.
  if (selection.key !== 'ops5g' || !result) return null;
  const m = measureText(lang);
  const t = translator(lang);
  const counted = new Set(operatorsCovering(result, '5G', level));
  return (
    <section className="ops5g-cell" data-testid="ops5g-cell">
      <h3>
        {m(counted.size === 1 ? 'ops5g.cellOne' : 'ops5g.cellCount', {
          n: counted.size,
          p: OPERATOR_COVERS_MIN_PERCENT,
        })}{' '}
        ({t(`coverageLevel.${level}`).toLowerCase()})
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('operator')}</th>
            <th scope="col">{m('ops5g.share')}</th>
            <th scope="col">{m('ops5g.counted')}</th>
          </tr>
        </thead>
        <tbody>
          {OPERATORS.map((op) => (
            <tr key={op} data-testid={`ops5g-${op}`}>
              <th scope="row">{OPERATOR_NAMES[op]}</th>
              <td>{formatNumber(lang, coverageValue(result, '5G', op, 'area', level), 1)} %</td>
              <td>{counted.has(op) ? m('ops5g.yes') : m('ops5g.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
