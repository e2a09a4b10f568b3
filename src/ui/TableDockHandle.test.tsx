// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TableDockHandle } from './TableDockHandle.js';
import { TABLE_MIN_PX, TABLE_STEP_PX } from './table-dock.js';

/** A main area of 1000×600 CSS pixels: the table may grow to 450 px. */
const MAIN = { width: 1000, height: 600 };

function renderHandle(height = 200) {
  const onResize = vi.fn();
  const onCommit = vi.fn();
  render(
    <TableDockHandle
      height={height}
      main={MAIN}
      controls="ranked-table-body"
      label="Chiều cao bảng"
      valueText={`cao ${height} px`}
      onResize={onResize}
      onCommit={onCommit}
    />,
  );
  return { handle: screen.getByRole('separator', { name: 'Chiều cao bảng' }), onResize, onCommit };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TableDockHandle', () => {
  it('is a focusable window splitter that tells its value and bounds', () => {
    const { handle } = renderHandle();
    expect(handle.tabIndex).toBe(0);
    expect(handle.getAttribute('aria-valuenow')).toBe('200');
    expect(handle.getAttribute('aria-valuemin')).toBe(String(TABLE_MIN_PX));
    expect(handle.getAttribute('aria-valuemax')).toBe('450');
    expect(handle.getAttribute('aria-valuetext')).toBe('cao 200 px');
  });

  it('grows the table by one step with ArrowUp and remembers the height', () => {
    const { handle, onResize, onCommit } = renderHandle();
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    expect(onResize).toHaveBeenCalledWith(200 + TABLE_STEP_PX);
    expect(onCommit).toHaveBeenCalledWith(200 + TABLE_STEP_PX);
  });

  it('goes to the highest height with End', () => {
    const { handle, onResize } = renderHandle();
    fireEvent.keyDown(handle, { key: 'End' });
    expect(onResize).toHaveBeenCalledWith(450);
  });

  it('leaves other keys alone', () => {
    const { handle, onResize, onCommit } = renderHandle();
    fireEvent.keyDown(handle, { key: 'Tab' });
    expect(onResize).not.toHaveBeenCalled();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('follows a drag upwards and remembers where it ended', () => {
    // jsdom has no PointerEvent: a MouseEvent carries the button and coordinates the handle reads.
    class FakePointerEvent extends MouseEvent {
      readonly pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 0;
      }
    }
    vi.stubGlobal('PointerEvent', FakePointerEvent);
    const { handle, onResize, onCommit } = renderHandle();
    fireEvent.pointerDown(handle, { button: 0, clientY: 500, pointerId: 1 });
    fireEvent.pointerMove(handle, { clientY: 450, pointerId: 1 });
    expect(onResize).toHaveBeenLastCalledWith(250);
    fireEvent.pointerUp(handle, { clientY: 450, pointerId: 1 });
    expect(onCommit).toHaveBeenCalledWith(250);
  });
});
