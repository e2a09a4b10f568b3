/**
 * Place search box: the WAI-ARIA 1.2 combobox pattern with a listbox popup and manual selection
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/).
 * ↓/↑ move through the options (wrapping), Enter picks the highlighted one, Escape closes the list
 * (or, when it is already closed, clears the text). Names are rendered as text, never as HTML.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { translator } from './i18n.js';
import { search, type SearchIndex } from './search.js';
import type { Lang } from '../domain/lang.js';
import type { SearchEntry, PlaceLevel } from '../domain/places.js';

export type SearchBoxProps = {
  index: SearchIndex;
  lang: Lang;
  /** Called with the entry the user chose (Enter on the highlighted option, or a click). */
  onPick: (e: SearchEntry) => void;
  /** Interface label of a level, e.g. "Xã, phường (từ 2025)". */
  levelLabel: (level: PlaceLevel) => string;
};

/** The name shown for an entry: Vietnamese full name ("Phường Hoàn Kiếm") or English name ("Hoan Kiem Ward"). */
function displayName(e: SearchEntry, lang: Lang): string {
  return lang === 'en' ? e.nameEn : e.fullName;
}

/** Search box over areas and zones; see the module comment for the keys. */
export function SearchBox({ index, lang, onPick, levelLabel }: SearchBoxProps) {
  const t = translator(lang);
  const id = useId();
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);

  const results = useMemo(() => search(index, query), [index, query]);
  const expanded = open && results.length > 0;
  const activeIndex = expanded && active < results.length ? active : -1;

  useEffect(() => {
    if (activeIndex < 0) return;
    const el = listRef.current?.children[activeIndex];
    // jsdom has no scrollIntoView.
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  function pick(e: SearchEntry) {
    setQuery(displayName(e, lang));
    setOpen(false);
    setActive(-1);
    onPick(e);
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
          results.map((e, i) => (
            <li
              key={`${e.level}:${e.id}`}
              id={optionId(i)}
              role="option"
              data-testid="search-option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'search-option active' : 'search-option'}
              // Keep the focus in the input, so that the click does not blur (and close) the list first.
              onMouseDown={(ev) => ev.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => pick(e)}
            >
              <span className="search-option-name">{displayName(e, lang)}</span>
              <span className="search-option-level">{levelLabel(e.level)}</span>
              {e.context !== null && <span className="search-option-context">{e.context}</span>}
            </li>
          ))}
      </ul>
      <div role="status" aria-live="polite" className={showNoResults ? 'search-status' : 'visually-hidden'}>
        {showNoResults ? t('search.noResults') : expanded ? `${results.length} ${t('search.results')}` : ''}
      </div>
    </div>
  );
}
