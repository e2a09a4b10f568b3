// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import { AttributionDialog } from './AttributionDialog.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import type { Manifest, ManifestLayer } from '../domain/report.js';

type SourceEntry = { vintage: string; source: string; licence: string; sample: boolean };

/** A manifest whose layers carry the texts of `data/sources.json`, as the pipeline writes them. */
function createManifest(): Manifest {
  const layers: ManifestLayer[] = Object.entries(sourcesJson.layers as Record<string, SourceEntry>).map(([id, l]) => ({
    id,
    file: `${id}.fgb`,
    featureCount: 1,
    ...l,
    sha256: '',
    bytes: 0,
  }));
  return { generatedAt: '', inputHash: '', sampleSeed: 1, layers, leftOut: [], repairs: {}, warnings: [] };
}

function renderDialog(lang: 'vi' | 'en'): AppStore {
  const store = createAppStore(null);
  act(() => {
    store.getState().langChosen(lang);
    store.getState().manifestLoaded(createManifest());
  });
  render(
    <StoreContext.Provider value={store}>
      <AttributionDialog onClose={() => undefined} />
    </StoreContext.Provider>,
  );
  return store;
}

/** jsdom has no `showModal`: the dialog stays closed, its content out of the accessibility tree. */
const HIDDEN = { hidden: true };
const row = (id: string) => within(screen.getByTestId(`attribution-layer-${id}`)).getAllByRole('cell', HIDDEN);
const cells = (id: string) => row(id).map((c) => c.textContent);

afterEach(cleanup);

describe('AttributionDialog in Vietnamese', () => {
  it('heads every column in Vietnamese', () => {
    renderDialog('vi');
    const headers = screen.getAllByRole('columnheader', HIDDEN).map((h) => h.textContent);
    expect(headers).toEqual(['Lớp dữ liệu', 'Nguồn', 'Giấy phép', 'Ngày']);
  });

  it('names each layer, its source and licence in Vietnamese, and dates it as dd/mm/yyyy', () => {
    renderDialog('vi');
    expect(cells('units-2025')).toEqual([
      'Xã, phường (126, từ 2025)',
      expect.stringContaining('vietnamese-provinces-database (thanglequoc), theo bản đồ tham chiếu chính thức'),
      'MIT; điều tra dân số: GSO',
      '01/07/2025',
    ]);
    expect(cells('roads')[3]).toBe('08/2025');
    expect(cells('sites')[0]).toBe('Trạm gốc (BTS)dữ liệu mẫu');
    expect(cells('sites')[3]).toBe('mẫu');
  });

  it('lists the shipped sources in Vietnamese with their licences: ODbL, GPL-3.0, MIT and the census', () => {
    renderDialog('vi');
    const items = screen.getAllByRole('listitem', HIDDEN).map((li) => li.textContent);
    expect(items[0]).toMatch(
      /^© Những người đóng góp OpenStreetMap \(OpenStreetMap contributors\) — đường phố.* — ODbL 1\.0$/,
    );
    expect(items).toContain(
      'dvhcvn (daohoangson): 30 quận, huyện năm 2019 (hình học từ gis.chinhphu.vn), danh mục mã hành chính của TCTK (GSO) — GPL-3.0',
    );
    expect(items.some((t) => t!.startsWith('Tổng cục Thống kê (TCTK, GSO)') && t!.endsWith('— GSO'))).toBe(true);
    expect(items.filter((t) => t!.endsWith('— MIT')).length).toBeGreaterThan(0);
    expect(items.join('\n')).not.toContain('roads, hospitals');
  });
});

describe('AttributionDialog in English', () => {
  it('shows the manifest’s English texts, ISO dates and English headers', () => {
    renderDialog('en');
    expect(screen.getAllByRole('columnheader', HIDDEN).map((h) => h.textContent)).toEqual([
      'Layer',
      'Source',
      'Licence',
      'Date',
    ]);
    expect(cells('city')).toEqual([
      'City boundary',
      'OpenStreetMap relation 1903516, © OpenStreetMap contributors',
      'ODbL 1.0',
      '2025',
    ]);
    expect(cells('units-2025')[3]).toBe('2025-07-01');
    const items = screen.getAllByRole('listitem', HIDDEN).map((li) => li.textContent);
    expect(items[0]).toBe(
      '© OpenStreetMap contributors — roads, hospitals, bus stops, city boundary, zone positions — ODbL 1.0',
    );
  });

  it('follows a change of the interface language while open', () => {
    const store = renderDialog('en');
    act(() => store.getState().langChosen('vi'));
    expect(cells('units-2025')[3]).toBe('01/07/2025');
  });

  it('opens at its top: the title has the focus, not the Close button at the end of the long list', () => {
    renderDialog('en');
    expect(document.activeElement).toBe(screen.getByRole('heading', { ...HIDDEN, name: 'Data sources and licences' }));
  });
});
