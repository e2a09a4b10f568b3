import { useEffect, useMemo, useState } from 'react';
import { useAppStore, useChoroplethChoice } from '../state/use-app-store.js';
import { OPERATOR_NAMES } from '../domain/telecom.js';
import { RankedTable } from './RankedTable.js';
import { rowsFrom, type TableRow } from './ranking.js';
import { leadsOf, toCsvWithLead } from './ranking-lead.js';
import { download, downloadText } from './download.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { isGridLevel } from '../domain/grid.js';
import { TableDockHandle } from './TableDockHandle.js';
import { clampTableHeight, defaultTableHeight, savedTableHeight, saveTableHeight, type Size } from './table-dock.js';

/** The browser's localStorage, or null where reading it throws (storage blocked). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Size of the viewport and of `el`'s parent (the main area), CSS pixels. */
function dockSizes(el: HTMLElement | null): { viewport: Size; main: Size } {
  const r = el?.parentElement?.getBoundingClientRect();
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    main: { width: r?.width ?? 0, height: r?.height ?? 0 },
  };
}

/** {@link dockSizes} of `el`, followed as the main area changes size (window resized, sidebar moved). */
function useDockSizes(el: HTMLElement | null): { viewport: Size; main: Size } {
  const [sizes, setSizes] = useState(() => dockSizes(el));
  useEffect(() => {
    const update = () =>
      setSizes((old) => {
        const now = dockSizes(el);
        return JSON.stringify(now) === JSON.stringify(old) ? old : now;
      });
    update();
    const parent = el?.parentElement;
    if (!parent || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [el]);
  return sizes;
}

/**
 * The ranked table of the chosen level (the accessible view of the choropleth) and its exports, docked under the
 * map: a bar with the toggle, what the table ranks and the export buttons, and, open, the table at a height the
 * reader can drag or key in (remembered in localStorage; by default the map keeps over 60 % of the viewport).
 */
type Props = {
  onSelect: (row: TableRow) => void;
  /** GeoJSON text of the chosen level's areas with their results. */
  exportGeoJson: () => string | null;
  /** The map as a PNG data URL. */
  exportPng: () => string | null;
};

export function TablePanel({ onSelect, exportGeoJson, exportPng }: Props) {
  const lang = useAppStore((s) => s.lang);
  const { level, choroTech: tech, choroOp: op, basis, coverageLevel } = useChoroplethChoice();
  const results = useAppStore((s) => s.analysis.results);
  const places = useAppStore((s) => s.places);
  const selection = useAppStore((s) => s.selection);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState(() => savedTableHeight(storage()));
  const [self, setSelf] = useState<HTMLElement | null>(null);
  const { viewport, main } = useDockSizes(self);
  const height = clampTableHeight(chosen ?? defaultTableHeight(viewport, main), main);
  const t = translator(lang);
  const leads = useMemo(
    () =>
      leadsOf(results ? Object.values(results.areas).filter((r) => r.level === level) : [], tech, basis, coverageLevel),
    [results, level, tech, basis, coverageLevel],
  );
  const rows = useMemo(() => {
    if (!results) return [];
    const list = Object.values(results.areas).filter((r) => r.level === level);
    const names = isGridLevel(level)
      ? new Map(list.map((r) => [r.id, { name: r.id, nameEn: r.id }]))
      : new Map(places.filter((p) => p.level === level).map((p) => [p.id, { name: p.fullName, nameEn: p.nameEn }]));
    return rowsFrom(list, names, tech, op, basis, coverageLevel);
  }, [results, places, level, tech, op, basis, coverageLevel]);
  const opLabel = op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op];
  const caption = `${t(`level.${level}` as MessageKey)} · ${tech} · ${opLabel} · ${t(`basis.${basis}`)} · ${t(`coverageLevel.${coverageLevel}`)} (${t('sampleData')})`;
  const exportCsv = () => {
    const csv = toCsvWithLead(rows, leads, lang, {
      levelLabel: t(`coverageLevel.${coverageLevel}`),
      layoutLabel: t(isGridLevel(level) ? 'layoutGrid' : level === 'unit2025' ? 'layout2025' : 'layout2019'),
      techLabel: tech,
      opLabel,
      basisLabel: t(`basis.${basis}`),
      sample: true,
    });
    downloadText(csv, 'text/csv;charset=utf-8', `hanoi-coverage-${level}-${tech}-${op}-${basis}.csv`);
  };
  const exportAreas = () => {
    const text = exportGeoJson();
    if (text) downloadText(text, 'application/geo+json', `hanoi-coverage-${level}.geojson`);
  };
  const exportMap = () => {
    const png = exportPng();
    if (png) download(png, `hanoi-coverage-map-${level}-${tech}.png`);
  };
  return (
    <section
      ref={setSelf}
      className={`table-panel${open ? ' open' : ''}`}
      style={open ? { height } : undefined}
      aria-label={t('layout.tableRegion')}
      data-testid="table-panel"
    >
      {open && (
        <TableDockHandle
          height={height}
          main={main}
          controls="ranked-table-body"
          label={t('layout.resize')}
          valueText={t('layout.resizeValue').replace('{px}', String(height))}
          onResize={setChosen}
          onCommit={(px) => saveTableHeight(storage(), px)}
        />
      )}
      <div className="table-bar">
        <button
          type="button"
          className="table-toggle"
          aria-expanded={open}
          aria-controls="ranked-table-body"
          onClick={() => setOpen(!open)}
          data-testid="table-toggle"
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('layout.table')} ({formatNumber(lang, rows.length)})
        </button>
        {open && (
          <span className="table-what" aria-hidden="true">
            {caption}
          </span>
        )}
        {open && (
          <div className="export-buttons" role="group" aria-label={t('layout.export')}>
            <button type="button" onClick={exportCsv} disabled={rows.length === 0} data-testid="export-csv">
              CSV
            </button>
            <button type="button" onClick={exportAreas} disabled={rows.length === 0} data-testid="export-geojson">
              GeoJSON
            </button>
            <button type="button" onClick={exportMap} data-testid="export-png">
              PNG
            </button>
          </div>
        )}
      </div>
      {open && (
        <div className="table-body" id="ranked-table-body">
          {rows.length === 0 ? (
            <p className="note">{t('noResult')}</p>
          ) : (
            <RankedTable
              rows={rows}
              leads={leads}
              lang={lang}
              tech={tech}
              selectedId={selection && selection.key !== 'zones' ? String(selection.id) : null}
              onSelect={onSelect}
              caption={caption}
            />
          )}
        </div>
      )}
    </section>
  );
}
