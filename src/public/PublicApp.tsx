/**
 * The public coverage map: the choropleth of the chosen level, outdoors or indoors, with its legend, place search,
 * the plan's targets and where the city stands (each figure with its vintage, source and "sample data" where it is),
 * the selected area's figures, and a text table of every area beside the map. `embed` shows the map and
 * legend only. Every text from data is rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../domain/errors.js';
import type { OpSet } from '../analysis/engine/types.js';
import { translator, type MessageKey } from '../ui/i18n.js';
import type { Lang } from '../domain/lang.js';
import { SearchBox } from '../ui/SearchBox.js';
import { buildSearchIndex } from '../ui/search.js';
import type { SearchEntry } from '../domain/places.js';
import { parseUrlState } from '../state/url-state.js';
import { PublicMap, type PublicLevel, type PublicOverlay } from './public-map.js';
import { resultProperty, type AreaRow, type AreasIndex, type PublicSummary } from '../domain/public-data.js';
import { levelResultProperty, rowAtLevel } from '../domain/public-level.js';
import { useIndoorValues } from './use-indoor-values.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { PUBLIC_DEFAULTS, PUBLIC_LEVEL, publicSearchEntries } from './public-view.js';
import { publicHash, shareSelection, viewOf, writePublicUrl, type PublicShare } from './public-url.js';
import { PublicControls, PublicLegend } from './PublicChoropleth.js';
import { AreaPanel, AreaTable, type PublicSelection } from './PublicAreaFigures.js';
import { Targets } from './PublicTargets.js';
import { PublicGroundReports } from './PublicGroundReports.js';
import { PublicSources } from './PublicSources.js';
import { FirstViewSlot, type FirstViewParts } from './FirstViewSlot.js';
import { PublicPointPanel, type AskedPoint } from './PublicPointPanel.js';
import type { LngLat } from '../domain/geo.js';
import { readJson, useStreets } from './use-streets.js';
import { partText } from '../ui/messages/part.js';
import { POINT_PUBLIC_MESSAGES } from '../ui/messages/point-public.js';

type Props = {
  /** Absolute URL of the folder holding `summary.json`, `areas.json` and the FlatGeobuf layers, ending in `/`. */
  dataUrl: string;
  /** Map and legend only (`?embed=1`). */
  embed: boolean;
  /** URL of a remote basemap style, or null for the style built from the shipped glyphs. */
  basemapStyleUrl: string | null;
  /** The build-time first view's map picture and targets, shown until the map is drawn and the summary is in. */
  firstView: FirstViewParts;
};

