/**
 * The handle on the top edge of the docked ranked table: drag it, or focus it and press ArrowUp/ArrowDown
 * (one step), PageUp/PageDown (four steps), Home/End (lowest/highest), to change the table's height. A WAI-ARIA
 * window splitter (`role="separator"`, focusable, with `aria-valuenow` in CSS pixels).
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampTableHeight, heightAfterKey, maxTableHeight, TABLE_MIN_PX, type Size } from './table-dock.js';

type Props = {
  /** The table's height now, CSS pixels. */
  height: number;
  /** Size of the main area the table shares with the map, CSS pixels. */
  main: Size;
  /** Id of the element the handle resizes. */
  controls: string;
  /** Accessible name of the handle. */
  label: string;
  /** Spoken value, e.g. "cao 175 px". */
  valueText: string;
  /** Called while dragging and on each key press with the new height, CSS pixels. */
  onResize: (px: number) => void;
  /** Called once a drag ends or a key changed the height, with the height to remember, CSS pixels. */
  onCommit: (px: number) => void;
};

export function TableDockHandle({ height, main, controls, label, valueText, onResize, onCommit }: Props) {
  const drag = useRef<{ y: number; h: number; last: number } | null>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = heightAfterKey(e.key, height, main);
    if (next === null) return;
    e.preventDefault(); // the arrows would scroll the page
    onResize(next);
    onCommit(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault(); // no text selection while dragging
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { y: e.clientY, h: height, last: height };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    // Dragging up makes the table taller.
    d.last = clampTableHeight(d.h + d.y - e.clientY, main);
    onResize(d.last);
  };
  const onPointerEnd = () => {
    const d = drag.current;
    drag.current = null;
    if (d) onCommit(d.last);
  };
  return (
    <div
      className="table-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-controls={controls}
      aria-label={label}
      aria-valuenow={height}
      aria-valuemin={TABLE_MIN_PX}
      aria-valuemax={maxTableHeight(main)}
      aria-valuetext={valueText}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      data-testid="table-resize"
    />
  );
}
