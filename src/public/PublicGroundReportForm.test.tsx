// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { LngLat } from '../domain/geo.js';
import type { Lang } from '../domain/lang.js';
import { GroundReportBook } from './ground-report-book.js';
import { PublicGroundReportForm } from './PublicGroundReportForm.js';

afterEach(cleanup);

/** Renders the form for `lngLat` over a book without storage; answers a rerender in another language. */
function renderForm(lngLat: LngLat) {
  const book = new GroundReportBook(null);
  const form = (lang: Lang) => (
    <PublicGroundReportForm lngLat={lngLat} lang={lang} book={book} today="2026-03-20" onDone={() => {}} />
  );
  const view = render(form('vi'));
  return { book, switchTo: (lang: Lang) => view.rerender(form(lang)) };
}

const errorText = () => screen.getByTestId('ground-form-error').textContent;

describe('PublicGroundReportForm errors', () => {
  it('says the rule a refused report breaks in the chosen language, following a switch', () => {
    const { book, switchTo } = renderForm([106.7, 10.77]);
    fireEvent.click(screen.getByTestId('ground-save'));
    expect(errorText()).toBe(
      'báo cáo không hợp lệ: vị trí 106.7, 10.77 nằm ngoài khung Hà Nội 105.2, 20.5, 106.1, 21.5',
    );
    switchTo('en');
    expect(errorText()).toBe(
      "not a valid report: position 106.7, 10.77 is not in Hà Nội's box 105.2, 20.5, 106.1, 21.5",
    );
    expect(book.getSnapshot().reports).toEqual([]);
  });

  it('says a day after today in the chosen language, following a switch', () => {
    const { switchTo } = renderForm([105.85, 21.03]);
    fireEvent.change(screen.getByTestId('ground-date'), { target: { value: '2026-03-21' } });
    fireEvent.submit(screen.getByTestId('ground-form'));
    expect(errorText()).toBe('Ngày báo không được sau hôm nay');
    switchTo('en');
    expect(errorText()).toBe('The date cannot be after today');
  });
});
