import { useState } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { translator, type Lang } from './i18n.js';
import { AttributionDialog } from './AttributionDialog.js';

export function Header() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const [showSources, setShowSources] = useState(false);
  const t = translator(lang);
  return (
    <header className="header">
      <div className="titles">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      <div className="header-actions">
        <button type="button" className="link-button" onClick={() => setShowSources(true)} data-testid="attribution-open">
          {t('attribution')}
        </button>
        <label>
          <span className="visually-hidden">{t('language')}</span>
          <select data-testid="lang-switch" value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={t('language')}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {showSources && <AttributionDialog onClose={() => setShowSources(false)} />}
    </header>
  );
}
