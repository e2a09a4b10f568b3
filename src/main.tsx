import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { App } from './ui/App.js';
import { createAppStore } from './state/store.js';
import { StoreContext } from './state/use-app-store.js';
import { httpDataSource } from './data/load-layers.js';
import { parseUrlState } from './state/url-state.js';
import { startPersistence } from './state/persistence.js';

const store = createAppStore();
// A shared link wins over the saved preferences.
const fromUrl = parseUrlState(location.hash);
store.getState().setChoropleth({
  ...(fromUrl.level ? { level: fromUrl.level } : {}),
  ...(fromUrl.tech ? { choroTech: fromUrl.tech } : {}),
  ...(fromUrl.op ? { choroOp: fromUrl.op } : {}),
  ...(fromUrl.basis ? { basis: fromUrl.basis } : {}),
});
if (fromUrl.lang) store.getState().setLang(fromUrl.lang);
// The plan and imported data, kept in the browser's IndexedDB (restored before the map needs them).
const persistence = startPersistence(store);
const data = httpDataSource(new URL('data/', document.baseURI));
/** Optional remote basemap for deployments with internet: `VITE_BASEMAP_STYLE_URL` at build time. */
const basemapStyleUrl = (import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined) || null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App data={data} basemapStyleUrl={basemapStyleUrl} persistence={persistence} />
    </StoreContext.Provider>
  </StrictMode>,
);