/** The public map page; its view, choices, language and selection live in the URL's hash, so a link shares them. */
export function PublicApp({ dataUrl, embed, basemapStyleUrl, firstView }: Props) {
  const initial = useMemo(() => parseUrlState(location.hash), []);
  const [lang, setLang] = useState<Lang>(initial.lang ?? 'vi');
  const [level, setLevel] = useState<PublicLevel>(
    (initial.level && PUBLIC_LEVEL[initial.level]) || PUBLIC_DEFAULTS.level,
  );
  const [tech, setTech] = useState<'4G' | '5G'>(initial.tech ?? PUBLIC_DEFAULTS.tech);
  const [op, setOp] = useState<OpSet>(initial.op ?? PUBLIC_DEFAULTS.op);
  const [basis, setBasis] = useState<'area' | 'population'>(initial.basis ?? PUBLIC_DEFAULTS.basis);
  const [cov, setCov] = useState<CoverageLevel>(initial.coverageLevel ?? PUBLIC_DEFAULTS.coverageLevel);
  const [mapReady, setMapReady] = useState(false);
  const [summary, setSummary] = useState<PublicSummary | null>(null);
  const [areas, setAreas] = useState<AreasIndex | null>(null);
  const [selected, setSelected] = useState<PublicSelection | null>(null);
  // The point asked ("Có 5G ở đây không?"): a click on the map or the link's `pt=`.
  const [point, setPoint] = useState<AskedPoint | null>(initial.point);
  const [error, setError] = useState<string | null>(null);
  const { streets, ask: askStreets } = useStreets(dataUrl, setError);
  const [drawnMap, setDrawnMap] = useState<PublicMap['map'] | null>(null);
  const [overlays, setOverlays] = useState<Record<PublicOverlay, boolean>>({
    'coverage-5g': false,
    'coverage-4g': false,
  });
  const mapEl = useRef<HTMLDivElement>(null);
  const mapRef = useRef<PublicMap | null>(null);
  // The choices the URL carries, read by the map's move-end handler (set from the link until the state is in).
  const shareRef = useRef<PublicShare>({
    level,
    tech,
    op,
    basis,
    coverageLevel: cov,
    lang,
    selection: initial.selection,
    point,
  });
  const t = translator(lang);
  const p = partText(POINT_PUBLIC_MESSAGES, lang);
  // The map colours by the level's own property; the table and panel read rows at the level under the outdoor names.
  const mapProp = levelResultProperty(tech, op, basis, cov);
  const prop = resultProperty(tech, op, basis);

  useEffect(() => {
    const fail = (what: string) => (e: unknown) => setError(`${what}: ${errorMessage(e)}`);
    readJson('summary.json', dataUrl).then(setSummary, fail('summary.json'));
    readJson('areas.json', dataUrl).then((idx: AreasIndex) => {
      setAreas(idx);
      // A shared link's selection, once the figures are in.
      const sel = initial.selection;
      if (!sel) return;
      const l = PUBLIC_LEVEL[sel.level];
      const row = (sel.level === 'zone' ? idx.zones : l ? idx[l] : []).find((r) => r.code === sel.id);
      if (row) setSelected({ kind: sel.level === 'zone' ? 'zone' : 'area', row });
    }, fail('areas.json'));
  }, [dataUrl, initial.selection]);

  useEffect(() => {
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const m = new PublicMap({
      container: mapEl.current!,
      dataUrl,
      baseUrl: document.baseURI,
      basemapStyleUrl,
      view: initial.view,
      lang: initial.lang ?? 'vi',
      reducedMotion,
      onSelect: () => {},
      onError: setError,
      onReady: () => {
        setMapReady(true);
        setDrawnMap(m.map);
      },
    });
    mapRef.current = m;
    (window as unknown as { hanoiMap?: unknown }).hanoiMap = m.map;
    // Every pan, zoom and fit (search picks included) rewrites the link's view.
    m.map.on('moveend', () => writePublicUrl(publicHash(viewOf(m.map), shareRef.current)));
    return () => m.destroy();
  }, [dataUrl, basemapStyleUrl, initial.view, initial.lang]);

  // Clicks on the map select the area (or zone) of the index, so the panel shows the same figures as the table.
  useEffect(() => {
    const m = mapRef.current;
    if (!m || !areas) return;
    const onClick = (e: { features?: { properties: Record<string, unknown> }[] }, kind: 'area' | 'zone') => {
      const key = String(e.features?.[0]?.properties[kind === 'zone' ? 'id' : 'code'] ?? '');
      const row = (kind === 'zone' ? areas.zones : areas[level]).find((r) => r.code === key);
      if (row) setSelected({ kind, row });
    };
    const a = (e: unknown) => onClick(e as never, 'area');
    const z = (e: unknown) => onClick(e as never, 'zone');
    m.map.on('click', 'areas-fill', a);
    m.map.on('click', 'zones-fill', z);
    return () => {
      m.map.off('click', 'areas-fill', a);
      m.map.off('click', 'zones-fill', z);
    };
  }, [areas, level]);

  const indoor = useIndoorValues(cov, dataUrl, setError);
  useEffect(() => void mapRef.current?.setIndoorValues(indoor), [indoor]);
  useEffect(() => void mapRef.current?.setColouring(mapProp), [mapProp]);
  useEffect(() => {
    for (const [o, v] of Object.entries(overlays)) void mapRef.current?.setOverlay(o as PublicOverlay, v);
  }, [overlays]);
  useEffect(() => void mapRef.current?.setLevel(level), [level]);
  useEffect(() => void mapRef.current?.setCoverageLevel(cov), [cov]);
  useEffect(() => mapRef.current?.setLanguage(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    // A link's selection stays in the URL until the areas index is in to resolve it.
    const selection = selected || areas ? shareSelection(level, selected) : initial.selection;
    shareRef.current = { level, tech, op, basis, coverageLevel: cov, lang, selection, point };
    const m = mapRef.current?.map;
    writePublicUrl(publicHash(m ? viewOf(m) : initial.view, shareRef.current));
  }, [lang, level, tech, op, basis, cov, selected, areas, initial.view, initial.selection, point]);

  const index = useMemo(() => buildSearchIndex(areas ? publicSearchEntries(areas) : []), [areas]);

  const askPoint = (lngLat: LngLat, label: string | null) => {
    setPoint({ lngLat, asOf: null, label });
    mapRef.current?.fitTo([lngLat[0] - 0.004, lngLat[1] - 0.004, lngLat[0] + 0.004, lngLat[1] + 0.004]);
  };
  const pick = (e: SearchEntry) => {
    if (!areas) return;
    const kind = e.level === 'zone' ? 'zone' : 'area';
    const l = PUBLIC_LEVEL[e.level];
    if (l) setLevel(l);
    const row = (kind === 'zone' ? areas.zones : areas[l ?? 'units']).find((r) => r.code === e.id);
    if (row) select(kind, row);
  };
  const select = (kind: 'area' | 'zone', row: AreaRow) => {
    setSelected({ kind, row });
    mapRef.current?.fitTo(row.bbox);
  };
  // The first view pictures the default choices (outdoors) at the start view, in Vietnamese: shown until the map is
  // drawn, and not at all once the view, a choice, the coverage level or the language differs from it.
  const d = PUBLIC_DEFAULTS;
  const pictured =
    !initial.view &&
    level === d.level &&
    tech === d.tech &&
    op === d.op &&
    basis === d.basis &&
    cov === d.coverageLevel;
  const firstMap = !mapReady && pictured && lang === 'vi' ? firstView.map : null;
  const firstTargets = lang === 'vi' ? firstView.targets : null;
  const atLevel = (row: AreaRow, list: keyof AreasIndex) => rowAtLevel(row, indoor?.[list] ?? null, cov);
  const rows = areas
    ? areas[level].map((r) => atLevel(r, level)).sort((a, b) => (a.values[prop] ?? -1) - (b.values[prop] ?? -1))
    : [];
  return (
    <div className={`pub${embed ? ' embed' : ''}`} lang={lang}>
      {!embed && (
        <header className="pub-header">
          <div>
            <h1>{t('pub.title')}</h1>
            <p className="subtitle">{t('pub.subtitle')}</p>
          </div>
          <SearchBox
            index={index}
            lang={lang}
            onPick={pick}
            onPickPoint={askPoint}
            streets={streets}
            onFirstQuery={askStreets}
            levelLabel={(l) => t(l === 'zone' ? 'layer.zones' : (`level.${l}` as MessageKey))}
          />
          <label className="lang">
            <span className="visually-hidden">{t('language')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-switch">
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
        </header>
      )}
      <div className="pub-body">
        <main className="pub-main">
          <div ref={mapEl} className="pub-map" data-testid="map" role="region" aria-label={t('pub.mapLabel')} />
          {firstMap && <FirstViewSlot node={firstMap} />}
          <PublicLegend lang={lang} tech={tech} op={op} basis={basis} coverageLevel={cov} />
          <PublicPointPanel {...{ dataUrl, lang, point }} map={drawnMap} onPoint={setPoint} coverageLevel={cov} />
        </main>
        {!embed && (
          <aside className="pub-side" data-testid="pub-side">
            {error && (
              <p className="status error" role="alert" data-testid="load-error">
                {p('pointPublic.loadError')} {error}
              </p>
            )}
            <p className="status sample" data-testid="sample-banner">
              {t('sampleBanner')}
            </p>
            {/* The visitors' own reports from the ground (#17.4); the point panel draws their markers. */}
            <PublicGroundReports lang={lang} onShow={(r) => askPoint([r.lng, r.lat], null)} />
            <PublicControls
              lang={lang}
              level={level}
              tech={tech}
              op={op}
              basis={basis}
              coverageLevel={cov}
              onCoverageLevel={setCov}
              overlays={overlays}
              onLevel={(l) => {
                setLevel(l);
                setSelected(null);
              }}
              onTech={setTech}
              onOp={setOp}
              onBasis={setBasis}
              onOverlays={setOverlays}
            />
            {summary ? (
              <Targets summary={summary} lang={lang} />
            ) : (
              firstTargets && <FirstViewSlot node={firstTargets} />
            )}
            {/* The panel reads the outdoor names: it is handed the chosen coverage level's figures under them. */}
            {selected && (
              <AreaPanel
                selected={{ ...selected, row: atLevel(selected.row, selected.kind === 'zone' ? 'zones' : level) }}
                level={level}
                lang={lang}
              />
            )}
            <AreaTable
              lang={lang}
              level={level}
              tech={tech}
              op={op}
              basis={basis}
              prop={prop}
              rows={rows}
              selectedCode={selected?.row.code ?? null}
              // The table's rows are at the coverage level: the selection keeps the index's own row.
              onSelect={(r) => select('area', areas?.[level].find((x) => x.code === r.code) ?? r)}
            />
            <PublicSources summary={summary} lang={lang} />
          </aside>
        )}
      </div>
    </div>
  );
}
