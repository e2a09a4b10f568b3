// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { AreaSharing, SharingBlock } from './AreaSharing.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { SessionContext } from './session-context.js';
import type { Session } from '../session/session.js';
import type { AreaSharing as AreaSharingAnswer } from '../worker/protocol.js';
import { NO_SHARING, operatorsPerTower, sharedSitesPercent, type SharingFigures } from '../analysis/sharing.js';
import { TOWER_DISTANCE_M } from '../analysis/sharing-towers.js';
import type { PlaceLevel } from '../domain/places.js';
import type { Lang } from '../domain/lang.js';
import { sharingKey, type SharingState } from './use-area-sharing.js';

afterEach(cleanup);

/** Two sites of different operators on one tower, and a lone third site: 2 towers, 1 shared. */
const THREE_SITES: SharingFigures = { sites: 3, towers: 2, sharedTowers: 1, sitesOnShared: 2, operatorTowers: 3 };

/** The worker's answer for unit 00070 with `figures`, as sharing-handler.ts builds it. */
function createAnswer(figures: SharingFigures, asOf: string | null = null, id = '00070'): AreaSharingAnswer {
  return {
    level: 'unit2025',
    id,
    asOf,
    figures,
    sharedSitesPercent: sharedSitesPercent(figures),
    operatorsPerTower: operatorsPerTower(figures),
    distanceM: TOWER_DISTANCE_M,
    sample: true,
    buildMs: 0,
  };
}

const KEY = sharingKey('unit2025', '00070', null);
const answered = (answer: AreaSharingAnswer): SharingState => ({ status: 'answered', key: KEY, version: null, answer });
const renderBlock = (state: SharingState, lang: Lang = 'vi') =>
  render(<SharingBlock state={state} queryKey={KEY} lang={lang} />);
