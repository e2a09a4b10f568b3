/**
 * The loaded indicators of the selected area: each figure with its unit and date, and how it was obtained
 * when it was not loaded as such (carried from the 2019 layout, summed from wards, computed), with the share
 * of residents behind it when that is partial.
 */
import { useAppStore } from '../state/use-app-store.js';
import { formatNumber, translator } from './i18n.js';
import { formatFigure, indicatorName } from './indicator-format.js';
import { formatDate } from './locale-format.js';

export function AreaIndicators({ areaKey }: { areaKey: string }) {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.indicatorTable);
  const t = translator(lang);
  const rows = (table?.summaries ?? [])
    .map((s) => ({ s, f: table!.figures[s.id]?.[areaKey] }))
    .filter((r) => r.f !== undefined);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('indicators.panel')}</h3>
      <dl data-testid="area-indicators">
        {rows.map(({ s, f }) => (
          <div className="row" key={s.id} data-testid={`area-indicator-${s.id}`}>
            <dt>{indicatorName(s.id, lang)}</dt>
            <dd>
              {formatFigure(lang, f!.value, s.unit)} ({formatDate(f!.date, lang)})
              {s.target && (
                <>
                  {' '}
                  — {t('target')} {formatFigure(lang, s.target.value, s.unit)} ({s.target.year}):{' '}
                  <strong>{f!.value >= s.target.value - 1e-9 ? t('pass') : t('fail')}</strong>
                </>
              )}
              {f!.derived && (
                <small className="note" data-testid="indicator-derived">
                  *{' '}
                  {t(
                    f!.from === 'overlay'
                      ? 'indicators.derived'
                      : f!.from === 'wards'
                        ? 'indicators.wards'
                        : 'indicators.computed',
                  )}
                  {f!.basisShare < 0.995 && (
                    <>
                      ; {t('indicators.basis')} {formatNumber(lang, 100 * f!.basisShare, 0)} %{' '}
                      {t('indicators.ofResidents')}
                    </>
                  )}
                </small>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
