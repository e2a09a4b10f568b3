import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/public/csp.js';

/** The static public map: `src/public/index.html`, built to `dist-public/` by `npm run build:public`. */
const basemap = process.env.VITE_BASEMAP_STYLE_URL || null;

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

export default defineConfig({
  root: 'src/public',
  base: './',
  publicDir: false,
  plugins: [react(), csp()],
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
    outDir: '../../dist-public',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // No inline script or style may reach the page (the CSP allows none).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
