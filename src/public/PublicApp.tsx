/**
 * The public coverage map: the choropleth of the chosen level with its legend, place search, the plan's
 * targets and where the city stands (each figure with its vintage, source and "sample data" where it is),
 * the selected area's figures, and a text table of every area beside the map. `embed` shows the map and
 * legend only. Every text from data is rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { OPERATORS, OPERATOR_NAMES } from '../domain/telecom.js';
import { errorMessage } from '../domain/errors.js';
import type { OpSet } from '../analysis/engine/types.js';
import { CHOROPLETH_COLORS, classLabels } from '../map/choropleth.js';
import { formatNumber, translator, type MessageKey } from '../ui/i18n.js';
import type { Lang } from '../domain/lang.js';
import { SearchBox } from '../ui/SearchBox.js';
import { buildSearchIndex } from '../ui/search.js';
import type { SearchEntry } from '../domain/places.js';
import { formatUrlState, parseUrlState } from '../state/url-state.js';
import { DATA_ATTRIBUTIONS } from '../ui/attributions.js';
import { PublicMap, type PublicLevel, type PublicOverlay } from './public-map.js';
import { resultProperty, type AreaRow, type AreasIndex, type PublicSummary } from '../domain/public-data.js';

const LEVEL_OF: Record<PublicLevel, 'unit2025' | 'district2019' | 'ward2019'> = {
  units: 'unit2025',
  districts: 'district2019',
  wards: 'ward2019',
};
const PUBLIC_LEVEL: Record<string, PublicLevel> = { unit2025: 'units', district2019: 'districts', ward2019: 'wards' };

type Props = { dataUrl: string; embed: boolean; basemapStyleUrl: string | null };

export function PublicApp({ dataUrl, embed, basemapStyleUrl }: Props) {
  const initial = useMemo(() => parseUrlState(location.hash), []);
  const [lang, setLang] = useState<Lang>(initial.lang ?? 'vi');
  const [level, setLevel] = useState<PublicLevel>(PUBLIC_LEVEL[initial.level ?? 'unit2025'] ?? 'units');
  const [tech, setTech] = useState<'4G' | '5G'>(initial.tech ?? '5G');
  const [op, setOp] = useState<OpSet>(initial.op ?? 'any');
  const [basis, setBasis] = useState<'area' | 'population'>(initial.basis ?? 'area');
  const [summary, setSummary] = useState<PublicSummary | null>(null);
  const [areas, setAreas] = useState<AreasIndex | null>(null);
  const [selected, setSelected] = useState<{ kind: 'area' | 'zone'; row: AreaRow } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showSources, setShowSources] = useState(false);
  const [overlays, setOverlays] = useState<Record<PublicOverlay, boolean>>({
    'coverage-5g': false,
    'coverage-4g': false,
  });
  const mapEl = useRef<HTMLDivElement>(null);
  const mapRef = useRef<PublicMap | null>(null);
  const t = translator(lang);
  const prop = resultProperty(tech, op, basis);

  useEffect(() => {
    const fail = (what: string) => (e: unknown) => setError(`${what}: ${errorMessage(e)}`);
    fetch(new URL('summary.json', dataUrl))
      .then((r) => r.json())
      .then(setSummary, fail('summary.json'));
    fetch(new URL('areas.json', dataUrl))
      .then((r) => r.json() as Promise<AreasIndex>)
      .then((idx) => {
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
      reducedMotion,
      onSelect: () => {},
      onError: setError,
    });
    mapRef.current = m;
    (window as unknown as { hanoiMap?: unknown }).hanoiMap = m.map;
    return () => m.destroy();
  }, [dataUrl, basemapStyleUrl, initial.view]);

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

  useEffect(() => void mapRef.current?.setColouring(prop), [prop]);
  useEffect(() => {
    for (const [o, v] of Object.entries(overlays)) void mapRef.current?.setOverlay(o as PublicOverlay, v);
  }, [overlays]);
  useEffect(() => void mapRef.current?.setLevel(level), [level]);
  useEffect(() => {
    document.documentElement.lang = lang;
    const m = mapRef.current?.map;
    const c = m?.getCenter();
    const hash = formatUrlState({
      view: m && c ? { zoom: m.getZoom(), lat: c.lat, lng: c.lng } : initial.view,
      level: LEVEL_OF[level],
      tech,
      op,
      basis,
      lang,
      selection: selected
        ? { level: selected.kind === 'zone' ? 'zone' : LEVEL_OF[level], id: selected.row.code }
        : null,
    });
    history.replaceState(history.state, '', `${location.search}${hash}`);
  }, [lang, level, tech, op, basis, selected, initial.view]);

  const index = useMemo(
    () =>
      buildSearchIndex(
        areas
          ? [
              ...(['units', 'districts', 'wards'] as const).flatMap((l) =>
                areas[l].map((r): SearchEntry => ({
                  level: LEVEL_OF[l],
                  id: r.code,
                  name: r.name,
                  nameEn: r.nameEn,
                  fullName: r.fullName,
                  context: null,
                })),
              ),
              ...areas.zones.map((r): SearchEntry => ({
                level: 'zone',
                id: r.code,
                name: r.name,
                nameEn: r.nameEn,
                fullName: r.fullName,
                context: null,
              })),
            ]
          : [],
      ),
    [areas],
  );

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
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatNumber(lang, v, 1)} %`);
  const sampleTag = <span className="sample-tag">{t('sampleData')}</span>;
  const legend = (
    <section className="pub-legend" aria-label={t('legend')} data-testid="pub-legend">
      <h2>
        {t('choroplethLegend')} ({tech}, {op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op]}, {t(`basis.${basis}`)}){' '}
        {sampleTag}
      </h2>
      <ul>
        {classLabels((n) => formatNumber(lang, n)).map((label, i) => (
          <li key={label}>
            <span className="key" style={{ background: CHOROPLETH_COLORS[i] }} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <p className="note">{t('pub.zonesLegend')}</p>
    </section>
  );
  const rows = areas ? [...areas[level]].sort((a, b) => (a.values[prop] ?? -1) - (b.values[prop] ?? -1)) : [];
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
          {legend}
        </main>
        {!embed && (
          <aside className="pub-side" data-testid="pub-side">
            {error && (
              <p className="status error" role="alert" data-testid="load-error">
                {error}
              </p>
            )}
            <p className="status sample" data-testid="sample-banner">
              {t('sampleBanner')}
            </p>
            <fieldset className="pub-controls">
              <legend>{t('choropleth')}</legend>
              <label className="field">
                <span>{t('level')}</span>
                <select
                  value={level}
                  onChange={(e) => {
                    setLevel(e.target.value as PublicLevel);
                    setSelected(null);
                  }}
                  data-testid="level-select"
                >
                  {(['units', 'districts', 'wards'] as const).map((l) => (
                    <option key={l} value={l}>
                      {t(`level.${LEVEL_OF[l]}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('technology')}</span>
                <select value={tech} onChange={(e) => setTech(e.target.value as '4G' | '5G')} data-testid="choro-tech">
                  <option>5G</option>
                  <option>4G</option>
                </select>
              </label>
              <label className="field">
                <span>{t('operator')}</span>
                <select value={op} onChange={(e) => setOp(e.target.value as OpSet)} data-testid="choro-op">
                  <option value="any">{t('anyOperator')}</option>
                  {OPERATORS.map((o) => (
                    <option key={o} value={o}>
                      {OPERATOR_NAMES[o]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('basis')}</span>
                <select
                  value={basis}
                  onChange={(e) => setBasis(e.target.value as 'area' | 'population')}
                  data-testid="choro-basis"
                >
                  <option value="area">{t('basis.area')}</option>
                  <option value="population">{t('basis.population')}</option>
                </select>
              </label>
              {(['coverage-5g', 'coverage-4g'] as const).map((o) => (
                <label key={o} className="toggle">
                  <input
                    type="checkbox"
                    checked={overlays[o]}
                    onChange={() => setOverlays({ ...overlays, [o]: !overlays[o] })}
                    data-testid={`overlay-${o}`}
                  />
                  {t(o === 'coverage-5g' ? 'layer.coverage5g' : 'layer.coverage4g')} ({t('anyOperator')}) {sampleTag}
                </label>
              ))}
            </fieldset>
            {summary && <Targets summary={summary} lang={lang} />}
            {selected && (
              <section className="pub-area" data-testid="pub-area" aria-live="polite">
                <h2>{lang === 'vi' ? selected.row.fullName : selected.row.nameEn}</h2>
                <p className="layout-tag">
                  {selected.kind === 'zone' ? t('layer.zones') : t(level === 'units' ? 'layout2025' : 'layout2019')}
                </p>
                <dl>
                  <div className="row">
                    <dt>4G</dt>
                    <dd>{pct(selected.row.values.c4_any)}</dd>
                  </div>
                  <div className="row">
                    <dt>5G</dt>
                    <dd data-testid="pub-area-5g">{pct(selected.row.values.c5_any)}</dd>
                  </div>
                  {selected.kind === 'area' && (
                    <div className="row">
                      <dt>{t('popCovered5g')}</dt>
                      <dd>{pct(selected.row.values.p5_any)}</dd>
                    </div>
                  )}
                  {OPERATORS.map((o) => (
                    <div className="row" key={o}>
                      <dt>5G · {OPERATOR_NAMES[o]}</dt>
                      <dd>{pct(selected.row.values[`c5_${o}`])}</dd>
                    </div>
                  ))}
                  {selected.kind === 'area' &&
                    (['4G', '5G'] as const).map((tt) => {
                      const v = selected.row.values[`speed${tt.toLowerCase()}`];
                      const target = tt === '4G' ? 40 : 100;
                      return (
                        <div className="row" key={tt}>
                          <dt>
                            {t('speedTitle')} {tt}
                          </dt>
                          <dd>
                            {v === null || v === undefined
                              ? t('noData')
                              : `${formatNumber(lang, v, 1)} Mbit/s — ${t('target')} ${target}: ${v >= target ? t('pass') : t('fail')}`}
                          </dd>
                        </div>
                      );
                    })}
                  {selected.kind === 'area' && (
                    <div className="row">
                      <dt>{t('cableTitle')}</dt>
                      <dd>
                        {t('cable.done')} {formatNumber(lang, selected.row.values.cableDoneKm ?? 0, 1)} km ·{' '}
                        {formatNumber(lang, selected.row.values.cablePlannedKm ?? 0, 1)} km {t('pub.planned')}
                      </dd>
                    </div>
                  )}
                </dl>
                {sampleTag}
              </section>
            )}
            <table className="pub-table" data-testid="pub-table">
              <caption>
                {t(`level.${LEVEL_OF[level]}` as MessageKey)} · {tech} ·{' '}
                {op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op]} · {t(`basis.${basis}`)} ({t('sampleData')})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('ranking.name')}</th>
                  <th scope="col" className="num">
                    {t('ranking.percent')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.code} className={selected?.row.code === r.code ? 'selected' : undefined}>
                    <th scope="row">
                      <button type="button" className="link" onClick={() => select('area', r)}>
                        {lang === 'vi' ? r.fullName : r.nameEn}
                      </button>
                    </th>
                    <td className="num">{pct(r.values[prop])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              className="link"
              onClick={() => setShowSources(!showSources)}
              aria-expanded={showSources}
              data-testid="attribution-open"
            >
              {t('attribution')}
            </button>
            {showSources && (
              <ul className="pub-sources" data-testid="attribution">
                {DATA_ATTRIBUTIONS.map((a) => (
                  <li key={a.name}>
                    {a.name} — <strong>{a.licence}</strong>
                  </li>
                ))}
                {summary &&
                  Object.entries(summary.sources).map(([k, s]) => (
                    <li key={k}>
                      {k}: {s.source} ({s.vintage}) — {s.licence}
                      {s.sample ? ` — ${t('sampleData')}` : ''}
                    </li>
                  ))}
              </ul>
            )}
          </aside>
        )}
      </div>
    </div>
  );
}

function Targets({ summary, lang }: { summary: PublicSummary; lang: Lang }) {
  const t = translator(lang);
  const n = (v: number, d = 0) => formatNumber(lang, v, d);
  const tg = summary.targets;
  const src = (k: keyof PublicSummary['sources']) => {
    const s = summary.sources[k];
    return (
      <small className="note">
        {s.source} · {s.vintage}
        {s.sample ? ` · ${t('sampleData')}` : ''}
      </small>
    );
  };
  return (
    <section className="pub-targets" data-testid="pub-targets" aria-label={t('pub.targets')}>
      <h2>{t('pub.targets')}</h2>
      <dl>
        <div className="row" data-testid="target-zones">
          <dt>
            {t('pub.t.zones')} ({tg.zones5g.year})
          </dt>
          <dd>
            <strong>
              {n(tg.zones5g.passing)} / {n(tg.zones5g.total)}
            </strong>{' '}
            {t('pub.zonesAt100')}
            {src('sites')}
          </dd>
        </div>
        <div className="row" data-testid="target-population">
          <dt>
            {t('pub.t.population')} ({tg.population5g.year})
          </dt>
          <dd>
            <strong>{n(tg.population5g.value, 1)} %</strong> / {n(tg.population5g.target)} % —{' '}
            {tg.population5g.pass ? t('pass') : t('fail')}
            {src('sites')}
          </dd>
        </div>
        <div className="row" data-testid="target-speed4g">
          <dt>
            {t('pub.t.speed')} 4G ≥ {tg.speed4g.target} Mbit/s ({tg.speed4g.year})
          </dt>
          <dd>
            <strong>
              {n(tg.speed4g.passing)} / {n(tg.speed4g.measured)}
            </strong>{' '}
            {t('pub.unitsMeasured')}
            {src('speeds')}
          </dd>
        </div>
        <div className="row" data-testid="target-speed5g">
          <dt>
            {t('pub.t.speed')} 5G ≥ {tg.speed5g.target} Mbit/s ({tg.speed5g.year})
          </dt>
          <dd>
            <strong>
              {n(tg.speed5g.passing)} / {n(tg.speed5g.measured)}
            </strong>{' '}
            {t('pub.unitsMeasured')}
            {src('speeds')}
          </dd>
        </div>
        <div className="row" data-testid="target-cables">
          <dt>{t('cableTitle')}</dt>
          <dd>
            <strong>{n(tg.cables.doneKm, 1)} km</strong> {t('cable.done')} · {n(tg.cables.planned2025Km, 1)} km{' '}
            {t('cable.planned-2025')} · {n(tg.cables.planned2026To2030Km, 1)} km {t('cable.planned-2026-2030')}
            {src('cables')}
          </dd>
        </div>
      </dl>
      <p className="note">
        {t('pub.cityLine')}: 4G {n(summary.city.covered4gPct, 1)} % · 5G {n(summary.city.covered5gPct, 1)} %{' '}
        {t('pub.ofArea')}; {t('layout2025')}
      </p>
    </section>
  );
}
