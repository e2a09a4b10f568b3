import path from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/public/csp.js';
import { renderFirstView, type FirstViewData } from './src/public/FirstView.js';

/** The static public map: `src/public/index.html`, built to `dist-public/` by `npm run build:public`. */
const basemap = process.env.VITE_BASEMAP_STYLE_URL || null;

/** The name of MapLibre GL's chunk (`assets/maplibre-gl-<hash>.js`), apart from the page's own code. */
export const MAPLIBRE_CHUNK = 'maplibre-gl';

/** Puts the Content-Security-Policy into the page (own origin only, plus the optional basemap's). */
function csp(): Plugin {
  return {
    name: 'public-csp',
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- CSP -->',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(basemap)}" />`,
      ),
  };
}

/** Renders the build-time first view into `#root` (nothing without data: a bare `vite build` of the config). */
function firstView(data: FirstViewData | null): Plugin {
  return {
    name: 'public-first-view',
    transformIndexHtml: (html) => html.replace('<!-- FIRST-VIEW -->', data ? renderFirstView(data) : ''),
  };
}

/**
 * The public page's build; `firstViewData` (the 2025 units and zones with their figures, and the summary) is
 * rendered into the HTML as the first view. `scripts/build-public.ts` passes it.
 */
export function publicConfig(firstViewData: FirstViewData | null): UserConfig {
  const root = path.join(import.meta.dirname, 'src/public');
  return {
    root,
    base: './',
    publicDir: false,
    plugins: [react(), csp(), firstView(firstViewData)],
    // Preact's React compatibility layer instead of React DOM: the same components, some 50 KiB gzip less
    // JavaScript for the public page (the planner's app keeps React).
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
      ],
    },
    build: {
      // `PUBLIC_OUT_DIR`: the same override as scripts/build-public.ts, for parallel builds.
      outDir: path.resolve(process.env['PUBLIC_OUT_DIR'] ?? path.join(import.meta.dirname, 'dist-public')),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      // No inline script or style may reach the page (the CSP allows none).
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // MapLibre in a chunk of its own, so its size and the page's own code are measured apart (budgets.ts).
        output: {
          codeSplitting: {
            groups: [{ name: MAPLIBRE_CHUNK, test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ }],
          },
        },
      },
    },
  };
}

export default defineConfig(publicConfig(null));
