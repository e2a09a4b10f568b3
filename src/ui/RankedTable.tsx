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
 * Keys on a row: ArrowUp/ArrowDown move by one row, Home/End to the first/last row, Enter/Space select.
 */
import { useState, type KeyboardEvent } from 'react';
import { formatNumber, translator, type Lang, type MessageKey } from './i18n.js';
import { DEFAULT_SORT_DIR, displayName, sortRows, type SortDir, type SortKey, type TableRow } from './ranking.js';

export type RankedTableProps = {
  rows: TableRow[];
  lang: Lang;
  /** Id of the selected area, or null. */
  selectedId: string | null;
  /** Called when a row is clicked or chosen with Enter/Space. */
  onSelect(row: TableRow): void;
  /** Says what the table ranks (level, technology, operator, basis); read first by screen readers. */
  caption: string;
};

type Column = { key: SortKey | 'sites'; label: MessageKey; numeric: boolean };

const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'ranking.name', numeric: false },
  { key: 'percent', label: 'ranking.percent', numeric: true },
  { key: 'uncoveredPopulation', label: 'ranking.uncoveredPopulation', numeric: true },
  { key: 'areaKm2', label: 'ranking.areaKm2', numeric: true },
  { key: 'sites', label: 'ranking.sites', numeric: true },
];

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Width of the percent bar, em. */
const BAR_WIDTH_EM = 4;

/** The ranked table; sorted by covered percent, ascending (worst first), until a header is chosen. */
export function RankedTable({ rows, lang, selectedId, onSelect, caption }: RankedTableProps) {
  const t = translator(lang);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'percent', dir: 'asc' });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const sorted = sortRows(rows, sort.key, sort.dir, lang);
  const has = (id: string | null) => id !== null && sorted.some((r) => r.id === id);
  const tabbableId = has(focusedId) ? focusedId : has(selectedId) ? selectedId : (sorted[0]?.id ?? null);

  const chooseColumn = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: DEFAULT_SORT_DIR[key] }));

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: TableRow) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault(); // Space would scroll the page
      onSelect(row);
      return;
    }
    const last = sorted.length - 1;
    const target = { ArrowDown: Math.min(index + 1, last), ArrowUp: Math.max(index - 1, 0), Home: 0, End: last }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    // Focus moves through the DOM; onFocus then makes the new row the tabbable one.
    const next = e.currentTarget.parentElement?.children[target];
    if (next instanceof HTMLElement) next.focus();
  };

  return (
    <table className="ranked-table" role="grid" data-testid="ranked-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => {
            if (c.key === 'sites') return <th key={c.key} scope="col" className="num">{t(c.label)}</th>;
            const key = c.key;
            return (
              <th key={key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort.key === key ? ARIA_SORT[sort.dir] : 'none'}>
                <button type="button" onClick={() => chooseColumn(key)}>{t(c.label)}</button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row, i) => {
          const selected = row.id === selectedId;
          const pct = Math.min(100, Math.max(0, row.percent));
          return (
            <tr
              key={row.id}
              data-testid="ranked-row"
              data-id={row.id}
              tabIndex={row.id === tabbableId ? 0 : -1}
              aria-selected={selected}
              className={selected ? 'selected' : undefined}
              onClick={() => onSelect(row)}
              onFocus={() => setFocusedId(row.id)}
              onKeyDown={(e) => onRowKeyDown(e, i, row)}
            >
              <th scope="row">{displayName(row, lang)}</th>
              <td className="num">
                {formatNumber(lang, row.percent, 1)} %{' '}
                <span className="bar" aria-hidden="true" style={{ display: 'inline-block', width: `${BAR_WIDTH_EM}em`, height: '0.5em', background: '#ddd', verticalAlign: 'middle' }}>
                  <span style={{ display: 'block', width: `${pct}%`, height: '100%', background: 'currentColor' }} />
                </span>
              </td>
              <td className="num">{formatNumber(lang, Math.round(row.uncoveredPopulation))}</td>
              <td className="num">{formatNumber(lang, row.areaKm2, 2)}</td>
              <td className="num">{formatNumber(lang, row.sites)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
