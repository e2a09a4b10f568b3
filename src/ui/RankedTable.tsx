/**
 * The ranked table of areas: the accessible view of the coverage map, sortable, one area selectable.
 *
 * Pattern: a real `<table role="grid">` (ARIA 1.2 grid, which keeps the native table semantics, headers
 * and row/column counts). The grid role is what makes `aria-selected` valid on a row, and it tells NVDA and
 * JAWS to switch to focus mode when a row takes focus, so that ArrowUp/ArrowDown reach the table instead of
 * moving the virtual cursor. Rows are the focus targets (roving tabindex: one row is tabbable, the one last
 * focused, else the selected one, else the first); a focused row is announced with its cells. Sort headers
 * are `<th scope="col">` holding a `<button>`, with `aria-sort` on the `<th>` (as in the WAI-ARIA APG sortable
 * table example); they sit in the normal tab order before the rows.
 *
 * Keys on a row: ArrowUp/ArrowDown move by one row, PageUp/PageDown by a screenful, Home/End to the first/last
 * row, Enter/Space select.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { fixedFigure } from './fixed-figure.js';
import { DEFAULT_SORT_DIR, displayName, sortRows, type SortDir, type SortKey, type TableRow } from './ranking.js';
import type { Lang } from '../domain/lang.js';
import type { Operator, Technology } from '../domain/telecom.js';
import { leadNames, type RowLead } from './ranking-lead.js';
import { figuresText } from './messages/figures.js';
import { COVERING_KEY, COVERING_SORT_DIR, coveringHeader, sortByCovering } from './ranked-covering.js';

export type RankedTableProps = {
  rows: TableRow[];
  /** Each row's leading operator for the table's technology, basis and coverage level, by id (ranking-lead.ts). */
  leads?: ReadonlyMap<string, RowLead>;
  /** The table's technology, named in the operators column's header (a generic header without it). */
  tech?: Technology;
  lang: Lang;
  /** Id of the selected area, or null. */
  selectedId: string | null;
  /** Called when a row is clicked or chosen with Enter/Space. */
  onSelect(row: TableRow): void;
  /** Says what the table ranks (level, technology, operator, basis); read first by screen readers. */
  caption: string;
};

type Column = { key: SortKey | 'sites'; label: MessageKey; numeric: boolean };

/** The columns; each header names its unit, and every figure of a column has the same decimals (`fixedFigure`). */
const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'layout.col.name', numeric: false },
  { key: 'percent', label: 'layout.col.percent', numeric: true },
  { key: 'uncoveredPopulation', label: 'layout.col.uncovered', numeric: true },
  { key: 'areaKm2', label: 'layout.col.area', numeric: true },
  { key: 'sites', label: 'layout.col.sites', numeric: true },
];

/** What the table is sorted by: a column of ranking.ts, or the operators count (ranked-covering.ts). */
type TableSort = { key: SortKey | typeof COVERING_KEY; dir: SortDir };

/** A row's lead: `Viettel 97,3`, tied names joined by ` = `, "—" where no operator covers the area. */
function leadCell(lead: RowLead | undefined, lang: Lang): string {
  if (!lead || lead.operators.length === 0) return '—';
  const [first, ...tied] = lead.operators.map((o) => SHORT_OPERATOR_NAMES[o]);
  // Three tied names would widen the column past a 1280-pixel screen: the first, and how many more (the tooltip names them).
  const names = tied.length > 1 ? `${first} +${tied.length}` : [first, ...tied].join(' = ');
  return `${names} ${fixedFigure(lang, lead.percent, 1)}`;
}

/** A row's operators count (ranked-covering.ts), "—" for a row without one. */
const coveringCell = (lead: RowLead | undefined, lang: Lang): string =>
  lead === undefined ? '—' : formatNumber(lang, lead.covering);

/** Operators' names short enough for a table cell. */
const SHORT_OPERATOR_NAMES: Readonly<Record<Operator, string>> = {
  viettel: 'Viettel',
  vnpt: 'VNPT',
  mobifone: 'MobiFone',
  vietnamobile: 'Vnmobile',
};

/** The cell's tooltip: every leading operator's full name. */
const leadTitle = (lead: RowLead | undefined): string | undefined =>
  lead && lead.operators.length > 0 ? leadNames(lead) : undefined;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Below this many rows every row is rendered; above, only the rows in view (the H3 grid has 30,000). */
export const WINDOW_MIN_ROWS = 300;
/** Rows rendered beyond each edge of the view. */
const OVERSCAN = 15;
/** Row height assumed until a row is measured (jsdom measures 0), CSS pixels. */
const ROW_PX_FALLBACK = 24;

/**
 * The ranked table; sorted by covered percent, ascending (worst first), until a header is chosen. Long
 * tables render only the rows in view (spacer rows keep the scroll height), with `aria-rowcount` and
 * `aria-rowindex` telling screen readers the whole table's size and each row's place in it.
 */
