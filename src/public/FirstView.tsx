/**
 * The public map's first view, rendered at build time into `index.html` (`renderFirstView`, called by the
 * public Vite config): the page's header, the 2025 units as an inline SVG choropleth of the default indicator
 * (5G, any operator, share of the area; the map's classes and colours, framed like the map's first view), the
 * priority zones by pass / fail, the legend, the plan's targets, the data's date and the attribution. It paints
 * with the HTML, before any script, and stays readable with JavaScript off; the page swaps it for the interactive
 * map once that is drawn (`FirstViewSlot.tsx`). No inline style or script: the CSP allows none.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { Feature, FeatureCollection } from 'geojson';
import type { Lang } from '../domain/lang.js';
import { resultProperty, type PublicSummary } from '../domain/public-data.js';
import { CHOROPLETH_COLORS, CHOROPLETH_OPACITY, NO_DATA_COLOR, choroplethClass } from '../map/choropleth.js';
import { BASE_COLORS, ZONE_TARGET_COLORS } from '../map/palette.js';
import { HANOI_FIT_BOUNDS } from '../map/style.js';
import { translator } from '../ui/i18n.js';
import { formatDate } from '../ui/locale-format.js';
import { frameOf, geometryPath, type FirstViewFrame } from './first-view-geometry.js';
import { DEFAULT_FIRST_VIEW_LABEL_OPTIONS, firstViewLabels } from './first-view-labels.js';
import { PublicLegend } from './PublicChoropleth.js';
import { Targets } from './PublicTargets.js';
import { PUBLIC_ATTRIBUTION, PUBLIC_DEFAULTS, percentText } from './public-view.js';

/** What the build hands over: the 2025 units and the zones with their result properties, and `summary.json`. */
export type FirstViewData = { units: FeatureCollection; zones: FeatureCollection; summary: PublicSummary };

const TEXT = {
  noScript: {
    vi: 'Đây là ảnh tĩnh của bản đồ lúc mở trang. Bật JavaScript để dùng bản đồ tương tác, tìm kiếm và bảng số liệu.',
    en: 'This is a still picture of the opening view. Turn JavaScript on for the interactive map, search and the table.',
  },
  dataOf: { vi: 'Số liệu tính ngày', en: 'Figures as of' },
  zonePass: { vi: 'đạt 100 % 5G', en: 'meets 100 % 5G' },
  zoneFail: { vi: 'chưa đạt 100 % 5G', en: 'does not meet 100 % 5G' },
} as const;

/** One class group of the choropleth: its key (`c0`…`c6` or `nodata`), fill colour and the areas in it. */
type ClassGroup = { key: string; color: string; features: Feature[] };

/**
 * The units grouped by the class of property `prop` (percent 0–100; the map's `choroplethClass`), lowest class
 * first, "no data" last (a value that is not a number, as the map's `choroplethPropertyFill`).
 */
export function classGroups(units: FeatureCollection, prop: string): ClassGroup[] {
  const groups: ClassGroup[] = [
    ...CHOROPLETH_COLORS.map((color, i) => ({ key: `c${i}`, color, features: [] as Feature[] })),
    { key: 'nodata', color: NO_DATA_COLOR, features: [] },
  ];
  for (const f of units.features) {
    const v = f.properties?.[prop];
    groups[typeof v === 'number' ? choroplethClass(v) : groups.length - 1]!.features.push(f);
  }
  return groups.filter((g) => g.features.length > 0);
}

/** An area's tooltip: its full name and its figure (`Phường Hoàn Kiếm: 87,3 %`, or "no data"). */
function areaTitle(f: Feature, prop: string, lang: Lang): string {
  const p = f.properties ?? {};
  const v = p[prop];
  const name = String(p.fullName ?? p.name ?? '');
  return `${name}: ${typeof v === 'number' ? percentText(lang, v) : translator(lang)('noData')}`;
}

type MapProps = { units: FeatureCollection; zones: FeatureCollection; prop: string; lang: Lang; frame: FirstViewFrame };

/**
 * The choropleth as inline SVG in the frame's user units: a background as the map's, the units by class at the
 * map's opacity with their outlines, then the zones by pass / fail. Every path has a `<title>` (a tooltip with
 * JavaScript off); a unit's path carries its code (`data-code`); the units' names on top. A group, not an image: an
 * image's content is hidden from screen readers, and the names and titles are what they can read of the map.
 */
export function FirstViewSvg({ units, zones, prop, lang, frame }: MapProps) {
  const { width: w, height: h } = frame;
  const vw = Math.round(w * 10) / 10;
  return (
    <svg
      className="pub-first-view-svg"
      viewBox={`0 0 ${vw} ${h}`}
      role="group"
      aria-label={translator(lang)('pub.mapLabel')}
      data-testid="first-view-svg"
    >
      <rect x={-2 * vw} y={-2 * h} width={5 * vw} height={5 * h} fill={BASE_COLORS.background} />
      <g stroke={BASE_COLORS.unitLine} strokeWidth="1.6" fillRule="evenodd" fillOpacity={CHOROPLETH_OPACITY}>
        {classGroups(units, prop).map((g) => (
          <g key={g.key} className={`fv-${g.key}`} fill={g.color}>
            {g.features.map((f) => (
              <path
                key={String(f.properties?.code)}
                data-code={String(f.properties?.code)}
                d={geometryPath(f.geometry, frame)}
              >
                <title>{areaTitle(f, prop, lang)}</title>
              </path>
            ))}
          </g>
        ))}
      </g>
      <g className="fv-zones" stroke="#333333" strokeWidth="1.6" fillOpacity="0.6">
        {zones.features.map((f) => {
          const pass = f.properties?.pass === true;
          const d = geometryPath(f.geometry, frame);
          return d ? (
            <path key={String(f.properties?.id)} d={d} fill={ZONE_TARGET_COLORS[pass ? 'pass' : 'fail']}>
              <title>{`${String(f.properties?.name ?? '')}: ${TEXT[pass ? 'zonePass' : 'zoneFail'][lang]}`}</title>
            </path>
          ) : null;
        })}
      </g>
      <FirstViewLabels units={units} frame={{ ...frame, width: vw }} />
    </svg>
  );
}

/**
 * The units' names over the choropleth (`first-view-labels.ts`): real `<text>`, so they can be read aloud,
 * selected and indexed, dark on a white halo drawn under the letters (`paint-order: stroke`) to read on every
 * class colour. The font is the page's Noto Sans, else the system's sans-serif: nothing is fetched. A name that
 * has no room when the picture is shown small has class `fv-w` (`public.css` hides it there and enlarges the rest).
 */
function FirstViewLabels({ units, frame }: { units: FeatureCollection; frame: FirstViewFrame }) {
  return (
    <g
      className="fv-labels"
      fontFamily="Noto Sans, sans-serif"
      fontSize={DEFAULT_FIRST_VIEW_LABEL_OPTIONS.fontSize}
      fontWeight="700"
      textAnchor="middle"
      dominantBaseline="central"
      fill={BASE_COLORS.label}
      stroke={BASE_COLORS.halo}
      strokeWidth="0.2em"
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {firstViewLabels(units, frame).map((l) => (
        <text key={l.id} x={Math.round(l.x)} y={Math.round(l.y)} className={l.small ? undefined : 'fv-w'}>
          {l.name}
        </text>
      ))}
    </g>
  );
}

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
