// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox } from './SearchBox.js';
import { buildSearchIndex } from './search.js';
import type { SearchEntry, PlaceLevel } from '../domain/places.js';
import type { Lang } from '../domain/lang.js';

const LEVEL_LABELS: Record<PlaceLevel, string> = {
  unit2025: 'Xã, phường (từ 2025)',
  district2019: 'Quận, huyện (2019)',
  ward2019: 'Xã, phường (2019)',
  h3r8: 'Lưới H3 (8)',
  h3r9: 'Lưới H3 (9)',
  zone: 'Khu vực ưu tiên',
};

function createEntries(): SearchEntry[] {
  return [
    {
      level: 'district2019',
      id: '002',
      name: 'Hoàn Kiếm',
      fullName: 'Quận Hoàn Kiếm',
      nameEn: 'Hoan Kiem District',
      context: null,
    },
    {
      level: 'unit2025',
      id: '00070',
      name: 'Hoàn Kiếm',
      fullName: 'Phường Hoàn Kiếm',
      nameEn: 'Hoan Kiem Ward',
      context: null,
    },
    {
      level: 'ward2019',
      id: '09001',
      name: 'Ho\u00e0 Bình',
      fullName: 'Xã Ho\u00e0 Bình',
      nameEn: 'Hoa Binh Commune',
      context: 'Huyện Thường Tín',
    },
    {
      level: 'zone',
      id: 'z-noibai',
      name: 'Cảng hàng không quốc tế Nội Bài',
      fullName: 'Cảng hàng không quốc tế Nội Bài',
      nameEn: 'Noi Bai International Airport',
      context: 'Cảng hàng không',
    },
  ];
}

function renderBox(opts: { lang?: Lang; entries?: SearchEntry[] } = {}) {
  const onPick = vi.fn<(e: SearchEntry) => void>();
  render(
    <SearchBox
      index={buildSearchIndex(opts.entries ?? createEntries())}
      lang={opts.lang ?? 'vi'}
      onPick={onPick}
      levelLabel={(l) => LEVEL_LABELS[l]}
    />,
  );
  const input = screen.getByTestId('search-input') as HTMLInputElement;
  return { onPick, input };
}

function type(input: HTMLInputElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
}

afterEach(cleanup);

describe('SearchBox', () => {
  it('is a collapsed combobox with a listbox it controls before anything is typed', () => {
    const { input } = renderBox();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    const listbox = screen.getByRole('listbox', { hidden: true });
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(screen.queryAllByTestId('search-option')).toHaveLength(0);
  });

  it('typing "hoan kiem" shows both layouts, unit 2025 first, with their level labels', () => {
    const { input } = renderBox();
    type(input, 'hoan kiem');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByTestId('search-option');
    expect(options.map((o) => o.getAttribute('role'))).toEqual(['option', 'option']);
    expect(options[0]!.textContent).toContain('Phường Hoàn Kiếm');
    expect(options[0]!.textContent).toContain('Xã, phường (từ 2025)');
    expect(options[1]!.textContent).toContain('Quận Hoàn Kiếm');
    expect(options[1]!.textContent).toContain('Quận, huyện (2019)');
  });

  it('shows the context of an option', () => {
    const { input } = renderBox();
    type(input, 'hoa binh');
    expect(screen.getByTestId('search-option').textContent).toContain('Huyện Thường Tín');
  });

  it('shows English names when lang is "en"', () => {
    const { input } = renderBox({ lang: 'en' });
    type(input, 'noi bai');
    expect(screen.getByTestId('search-option').textContent).toContain('Noi Bai International Airport');
  });

  it('ArrowDown moves the active option and sets aria-activedescendant and aria-selected', () => {
    const { input } = renderBox();
    type(input, 'hoan kiem');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const [first, second] = screen.getAllByTestId('search-option');
    expect(input.getAttribute('aria-activedescendant')).toBe(first!.id);
    expect(first!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(second!.id);
    expect(first!.getAttribute('aria-selected')).toBe('false');
  });

  it('ArrowDown twice and Enter picks the 2019 district', () => {
    const { input, onPick } = renderBox();
    type(input, 'hoan kiem');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]![0]).toMatchObject({ level: 'district2019', id: '002' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Quận Hoàn Kiếm');
  });

  it('ArrowDown and Enter picks the 2025 unit', () => {
    const { input, onPick } = renderBox();
    type(input, 'hoan kiem');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ level: 'unit2025', id: '00070' }));
  });

  it('ArrowUp from no active option wraps to the last one', () => {
    const { input } = renderBox();
    type(input, 'hoan kiem');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    const options = screen.getAllByTestId('search-option');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
  });

  it('Enter without an active option picks nothing', () => {
    const { input, onPick } = renderBox();
    type(input, 'hoan kiem');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
  });

  it('Escape closes the list and keeps the text', () => {
    const { input } = renderBox();
    type(input, 'hoan kiem');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(screen.queryAllByTestId('search-option')).toHaveLength(0);
    expect(input.value).toBe('hoan kiem');
  });

  it('ArrowDown reopens a closed list', () => {
    const { input } = renderBox();
    type(input, 'hoan kiem');
    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByTestId('search-option')[0]!.id);
  });

  it('a click on an option picks it', () => {
    const { input, onPick } = renderBox();
    type(input, 'noi bai');
    fireEvent.click(screen.getByTestId('search-option'));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ level: 'zone', id: 'z-noibai' }));
  });

  it('says so when nothing matches', () => {
    const { input } = renderBox();
    type(input, 'zzz');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Không tìm thấy');
  });

  it('renders markup in a name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { input } = renderBox({
      entries: [{ level: 'zone', id: 'x', name: evil, fullName: evil, nameEn: evil, context: '<b>bold</b>' }],
    });
    type(input, 'img');
    const option = screen.getByTestId('search-option');
    expect(option.textContent).toContain(evil);
    expect(option.textContent).toContain('<b>bold</b>');
    expect(option.querySelector('img')).toBeNull();
    expect(option.querySelector('b')).toBeNull();
  });
});
