// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TimeControl, quarterEnd, quarterLabel, quarterOf } from './TimeControl.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderControl() {
  const store = createAppStore(null);
  // The analysis is ready (no results needed here): set directly, as zustand's testing guide does.
  store.setState((s) => ({ analysis: { ...s.analysis, status: 'ready' } }));
  render(
    <StoreContext.Provider value={store}>
      <TimeControl today="2026-11-26" />
    </StoreContext.Provider>,
  );
  return store;
}

describe('TimeControl', () => {
  it('counts quarters from 2013 Q1 and names their last day', () => {
    expect(quarterEnd(0)).toBe('2013-03-31');
    expect(quarterEnd(5)).toBe('2014-06-30');
    expect(quarterOf('2014-06-30')).toBe(5);
    expect(quarterOf('2026-11-26')).toBe(55);
  });

  it('the slider sets the date; its last position and "now" mean all the data', () => {
    const store = renderControl();
    const slider = screen.getByTestId('time-slider') as HTMLInputElement;
    expect(slider.max).toBe('55');
    expect(screen.getByTestId('time-label').textContent).toBe('Hiện tại');
    fireEvent.change(slider, { target: { value: '49' } });
    expect(store.getState().asOf).toBe('2025-06-30');
    expect(screen.getByTestId('time-label').textContent).toBe('Quý 2/2025 (30/06/2025)');
    fireEvent.change(slider, { target: { value: '55' } });
    expect(store.getState().asOf).toBeNull();
    fireEvent.change(slider, { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('time-now'));
    expect(store.getState().asOf).toBeNull();
  });

  it('play steps a quarter at a time from the chosen one to now, and stops again on a second press', () => {
    vi.useFakeTimers();
    const store = renderControl();
    fireEvent.change(screen.getByTestId('time-slider'), { target: { value: '52' } });
    fireEvent.click(screen.getByTestId('time-play'));
    expect(store.getState().asOf).toBe('2026-03-31');
    act(() => void vi.advanceTimersByTime(1500));
    expect(store.getState().asOf).toBe('2026-06-30');
    act(() => void vi.advanceTimersByTime(3000));
    expect(store.getState().asOf).toBeNull();
    fireEvent.change(screen.getByTestId('time-slider'), { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('time-play'));
    fireEvent.click(screen.getByTestId('time-play'));
    act(() => void vi.advanceTimersByTime(6000));
    expect(store.getState().asOf).toBe('2018-03-31');
  });

  it('names the quarter in each language, the day in that language’s date format', () => {
    expect(quarterLabel(54, '2026-09-30', 'vi')).toBe('Quý 3/2026 (30/09/2026)');
    expect(quarterLabel(54, '2026-09-30', 'en')).toBe('Q3 2026 (2026-09-30)');
  });

  it('follows a language switch', () => {
    const store = renderControl();
    fireEvent.change(screen.getByTestId('time-slider'), { target: { value: '49' } });
    act(() => store.setState({ lang: 'en' }));
    expect(screen.getByTestId('time-label').textContent).toBe('Q2 2025 (2025-06-30)');
  });
});
