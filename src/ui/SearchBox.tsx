/**
 * Place search box: the WAI-ARIA 1.2 combobox pattern with a listbox popup and manual selection
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/).
 * ↓/↑ move through the options (wrapping), Enter picks the highlighted one, Escape closes the list
 * (or, when it is already closed, clears the text). Names are rendered as text, never as HTML.
 *
 * Besides places it finds points for "Có 5G ở đây không?" (search-point.ts): coordinates (first, when the text is
 * coordinates; their error in the status line when they cannot be read) and street names (after the places). A
 * point picked goes to `onPickPoint`, else to the app's store (`pointAsked`) when there is one. The point search is
 * loaded on the first text typed (it brings proj4 for VN-2000), so the points join the list a moment later.
 */
import { useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { search, type SearchIndex } from './search.js';
import type { PointOption, searchPoints } from './search-point.js';
import { StoreContext } from '../state/use-app-store.js';
import type { Lang } from '../domain/lang.js';
import type { LngLat } from '../domain/geo.js';
import type { SearchEntry, PlaceLevel } from '../domain/places.js';
import type { StreetEntry } from '../data/point-streets.js';
import { matchNamedLines } from '../domain/named-line.js';
import type { NamedLineEntry } from '../worker/named-lines-handler.js';
import { linesText } from './messages/lines.js';

export type SearchBoxProps = {
  index: SearchIndex;
  lang: Lang;
  /** Called with the entry the user chose (Enter on the highlighted option, or a click). */
  onPick: (e: SearchEntry) => void;
  /** Interface label of a level, e.g. "Xã, phường (từ 2025)". */
  levelLabel: (level: PlaceLevel) => string;
  /** Called with a point picked (coordinates or a street, `[lng, lat]` degrees); default: the store's `pointAsked`. */
  onPickPoint?: (lngLat: LngLat, label: string) => void;
  /** Street names to find; default: the store's (`pointStreets`), none without a store. */
  streets?: readonly StreetEntry[];
  /** Named roads, railways and metro lines to find (after the places), and what picking one does. */
  lines?: readonly NamedLineEntry[];
  onPickLine?: ((line: NamedLineEntry) => void) | undefined;
  /** Called on the first text typed (the named lines are asked for then). */
  onFirstQuery?: (() => void) | undefined;
};

/** Named lines shown at most in the list. */
const MAX_LINE_OPTIONS = 6;

type PointSearchModule = { searchPoints: typeof searchPoints };

/** One option of the list: a place, a named line or a point. */
type Option = { kind: 'place'; entry: SearchEntry } | { kind: 'line'; line: NamedLineEntry } | PointOption;

type StreetsState = { pointStreets: readonly StreetEntry[] };
/** Stands in for the app's store where there is none (the public map, tests): no streets, no point action. */
const NO_STORE = createStore<StreetsState>()(() => ({ pointStreets: [] }));

/** What a zone's context (its category code, `hospital`) shows as: the category's name, else the code. */
function contextLabel(e: SearchEntry, t: (k: MessageKey) => string): string | null {
  if (e.context === null || e.level !== 'zone') return e.context;
  return t(`zone.${e.context}` as MessageKey) ?? e.context;
}

/** The name shown for an entry: Vietnamese full name ("Phường Hoàn Kiếm") or English name ("Hoan Kiem Ward"). */
function displayName(e: SearchEntry, lang: Lang): string {
  return lang === 'en' ? e.nameEn : e.fullName;
}

/** Search box over areas and zones; see the module comment for the keys. */
export function SearchBox(props: SearchBoxProps) {
  const { index, lang, onPick, levelLabel, onPickPoint, streets, lines = [], onPickLine, onFirstQuery } = props;
  const t = translator(lang);
  const l = linesText(lang);
  const id = useId();
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);

  const app = useContext(StoreContext);
  const storeStreets = useStore((app ?? NO_STORE) as StoreApi<StreetsState>, (s) => s.pointStreets);
  const pickPoint =
    onPickPoint ?? (app ? (p: LngLat, label: string) => app.getState().pointAsked(p, 'search', label) : null);
  const canPickPoint = pickPoint !== null;
  const pointStreets = streets ?? storeStreets;
  // The point search reads VN-2000 through proj4: loaded on the first text typed, off the page's first load.
  const [pointSearch, setPointSearch] = useState<PointSearchModule | null>(null);
  const wantsPoints = canPickPoint && query.trim() !== '';
  const typed = query.trim() !== '';
  useEffect(() => {
    if (typed) onFirstQuery?.();
  }, [typed, onFirstQuery]);
  useEffect(() => {
    if (wantsPoints && !pointSearch) void import('./search-point.js').then((m) => setPointSearch(m));
  }, [wantsPoints, pointSearch]);
  const points = useMemo(
    () => (canPickPoint && pointSearch ? pointSearch.searchPoints(query, pointStreets) : { options: [], error: null }),
    [query, pointStreets, canPickPoint, pointSearch],
  );
  const results = useMemo((): Option[] => {
    const places = search(index, query).map((entry): Option => ({ kind: 'place', entry }));
    const coords = points.options.filter((o) => o.kind === 'coordinates');
    const found = onPickLine ? matchNamedLines(lines, query, MAX_LINE_OPTIONS) : [];
    const named = found.map((line): Option => ({ kind: 'line', line }));
    return [...coords, ...places, ...named, ...points.options.filter((o) => o.kind === 'street')];
  }, [index, query, points, lines, onPickLine]);
  const expanded = open && results.length > 0;
  const activeIndex = expanded && active < results.length ? active : -1;

  useEffect(() => {
    if (activeIndex < 0) return;
    const el = listRef.current?.children[activeIndex];
    // jsdom has no scrollIntoView.
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  function pick(o: Option) {
    setQuery(o.kind === 'place' ? displayName(o.entry, lang) : o.kind === 'line' ? o.line.name : o.label);
    setOpen(false);
    setActive(-1);
    if (o.kind === 'place') onPick(o.entry);
    else if (o.kind === 'line') onPickLine?.(o.line);
    else pickPoint?.(o.lngLat, o.label);
  }

  function move(step: 1 | -1) {
    if (!expanded) {
      setOpen(true);
      setActive(step === 1 ? 0 : results.length - 1);
      return;
    }
    const n = results.length;
    setActive(activeIndex < 0 ? (step === 1 ? 0 : n - 1) : (activeIndex + step + n) % n);
  }

  function onKeyDown(ev: KeyboardEvent<HTMLInputElement>) {
    switch (ev.key) {
      case 'ArrowDown':
        ev.preventDefault();
        if (ev.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        ev.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        const e = activeIndex >= 0 ? results[activeIndex] : undefined;
        if (e) {
          ev.preventDefault();
          pick(e);
        }
        break;
      }
      case 'Escape':
        ev.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
    }
  }

  const showNoResults = open && query.trim() !== '' && results.length === 0;
  const status = showNoResults ? (points.error ? points.error[lang] : t('search.noResults')) : null;

  return (
    <div className="search-box" data-testid="search-box">
      <input
        type="text"
        role="combobox"
        data-testid="search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(ev) => {
          setQuery(ev.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={t('search.label')}
        hidden={!expanded}
        className="search-options"
      >
        {expanded &&
          results.map((o, i) => (
            <li
              key={
                o.kind === 'place'
                  ? `${o.entry.level}:${o.entry.id}`
                  : o.kind === 'line'
                    ? o.line.id
                    : `${o.kind}:${o.label}`
              }
              id={optionId(i)}
              role="option"
              data-testid="search-option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'search-option active' : 'search-option'}
              // Keep the focus in the input, so that the click does not blur (and close) the list first.
              onMouseDown={(ev) => ev.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => pick(o)}
            >
              {o.kind === 'place' ? (
                <>
                  <span className="search-option-name">{displayName(o.entry, lang)}</span>
                  <span className="search-option-level">{levelLabel(o.entry.level)}</span>
                  {o.entry.context !== null && (
                    <span className="search-option-context">{contextLabel(o.entry, t)}</span>
                  )}
                </>
              ) : o.kind === 'line' ? (
                <>
                  <span className="search-option-name">{o.line.name}</span>
                  <span className="search-option-level">{l(`line.kind.${o.line.kind}`)}</span>
                  <span className="search-option-context">{formatNumber(lang, o.line.km, 1)} km</span>
                </>
              ) : (
                <>
                  <span className="search-option-name">{o.label}</span>
                  <span className="search-option-level">
                    {t(o.kind === 'coordinates' ? 'point.searchCoordinates' : 'point.searchStreet')}
                  </span>
                  {o.kind === 'coordinates' && <span className="search-option-context">{o.note[lang]}</span>}
                </>
              )}
            </li>
          ))}
      </ul>
      <div role="status" aria-live="polite" className={status !== null ? 'search-status' : 'visually-hidden'}>
        {status ?? (expanded ? `${results.length} ${t('search.results')}` : '')}
      </div>
    </div>
  );
}
