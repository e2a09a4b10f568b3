/**
 * The time control: a quarter slider from the first site on air to today, with play and "now". The map,
 * the table and the targets then show the figures as they stood at the end of the chosen quarter, stepped
 * through the incremental engine in the worker.
 */
import { useEffect, useRef, useState } from 'react';
import { useActions, useAppStore } from '../state/use-app-store.js';
import { translator } from './i18n.js';
import { formatDate } from './locale-format.js';
import { partText } from './messages/part.js';
import { READABLE_UI_MESSAGES } from './messages/readable-ui.js';
import type { Lang } from '../domain/lang.js';
import { CompareDates } from './CompareDates.js';
import { FIRST_QUARTER, quarterEnd, quarterOf } from '../domain/quarters.js';

/** Time between steps while playing, ms. */
const PLAY_STEP_MS = 1500;

export { FIRST_QUARTER, quarterEnd, quarterOf } from '../domain/quarters.js';

/**
 * The label of the date the map stands on: `index` counts quarters from {@link FIRST_QUARTER}, `asOf` is that
 * day (ISO `yyyy-mm-dd`). Vietnamese `Quý 3/2026 (30/09/2026)`, English `Q3 2026 (2026-09-30)`.
 */
export function quarterLabel(index: number, asOf: string, lang: Lang): string {
  const quarter = partText(
    READABLE_UI_MESSAGES,
    lang,
  )('readableUi.quarter')
    .replace('{q}', String((index % 4) + 1))
    .replace('{year}', String(FIRST_QUARTER.year + Math.floor(index / 4)));
  return `${quarter} (${formatDate(asOf, lang)})`;
}

export function TimeControl({ today = new Date().toISOString().slice(0, 10) }: { today?: string }) {
  const lang = useAppStore((s) => s.lang);
  const asOf = useAppStore((s) => s.asOf);
  const { asOfChosen } = useActions();
  const status = useAppStore((s) => s.analysis.status);
  const t = translator(lang);
  const last = quarterOf(today);
  const index = asOf === null ? last : quarterOf(asOf);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const [playing, setPlaying] = useState(false);

  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
  };
  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  const play = () => {
    if (playing) return stop();
    setPlaying(true);
    let i = asOf === null ? 0 : index;
    asOfChosen(quarterEnd(i));
    timer.current = setInterval(() => {
      i++;
      if (i >= last) {
        stop();
        asOfChosen(null);
        return;
      }
      asOfChosen(quarterEnd(i));
    }, PLAY_STEP_MS);
  };

  const label = asOf === null ? t('time.now') : quarterLabel(index, asOf, lang);
  return (
    <fieldset className="time-control" data-testid="time-control">
      <legend>{t('time.title')}</legend>
      {/* The date on a line of its own: as it grows to "Quý 3/2026 (30/09/2026)" the buttons stay where they are. */}
      <output className="time-label" data-testid="time-label" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </output>
      <input
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        disabled={status === 'idle'}
        onChange={(e) => {
          stop();
          const i = Number(e.target.value);
          asOfChosen(i >= last ? null : quarterEnd(i));
        }}
        aria-valuetext={label}
        aria-label={t('time.title')}
        data-testid="time-slider"
      />
      <div className="time-row">
        <button type="button" onClick={play} aria-pressed={playing} data-testid="time-play">
          {t('time.play')}
        </button>
        <button
          type="button"
          onClick={() => {
            stop();
            asOfChosen(null);
          }}
          disabled={asOf === null}
          data-testid="time-now"
        >
          {t('time.now')}
        </button>
      </div>
      <CompareDates />
    </fieldset>
  );
}
