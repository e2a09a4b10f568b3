/**
 * "Báo sóng yếu / không có sóng ở đây": the form the public map's point panel opens for the point asked. What the
 * person found (no signal, weak), the operator (or unknown), the technology, the day (today by default, never after
 * it) and a note of at most 500 characters; saved in this browser only (ground-report-book.ts).
 */
import { useState, type FormEvent } from 'react';
import type { LngLat } from '../domain/geo.js';
import {
  GROUND_REPORT_KINDS,
  GROUND_REPORT_NOTE_MAX,
  GROUND_REPORT_OPERATORS,
  type GroundReportKind,
  type GroundReportOperator,
} from '../domain/ground-report.js';
import type { Lang } from '../domain/lang.js';
import { OPERATOR_NAMES, TECHNOLOGIES, type Technology } from '../domain/telecom.js';
import { errorTexts, type ErrorTexts } from '../domain/error-texts.js';
import { issueText } from '../domain/report.js';
import { groundText } from '../ui/messages/ground.js';
import { localToday, newReportId, type GroundReportBook } from './ground-report-book.js';
import './ground-reports.css';

type Props = {
  /** The point reported, `[lng, lat]` degrees. */
  lngLat: Readonly<LngLat>;
  lang: Lang;
  book: GroundReportBook;
  /** Called after a save (with the new report's id) or a cancel (null). */
  onDone: (savedId: string | null) => void;
  /** Today, ISO (the default date and the latest allowed); injectable for tests. */
  today?: string;
};

/** The report form; see the module comment. */
export function PublicGroundReportForm({ lngLat, lang, book, onDone, today = localToday() }: Props) {
  const g = groundText(lang);
  const [kind, setKind] = useState<GroundReportKind>('none');
  const [operator, setOperator] = useState<GroundReportOperator>('unknown');
  const [technology, setTechnology] = useState<Technology>('5G');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  // Both languages, rendered at display time: the message follows a language switch while it is shown.
  const [error, setError] = useState<ErrorTexts | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (date > today)
      return setError({ message: groundText('en')('ground.dateFuture'), vi: groundText('vi')('ground.dateFuture') });
    const id = newReportId();
    try {
      book.add({ id, lng: lngLat[0], lat: lngLat[1], kind, operator, technology, date, note: note.trim() });
    } catch (err) {
      return setError(errorTexts(err));
    }
    onDone(id);
  };

  return (
    <form className="ground-form" onSubmit={submit} data-testid="ground-form" aria-label={g('ground.report')}>
      <fieldset>
        <legend>{g('ground.kind')}</legend>
        {GROUND_REPORT_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="ground-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              data-testid={`ground-kind-${k}`}
            />{' '}
            {g(`ground.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label className="ground-field">
        {g('ground.operator')}
        <select
          value={operator}
          onChange={(e) => setOperator(e.target.value as GroundReportOperator)}
          data-testid="ground-operator"
        >
          {GROUND_REPORT_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {op === 'unknown' ? g('ground.operator.unknown') : OPERATOR_NAMES[op]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{g('ground.technology')}</legend>
        {TECHNOLOGIES.map((t) => (
          <label key={t}>
            <input
              type="radio"
              name="ground-technology"
              value={t}
              checked={technology === t}
              onChange={() => setTechnology(t)}
              data-testid={`ground-technology-${t}`}
            />{' '}
            {t}
          </label>
        ))}
      </fieldset>
      <label className="ground-field">
        {g('ground.date')}
        <input
          type="date"
          value={date}
          max={today}
          required
          onChange={(e) => setDate(e.target.value)}
          data-testid="ground-date"
        />
      </label>
      <label className="ground-field">
        {g('ground.note')}
        <textarea
          value={note}
          maxLength={GROUND_REPORT_NOTE_MAX}
          onChange={(e) => setNote(e.target.value)}
          data-testid="ground-note"
        />
      </label>
      {error && (
        <p className="ground-problem" role="alert" data-testid="ground-form-error">
          {issueText(error, lang)}
        </p>
      )}
      <div className="ground-actions">
        <button type="submit" data-testid="ground-save">
          {g('ground.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {g('ground.cancel')}
        </button>
      </div>
      <p className="note">{g('ground.privacy')}</p>
    </form>
  );
}
