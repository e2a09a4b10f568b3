// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { AreaRoads, RoadsBlock } from './AreaRoads.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { SessionContext } from './session-context.js';
import type { Session } from '../session/session.js';
import type { AreaRoads as AreaRoadsAnswer } from '../worker/protocol.js';
import { ROAD_CLASSES } from '../analysis/roads.js';
import type { RoadClassFigures } from '../worker/roads-handler.js';
import type { Lang } from '../domain/lang.js';
import { roadsKey, type RoadsState } from './use-area-roads.js';

afterEach(cleanup);

/** Per class: 1,234.5 km of primary road, 60 % covered, 2 km of tertiary road, 25 % covered; none of the others. */
function createRows(scale = 1): RoadClassFigures[] {
  const km: Record<string, [number, number]> = { primary: [1234.5 * scale, 740.7 * scale], tertiary: [2, 0.5] };
  return ROAD_CLASSES.map((roadClass) => {
    const [total, covered] = km[roadClass] ?? [0, 0];
    return { roadClass, km: total, coveredKm: covered, percent: total > 0 ? (100 * covered) / total : 0 };
  });
}

function createAnswer(area: RoadClassFigures[] | null = createRows()): AreaRoadsAnswer {
  const base = { level: 'unit2025', id: '00070', tech: '5G', op: 'any', coverageLevel: 'outdoor' } as const;
  return { ...base, area, city: createRows(3), sample: true, buildMs: 0 };
}

const KEY = roadsKey('unit2025', '00070', '5G', 'any', 'outdoor');
const VERSION = {};
const answered = (answer: AreaRoadsAnswer, version: unknown = VERSION): RoadsState => ({
  status: 'answered',
  key: KEY,
  version,
  answer,
});
const renderBlock = (state: RoadsState, lang: Lang = 'vi') =>
  render(<RoadsBlock state={state} queryKey={KEY} version={VERSION} choice="5G" lang={lang} />);
const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('RoadsBlock', () => {
  it('writes km and covered shares per class, the total and the city in Vietnamese numbers', () => {
    renderBlock(answered(createAnswer()));
    expect(screen.getByRole('heading').textContent).toBe('Đường giao thông dữ liệu mẫu');
    expect(text('roads-km-primary')).toBe('1.234,5');
    expect(text('roads-pct-primary')).toBe('60,0 %');
    expect(text('roads-km-motorway')).toBe('0,0');
    expect(text('roads-pct-motorway')).toBe('—');
    expect(text('roads-km-total')).toBe('1.236,5');
    expect(text('roads-pct-total')).toBe(`${((100 * 741.2) / 1236.5).toFixed(1).replace('.', ',')} %`);
    expect(text('roads-km-city')).toBe('3.705,5');
    expect(screen.getByTestId('area-roads').dataset['status']).toBe('answered');
  });

  it('writes English numbers, and only the city for an area it does not measure', () => {
    renderBlock(answered(createAnswer(null)), 'en');
    expect(text('roads-km-city')).toBe('3,705.5');
    expect(screen.queryByTestId('roads-total')).toBeNull();
    expect(screen.getByText('Roads are not measured per grid cell: only the whole city is shown.')).toBeTruthy();
  });

  it('says "đang tính…" before the first answer, and keeps an older coverage’s figures while computing', () => {
    renderBlock({ status: 'waiting' });
    expect(screen.getByRole('status').textContent).toBe('Đang tính…');
    cleanup();
    renderBlock(answered(createAnswer(), {}));
    expect(screen.getByTestId('area-roads').dataset['status']).toBe('computing');
    expect(text('roads-km-primary')).toBe('1.234,5');
  });
});

/** A session whose `areaRoads` answers when the test says so, with every question logged. */
function createSession() {
  const asked: { args: unknown[]; answer: () => void }[] = [];
  const areaRoads = (...args: unknown[]) =>
    new Promise<AreaRoadsAnswer>((resolve) => asked.push({ args, answer: () => resolve(createAnswer()) }));
  return { session: { areaRoads } as unknown as Session, asked };
}

function renderArea(store: AppStore, session: Session) {
  return render(
    <StoreContext.Provider value={store}>
      <SessionContext.Provider value={session}>
        <AreaRoads selection={store.getState().selection!} />
      </SessionContext.Provider>
    </StoreContext.Provider>,
  );
}

function createStore(): AppStore {
  const store = createAppStore(null);
  store.getState().featureSelected({ key: 'units2025', id: '00070', props: { code: '00070' } });
  return store;
}

describe('AreaRoads', () => {
  it('asks for the area and the choropleth’s choice, and shows the answer', async () => {
    const store = createStore();
    const { session, asked } = createSession();
    renderArea(store, session);
    expect(asked.map((q) => q.args)).toEqual([['unit2025', '00070', '5G', 'any', 'outdoor']]);
    await act(async () => asked[0]!.answer());
    expect(text('roads-pct-primary')).toBe('60,0 %');
  });

  it('asks nothing while a candidate is dragged, and once when it is let go', async () => {
    const store = createStore();
    const { session, asked } = createSession();
    renderArea(store, session);
    await act(async () => asked[0]!.answer());
    act(() => store.getState().siteDragStarted('p1'));
    act(() => store.getState().resultsArrived({ areas: {} } as never));
    act(() => store.getState().resultsArrived({ areas: {} } as never));
    expect(asked).toHaveLength(1);
    expect(screen.getByTestId('area-roads').dataset['status']).toBe('computing');
    act(() => store.getState().siteDragEnded());
    expect(asked).toHaveLength(2);
  });
});
