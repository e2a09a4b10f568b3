/**
 * The first view's choropleth as inline SVG, drawn at build time: into the public map's `index.html`
 * (`src/public/FirstView.tsx`) and into the planner's, as the picture shown while its map loads
 * (`scripts/planner/first-view.ts`, `FirstViewPicture.tsx`). Framed like the map's start view
 * (`map/first-view-geometry.ts`), names placed by `map/first-view-labels.ts`.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Lang } from '../domain/lang.js';
import { CHOROPLETH_COLORS, CHOROPLETH_OPACITY, NO_DATA_COLOR, choroplethClass } from '../map/choropleth.js';
import { BASE_COLORS, ZONE_TARGET_COLORS } from '../map/palette.js';
import { geometryPath, type FirstViewFrame } from '../map/first-view-geometry.js';
import { DEFAULT_FIRST_VIEW_LABEL_OPTIONS, firstViewLabels } from '../map/first-view-labels.js';
import { formatNumber, translator } from './i18n.js';

const TEXT = {
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
  return `${name}: ${typeof v === 'number' ? `${formatNumber(lang, v, 1)} %` : translator(lang)('noData')}`;
}

type MapProps = {
  units: FeatureCollection;
  zones: FeatureCollection;
  prop: string;
  lang: Lang;
  frame: FirstViewFrame;
  /** Tooltips on the paths (false for a picture under no pointer, as the planner's while its map loads). */
  titles?: boolean;
};

/**
 * The choropleth as inline SVG in the frame's user units: a background as the map's, the units by class at the
 * map's opacity with their outlines, then the zones by pass / fail. Every path has a `<title>` (a tooltip with
 * JavaScript off); a unit's path carries its code (`data-code`); the units' names on top. A group, not an image: an
 * image's content is hidden from screen readers, and the names and titles are what they can read of the map.
 */
export function FirstViewSvg({ units, zones, prop, lang, frame, titles = true }: MapProps) {
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
                {titles && <title>{areaTitle(f, prop, lang)}</title>}
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
              {titles && (
                <title>{`${String(f.properties?.name ?? '')}: ${TEXT[pass ? 'zonePass' : 'zoneFail'][lang]}`}</title>
              )}
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