export function RankedTable({ rows, leads, tech, lang, selectedId, onSelect, caption }: RankedTableProps) {
  const t = translator(lang);
  const f = figuresText(lang);
  const [sort, setSort] = useState<TableSort>({ key: 'percent', dir: 'asc' });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [view, setView] = useState({ top: 0, height: 600, rowPx: ROW_PX_FALLBACK });
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const sorted = useMemo(
    () =>
      sort.key === COVERING_KEY
        ? sortByCovering(rows, leads ?? new Map(), sort.dir, lang)
        : sortRows(rows, sort.key, sort.dir, lang),
    [rows, leads, sort, lang],
  );
  const covering = coveringHeader(lang, tech ?? null);
  const windowed = sorted.length > WINDOW_MIN_ROWS;
  const first = windowed ? Math.max(0, Math.floor(view.top / view.rowPx) - OVERSCAN) : 0;
  const end = windowed
    ? Math.min(sorted.length, Math.ceil((view.top + view.height) / view.rowPx) + OVERSCAN)
    : sorted.length;
  const shown = sorted.slice(first, end);
  const has = (id: string | null) => id !== null && shown.some((r) => r.id === id);
  const tabbableId = has(focusedId) ? focusedId : has(selectedId) ? selectedId : (shown[0]?.id ?? null);

  // Focus the row a key press moved to, once it is rendered.
  useEffect(() => {
    if (pendingFocus === null) return;
    const el = scroller.current?.querySelector(`tr[data-index="${pendingFocus}"]`);
    if (el instanceof HTMLElement) {
      el.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, first, end]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const row = el.querySelector('tbody tr[data-index]');
    const measured = row instanceof HTMLElement ? row.offsetHeight : 0;
    setView({ top: el.scrollTop, height: el.clientHeight || 600, rowPx: measured > 0 ? measured : ROW_PX_FALLBACK });
  };

  const mark = (key: TableSort['key']) => (
    <span className="sort-mark" aria-hidden="true">
      {sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
    </span>
  );

  const chooseColumn = (key: TableSort['key']) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === COVERING_KEY ? COVERING_SORT_DIR : DEFAULT_SORT_DIR[key] },
    );

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: TableRow) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault(); // Space would scroll the page
      onSelect(row);
      return;
    }
    const last = sorted.length - 1;
    const page = Math.max(1, Math.floor(view.height / view.rowPx) - 1);
    const target = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      PageDown: Math.min(index + page, last),
      PageUp: Math.max(index - page, 0),
      Home: 0,
      End: last,
    }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    // Bring the target row into the rendered window, then focus it (onFocus makes it the tabbable one).
    const el = scroller.current;
    if (windowed && el && (target < first + 1 || target >= end - 1)) {
      el.scrollTop = Math.max(0, target * view.rowPx - el.clientHeight / 2);
      setView({ top: el.scrollTop, height: el.clientHeight || 600, rowPx: view.rowPx });
    }
    setPendingFocus(target);
  };

  return (
    <div className="ranked-scroll" ref={scroller} onScroll={onScroll}>
      <table className="ranked-table" role="grid" data-testid="ranked-table" aria-rowcount={sorted.length + 1}>
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => {
              if (c.key === 'sites')
                return (
                  <th key={c.key} scope="col" className="num">
                    {t(c.label)}
                  </th>
                );
              const key = c.key;
              return (
                <th
                  key={key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={sort.key === key ? ARIA_SORT[sort.dir] : 'none'}
                >
                  <button type="button" onClick={() => chooseColumn(key)}>
                    {/* The mark sits on the side away from the column's edge, so labels line up with the figures. */}
                    {c.numeric && mark(key)}
                    {t(c.label)}
                    {!c.numeric && mark(key)}
                  </button>
                </th>
              );
            })}
            {leads && (
              <th
                scope="col"
                className="num"
                data-testid="covering-header"
                title={covering.title}
                aria-sort={sort.key === COVERING_KEY ? ARIA_SORT[sort.dir] : 'none'}
              >
                <button type="button" onClick={() => chooseColumn(COVERING_KEY)}>
                  {mark(COVERING_KEY)}
                  {covering.label}
                </button>
              </th>
            )}
            {leads && (
              <th scope="col" data-testid="lead-header">
                {f('figures.col.lead')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" className="spacer" style={{ height: first * view.rowPx }} />}
          {shown.map((row, k) => {
            const i = first + k;
            const selected = row.id === selectedId;
            const pct = Math.min(100, Math.max(0, row.percent));
            return (
              <tr
                key={row.id}
                data-testid="ranked-row"
                data-id={row.id}
                data-index={i}
                aria-rowindex={i + 2}
                tabIndex={row.id === tabbableId ? 0 : -1}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                onClick={() => onSelect(row)}
                onFocus={() => setFocusedId(row.id)}
                onKeyDown={(e) => onRowKeyDown(e, i, row)}
              >
                <th scope="row">{displayName(row, lang)}</th>
                <td className="num pct">
                  {fixedFigure(lang, row.percent, 1)}{' '}
                  <span className="bar" aria-hidden="true">
                    <span style={{ width: `${pct}%` }} />
                  </span>
                </td>
                <td className="num">{formatNumber(lang, Math.round(row.uncoveredPopulation))}</td>
                <td className="num">{fixedFigure(lang, row.areaKm2, 1)}</td>
                <td className="num">{formatNumber(lang, row.sites)}</td>
                {leads && (
                  <td className="num" data-testid="ranked-covering">
                    {coveringCell(leads.get(row.id), lang)}
                  </td>
                )}
                {leads && (
                  <td data-testid="ranked-lead" title={leadTitle(leads.get(row.id))}>
                    {leadCell(leads.get(row.id), lang)}
                  </td>
                )}
              </tr>
            );
          })}
          {end < sorted.length && (
            <tr aria-hidden="true" className="spacer" style={{ height: (sorted.length - end) * view.rowPx }} />
          )}
        </tbody>
      </table>
    </div>
  );
}
