// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SearchBox } from './SearchBox.js';
import { buildSearchIndex } from './search.js';
import type { SearchEntry } from '../domain/places.js';
import type { StreetEntry } from '../data/point-streets.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';

const ZONES: SearchEntry[] = [
  {
    level: 'zone',
    id: 'z1',
    name: 'Bệnh viện Bạch Mai',
    nameEn: 'Bach Mai Hospital',
    fullName: 'Bệnh viện Bạch Mai',
    context: 'hospital',
  },
  {
    level: 'zone',
    id: 'z2',
    name: 'Hoàng thành Thăng Long',
    nameEn: 'Thang Long Citadel',
    fullName: 'Hoàng thành Thăng Long',
    context: 'heritage_site',
  },
];
const STREETS: StreetEntry[] = [{ name: 'Tràng Tiền', lngLat: [105.855, 21.025], lengthM: 600 }];

afterEach(cleanup);

function renderBox(props: Partial<Parameters<typeof SearchBox>[0]> = {}) {
  return render(
    <SearchBox index={buildSearchIndex(ZONES)} lang="vi" onPick={() => {}} levelLabel={(l) => l} {...props} />,
  );
}
const type = (text: string) => fireEvent.change(screen.getByTestId('search-input'), { target: { value: text } });
const options = () => screen.queryAllByTestId('search-option');
/** The options once the point search (loaded on the first text) has answered. */
const optionsSoon = () => screen.findAllByTestId('search-option');

describe('SearchBox: zone categories', () => {
  it('shows the category name, not its code', () => {
    renderBox();
    type('bach mai');
    expect(options()[0]!.textContent).toContain('Bệnh viện');
    expect(options()[0]!.textContent).not.toContain('hospital');
  });

  it('shows the English category name in English', () => {
    renderBox({ lang: 'en' });
    type('thang long');
    expect(options()[0]!.textContent).toContain('Heritage / tourism site');
    expect(options()[0]!.textContent).not.toContain('heritage_site');
  });
});

describe('SearchBox: points', () => {
  it('offers typed coordinates first and picks them as a point [lng, lat]', async () => {
    const onPickPoint = vi.fn();
    renderBox({ onPickPoint });
    type('21,0285; 105,8542');
    expect(await optionsSoon()).toHaveLength(1);
    expect(options()[0]!.textContent).toContain('Toạ độ');
    fireEvent.click(options()[0]!);
    expect(onPickPoint).toHaveBeenCalledWith([105.8542, 21.0285], '21,0285; 105,8542');
  });

  it('says why coordinates outside Hà Nội cannot be read', async () => {
    renderBox({ onPickPoint: () => {} });
    type('10.7769, 106.7009');
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe('Không tìm thấy'));
    expect(options()).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe(
      'Hai số 10,7769 và 106,7009 không cho một điểm ở Hà Nội theo thứ tự nào (vĩ độ 20,5–21,5, kinh độ 105,2–106,1).',
    );
  });

  it('finds a street by name and picks its point', async () => {
    const onPickPoint = vi.fn();
    renderBox({ onPickPoint, streets: STREETS });
    type('trang tien');
    expect((await optionsSoon())[0]!.textContent).toContain('Đường phố');
    fireEvent.click(options()[0]!);
    expect(onPickPoint).toHaveBeenCalledWith([105.855, 21.025], 'Tràng Tiền');
  });

  it("asks the app's store when no handler is given", async () => {
    const store = createAppStore(null);
    store.getState().pointStreetsLoaded(STREETS);
    render(
      <StoreContext.Provider value={store}>
        <SearchBox index={buildSearchIndex(ZONES)} lang="vi" onPick={() => {}} levelLabel={(l) => l} />
      </StoreContext.Provider>,
    );
    type('trang tien');
    fireEvent.click((await optionsSoon())[0]!);
    expect(store.getState().point).toMatchObject({ lngLat: [105.855, 21.025], from: 'search', label: 'Tràng Tiền' });
  });

  it('offers no point without a store or a handler (coordinates are not places)', async () => {
    renderBox();
    type('21,0285; 105,8542');
    await new Promise((r) => setTimeout(r, 50));
    expect(options()).toHaveLength(0);
  });
});