const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('SharingBlock', () => {
  it('writes the towers, shared towers, share of sites and operators per tower in Vietnamese', () => {
    renderBlock(answered(createAnswer(THREE_SITES)));
    expect(screen.getByRole('heading').textContent).toBe('Hạ tầng dùng chung dữ liệu mẫu');
    expect(text('sharing-towers')).toBe('2');
    expect(text('sharing-shared')).toBe('1');
    expect(text('sharing-sites-shared')).toBe('66,7 % (2/3 trạm)');
    expect(text('sharing-per-tower')).toBe('1,5');
  });

  it('writes one shared tower of two operators as 100 % and 2', () => {
    renderBlock(answered(createAnswer({ sites: 2, towers: 1, sharedTowers: 1, sitesOnShared: 2, operatorTowers: 2 })));
    expect(text('sharing-sites-shared')).toBe('100 % (2/2 trạm)');
    expect(text('sharing-per-tower')).toBe('2');
  });

  it('says how towers are found with the distance of sharing-towers.ts, and which sites count', () => {
    renderBlock(answered(createAnswer(THREE_SITES, '2026-11-30')));
    expect(text('sharing-note')).toBe(
      `Cột: các trạm cùng mã cột ("tower_id") của tệp nhập; trạm không có mã gộp thành một cột khi cách nhau không quá ${TOWER_DISTANCE_M} m. Trạm phát sóng đến ngày 30/11/2026; không tính trạm dự kiến của kế hoạch.`,
    );
  });

  it('switches to English words and number formats', () => {
    renderBlock(answered(createAnswer(THREE_SITES)), 'en');
    expect(screen.getByRole('heading').textContent).toBe('Shared infrastructure sample data');
    expect(text('sharing-sites-shared')).toBe('66.7 % (2/3 sites)');
    expect(text('sharing-note')).toContain(`within ${TOWER_DISTANCE_M} m of each other. Every site in use;`);
  });

  it('writes a dash for the share and operators of an area without towers', () => {
    renderBlock(answered(createAnswer({ ...NO_SHARING })));
    expect(text('sharing-towers')).toBe('0');
    expect(text('sharing-sites-shared')).toBe('— (0/0 trạm)');
    expect(text('sharing-per-tower')).toBe('—');
  });

  it('shows "counting" while the answer on hand is for another area or date', () => {
    render(
      <SharingBlock
        state={answered(createAnswer(THREE_SITES))}
        queryKey={sharingKey('unit2025', '00070', '2026-01-01')}
        lang="vi"
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Đang đếm cột dùng chung…');
    expect(screen.queryByTestId('sharing-towers')).toBeNull();
  });

  it("shows the newest question's failure in the interface language", () => {
    renderBlock({ status: 'failed', key: KEY, version: null, error: { vi: 'lỗi thử', en: 'test failure' } }, 'en');
    expect(screen.getByRole('alert').textContent).toBe('Could not count shared towers: test failure');
  });
});

/** A fake session whose `areaSharing` answers when the test says, logging each question. */
function createSession() {
  const asked: { level: PlaceLevel; id: string; asOf: string | null; answer: (figures: SharingFigures) => void }[] = [];
  const areaSharing = (level: PlaceLevel, id: string, asOf: string | null) =>
    new Promise<AreaSharingAnswer>((resolve) =>
      asked.push({ level, id, asOf, answer: (figures) => resolve(createAnswer(figures, asOf, id)) }),
    );
  return { session: { areaSharing } as unknown as Session, asked };
}

function renderArea(store: AppStore, session: Session) {
  return render(
    <StoreContext.Provider value={store}>
      <SessionContext.Provider value={session}>
        <AreaSharing selection={store.getState().selection!} />
      </SessionContext.Provider>
    </StoreContext.Provider>,
  );
}

const selectUnit = (store: AppStore, id = '00070') =>
  store.getState().featureSelected({ key: 'units2025', id, props: { code: id } });

describe('AreaSharing', () => {
  it("asks the worker for the selected area as of the map's date and shows the answer", async () => {
    const store = createAppStore(null);
    selectUnit(store);
    const { session, asked } = createSession();
    renderArea(store, session);
    expect(asked.map(({ level, id, asOf }) => [level, id, asOf])).toEqual([['unit2025', '00070', null]]);
    await act(async () => asked[0]!.answer(THREE_SITES));
    expect(text('sharing-sites-shared')).toBe('66,7 % (2/3 trạm)');
  });

  it('asks again when the date changes, and keeps only the newest answer', async () => {
    const store = createAppStore(null);
    selectUnit(store);
    const { session, asked } = createSession();
    renderArea(store, session);
    act(() => store.getState().asOfChosen('2025-01-01'));
    act(() => store.getState().asOfChosen('2026-01-01'));
    // One question at a time: the first runs, the last date waits, the one between is never asked.
    expect(asked.map((q) => q.asOf)).toEqual([null]);
    await act(async () => asked[0]!.answer({ ...NO_SHARING }));
    expect(screen.getByRole('status')).toBeTruthy();
    expect(asked.map((q) => q.asOf)).toEqual([null, '2026-01-01']);
    await act(async () => asked[1]!.answer(THREE_SITES));
    expect(screen.getByTestId('area-sharing').dataset['asOf']).toBe('2026-01-01');
    expect(text('sharing-towers')).toBe('2');
  });

  it('asks again for the same area and date when the figures in use change (imports, plan)', async () => {
    const store = createAppStore(null);
    selectUnit(store);
    const { session, asked } = createSession();
    renderArea(store, session);
    await act(async () => asked[0]!.answer({ ...NO_SHARING }));
    act(() => store.getState().resultsArrived({ areas: {} } as never));
    expect(asked).toHaveLength(2);
    await act(async () => asked[1]!.answer(THREE_SITES));
    expect(text('sharing-towers')).toBe('2');
  });

  it('shows nothing for a feature that is not an area', () => {
    const store = createAppStore(null);
    store.getState().featureSelected({ key: 'sites', id: 's1', props: { id: 's1' } });
    const { session, asked } = createSession();
    renderArea(store, session);
    expect(screen.queryByTestId('area-sharing')).toBeNull();
    expect(asked).toHaveLength(0);
  });
});
