import { useMemo, useState } from 'react';
import { useAppStore, useChoroplethChoice } from '../state/use-app-store.js';
import { OPERATOR_NAMES } from '../domain/telecom.js';
import { RankedTable } from './RankedTable.js';
import { rowsFrom, toCsv, type TableRow } from './ranking.js';
import { download, downloadText } from './download.js';
import { translator, type MessageKey } from './i18n.js';
import { isGridLevel } from '../domain/grid.js';

/** The ranked table of the chosen level (the accessible view of the choropleth) and its CSV export. */
type Props = {
  onSelect: (row: TableRow) => void;
  /** GeoJSON text of the chosen level's areas with their results. */
  exportGeoJson: () => string | null;
  /** The map as a PNG data URL. */
  exportPng: () => string | null;
};

export function TablePanel({ onSelect, exportGeoJson, exportPng }: Props) {
  const lang = useAppStore((s) => s.lang);
  const { level, choroTech: tech, choroOp: op, basis } = useChoroplethChoice();
  const results = useAppStore((s) => s.analysis.results);
  const places = useAppStore((s) => s.places);
  const selection = useAppStore((s) => s.selection);
  const [open, setOpen] = useState(false);
  const t = translator(lang);
  const rows = useMemo(() => {
    if (!results) return [];
    const list = Object.values(results.areas).filter((r) => r.level === level);
    const names = isGridLevel(level)
      ? new Map(list.map((r) => [r.id, { name: r.id, nameEn: r.id }]))
      : new Map(places.filter((p) => p.level === level).map((p) => [p.id, { name: p.fullName, nameEn: p.nameEn }]));
    return rowsFrom(list, names, tech, op, basis);
  }, [results, places, level, tech, op, basis]);
  const opLabel = op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op];
  const caption = `${t(`level.${level}` as MessageKey)} · ${tech} · ${opLabel} · ${t(`basis.${basis}`)} (${t('sampleData')})`;
  const exportCsv = () => {
    const csv = toCsv(rows, lang, {
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
    <div className={`table-panel${open ? ' open' : ''}`}>
      <button
        type="button"
        className="table-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="table-toggle"
      >
        {lang === 'vi' ? 'Bảng xếp hạng' : 'Ranked table'} ({rows.length})
      </button>
      {open && (
        <div className="table-body">
          <div className="export-buttons" role="group" aria-label={lang === 'vi' ? 'Xuất dữ liệu' : 'Export'}>
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
          {rows.length === 0 ? (
            <p className="note">{t('noResult')}</p>
          ) : (
            <RankedTable
              rows={rows}
              lang={lang}
              selectedId={selection && selection.key !== 'zones' ? String(selection.id) : null}
              onSelect={onSelect}
              caption={caption}
            />
          )}
        </div>
      )}
    </div>
  );
}
