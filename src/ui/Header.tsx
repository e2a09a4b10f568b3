import { useMemo, useState, useSyncExternalStore } from 'react';
import { SearchBox } from './SearchBox.js';
import { buildSearchIndex } from './search.js';
import { useActions, useAppStore } from '../state/use-app-store.js';
import { translator, type MessageKey } from './i18n.js';
import { AttributionDialog } from './AttributionDialog.js';
import type { SearchEntry } from '../domain/places.js';
import type { Lang } from '../domain/lang.js';
import { useSession } from './session-context.js';
import type { NamedLinesState } from '../session/named-lines.js';

const NO_LINES: NamedLinesState = { entries: [], picked: null, imports: [], importing: null };
const noSubscribe = () => () => {};

export function Header({ onPick }: { onPick: (e: SearchEntry) => void }) {
  const lang = useAppStore((s) => s.lang);
  const places = useAppStore((s) => s.places);
  const index = useMemo(() => buildSearchIndex(places), [places]);
  const { langChosen } = useActions();
  const session = useSession();
  const named = session?.lines;
  const { entries } = useSyncExternalStore(named?.subscribe ?? noSubscribe, named?.getSnapshot ?? (() => NO_LINES));
  const [showSources, setShowSources] = useState(false);
  const t = translator(lang);
  return (
    <header className="header">
      <div className="titles">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      <div className="header-actions">
        <SearchBox
          index={index}
          lang={lang}
          onPick={onPick}
          levelLabel={(l) => t(l === 'zone' ? 'layer.zones' : (`level.${l}` as MessageKey))}
          lines={entries}
          onPickLine={named ? (line) => named.pick(line) : undefined}
          onFirstQuery={named ? () => void named.load() : undefined}
        />
        <a className="link-button" href="huong-dan/" target="_blank" rel="noopener" data-testid="guide-link">
          {t('guide')}
        </a>
        <button
          type="button"
          className="link-button"
          onClick={() => setShowSources(true)}
          data-testid="attribution-open"
        >
          {t('attribution')}
        </button>
        <label>
          <span className="visually-hidden">{t('language')}</span>
          <select
            data-testid="lang-switch"
            value={lang}
            onChange={(e) => langChosen(e.target.value as Lang)}
            aria-label={t('language')}
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {showSources && <AttributionDialog onClose={() => setShowSources(false)} />}
    </header>
  );
}
