/** Entry of the static public map (`npm run build:public`). `?embed=1` shows the map and legend only. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './public.css';
import { PublicApp } from './PublicApp.js';
import { takeFirstView } from './FirstViewSlot.js';

const embed = new URLSearchParams(location.search).get('embed') === '1';
/** Optional remote basemap for deployments with internet: `VITE_BASEMAP_STYLE_URL` at build time (the CSP allows its origin). */
const basemapStyleUrl = (import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined) || null;

const root = document.getElementById('root')!;
// The build-time first view (static HTML in #root) hands its map picture and targets to the page.
const firstView = takeFirstView(root);

createRoot(root).render(
  <StrictMode>
    <PublicApp
      dataUrl={new URL('data/', document.baseURI).href}
      embed={embed}
      basemapStyleUrl={basemapStyleUrl}
      firstView={firstView}
    />
  </StrictMode>,
);
