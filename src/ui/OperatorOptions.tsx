/** The four operators as `<option>`s of a select, by their names; the value is the operator's id. */
import { OPERATORS, OPERATOR_NAMES } from '../domain/telecom.js';

export function OperatorOptions() {
  return (
    <>
      {OPERATORS.map((o) => (
        <option key={o} value={o}>
          {OPERATOR_NAMES[o]}
        </option>
      ))}
    </>
  );
}
