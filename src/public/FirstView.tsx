/**
 * The public map's first view, rendered at build time into `index.html` (`renderFirstView`, called by the
 * public Vite config): the page's header, the 2025 units as an inline SVG choropleth of the default indicator
 * (5G, any operator, share of the area; the map's classes and colours, framed like the map's first view), the
 * priority zones by pass / fail, the legend, the plan's targets, the data's date and the attribution. It paints
 * with the HTML, before any script, and stays readable with JavaScript off; the page swaps it for the interactive
 * map once that is drawn (`FirstViewSlot.tsx`). No inline style or script: the CSP allows none.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../domain/lang.js';
import { resultProperty, type PublicSummary } from '../domain/public-data.js';
import { HANOI_FIT_BOUNDS } from '../map/style.js';
import { frameOf } from '../map/first-view-geometry.js';
import { translator } from '../ui/i18n.js';
import { formatDate } from '../ui/locale-format.js';
import { FirstViewSvg } from '../ui/FirstViewSvg.js';
import { PublicLegend } from './PublicChoropleth.js';
import { Targets } from './PublicTargets.js';
import { PUBLIC_ATTRIBUTION, PUBLIC_DEFAULTS } from './public-view.js';

/** What the build hands over: the 2025 units and the zones with their result properties, and `summary.json`. */
export type FirstViewData = { units: FeatureCollection; zones: FeatureCollection; summary: PublicSummary };

const TEXT = {
  noScript: {
    vi: 'Đây là ảnh tĩnh của bản đồ lúc mở trang. Bật JavaScript để dùng bản đồ tương tác, tìm kiếm và bảng số liệu.',
    en: 'This is a still picture of the opening view. Turn JavaScript on for the interactive map, search and the table.',
  },
  dataOf: { vi: 'Số liệu tính ngày', en: 'Figures as of' },
} as const;

/** The static page: the same classes and structure as `PublicApp`, without the parts that need a script. */
export function FirstViewPage({ data, lang }: { data: FirstViewData; lang: Lang }) {
  const t = translator(lang);
  const { tech, op, basis } = PUBLIC_DEFAULTS;
  const prop = resultProperty(tech, op, basis);
  const frame = frameOf(HANOI_FIT_BOUNDS);
  return (
    <div className="pub" lang={lang}>
      <header className="pub-header">
        <div>
          <h1>{t('pub.title')}</h1>
          <p className="subtitle">{t('pub.subtitle')}</p>
        </div>
      </header>
      <div className="pub-body">
        <main className="pub-main">
          <div className="pub-first-view" data-testid="first-view">
            <FirstViewSvg units={data.units} zones={data.zones} prop={prop} lang={lang} frame={frame} />
            <p className="pub-first-view-credit" data-testid="first-view-credit">
              {TEXT.dataOf[lang]} {formatDate(data.summary.generatedAt.slice(0, 10), lang)} · {PUBLIC_ATTRIBUTION[lang]}
            </p>
          </div>
          <PublicLegend lang={lang} tech={tech} op={op} basis={basis} />
        </main>
        <aside className="pub-side" data-testid="pub-side">
          <noscript>
            <p className="status">{TEXT.noScript[lang]}</p>
          </noscript>
          <p className="status sample" data-testid="sample-banner">
            {t('sampleBanner')}
          </p>
          <Targets summary={data.summary} lang={lang} />
        </aside>
      </div>
    </div>
  );
}

/** The first view as HTML for `<div id="root">` (Vietnamese, the page's default language). */
export function renderFirstView(data: FirstViewData, lang: Lang = 'vi'): string {
  return renderToStaticMarkup(<FirstViewPage data={data} lang={lang} />);
}
