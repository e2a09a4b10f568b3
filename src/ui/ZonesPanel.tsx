/**
 * The priority zones against the plan's 5G target (100 % in 2025): every zone with its 5G share for the
 * choropleth's operator set and for any operator, failing zones first, filterable by category. A zone's
 * row selects it on the map. The same figures colour the zones on the map (pass / fail).
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { OPERATOR_NAMES } from '../domain/telecom.js';
import { ZONE_CATEGORIES, type ZoneCategory } from '../domain/zones.js';
import { formatNumber, translator, type MessageKey } from './i18n.js';
import { fixedFigure } from './fixed-figure.js';

export function ZonesPanel({ onSelect }: { onSelect: (zoneId: string) => void }) {
  const lang = useAppStore((s) => s.lang);
  const zones = useAppStore((s) => s.analysis.results?.zones ?? null);
  const op = useAppStore((s) => s.choroOp);
  const selection = useAppStore((s) => s.selection);
  const [category, setCategory] = useState<ZoneCategory | 'all'>('all');
  const t = translator(lang);
  const rows = useMemo(() => {
    const list = (zones ?? []).filter((z) => category === 'all' || z.category === category);
    const pass = (p: number, target: number) => p >= target - 0.01;
    return list
      .map((z) => ({ ...z, value: z.percent5g[op], passOp: pass(z.percent5g[op], z.target) }))
      .sort((a, b) => Number(a.passOp) - Number(b.passOp) || a.value - b.value || a.name.localeCompare(b.name, 'vi'));
  }, [zones, category, op]);
  if (!zones)
    return (
      <p className="note" role="status">
        {t('analysisComputing')}
      </p>
    );
  const passing = rows.filter((r) => r.passOp).length;
  const opLabel = op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op];
  return (
    <section className="zones-panel" data-testid="zones-panel" aria-label={t('zones.title')}>
      <h2>
        {t('zones.title')} <span className="sample-tag">{t('sampleData')}</span>
      </h2>
      <p data-testid="zones-summary">
        <strong>
          {formatNumber(lang, passing)} / {formatNumber(lang, rows.length)}
        </strong>{' '}
        {t('zones.summary')} ({opLabel})
      </p>
      <label className="field">
        <span>{t('category')}</span>
        <select
          value={category}
          onChange={(e) => setCategory(e.target.value as ZoneCategory | 'all')}
          data-testid="zones-category"
        >
          <option value="all">{t('zones.allCategories')}</option>
          {ZONE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`zone.${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <table className="zones-table">
        <caption>
          {t('zones.caption')} · 5G · {opLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ranking.name')}</th>
            <th scope="col" className="num">
              {t('zones.percent')}
            </th>
            <th scope="col">{t('zones.result')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((z) => {
            const selected = selection?.key === 'zones' && selection.id === z.id;
            return (
              <tr key={z.id} className={selected ? 'selected' : undefined} data-testid="zone-row" data-id={z.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(z.id)}>
                    {z.name}
                  </button>
                  <small className="note-inline">
                    {' '}
                    {t(`zone.${z.category}` as MessageKey)} · {t('confidence')}:{' '}
                    {t(`confidence.${z.confidence}` as MessageKey)}
                  </small>
                </th>
                <td className="num">
                  {fixedFigure(lang, z.value, 1)}
                  {op !== 'any' && (
                    <small className="note-inline">
                      {' '}
                      ({t('anyOperator')}: {fixedFigure(lang, z.percent5g.any, 1)})
                    </small>
                  )}
                </td>
                <td className={z.passOp ? 'pass' : 'fail'}>{z.passOp ? t('pass') : t('fail')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
