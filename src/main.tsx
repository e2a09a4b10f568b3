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
import { Session } from './session/session.js';

const store = createAppStore();
// A shared link wins over the saved preferences.
const fromUrl = parseUrlState(location.hash);
store.getState().linkOpened(fromUrl);
if (fromUrl.lang) store.getState().langChosen(fromUrl.lang);
if (fromUrl.params) store.getState().paramsChosen(fromUrl.params);
// The plan and the indicator files, kept in the browser's IndexedDB (imported files are kept by the worker).
void startPersistence(store);
const dataBaseUrl = new URL('data/', document.baseURI);
// The session loads the data and runs the analysis in a worker; the map and the panels reach it by context.
const session = new Session({ store, data: httpDataSource(dataBaseUrl), dataBaseUrl: dataBaseUrl.href });
(window as unknown as { hanoiSession?: Session }).hanoiSession = session;
/** Optional remote basemap for deployments with internet: `VITE_BASEMAP_STYLE_URL` at build time. */
const basemapStyleUrl = (import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined) || null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App session={session} basemapStyleUrl={basemapStyleUrl} />
    </StoreContext.Provider>
  </StrictMode>,
);
