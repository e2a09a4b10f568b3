import { useAppStore } from '../state/use-app-store.js';
import type { Selection } from '../state/slices/selection.js';
import { OPERATORS, OPERATOR_NAMES, TECHNOLOGIES, type Operator } from '../domain/telecom.js';
import { formatNumber, translator } from './i18n.js';
import type { SpeedFigure } from '../analysis/targets.js';
import { isGridLevel } from '../domain/grid.js';
import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import { AreaIndicators } from './AreaIndicators.js';
import { AreaOperators } from './AreaOperators.js';
import { placeLevelOf } from '../domain/layers.js';
import type { Lang } from '../domain/lang.js';
import { formatDate } from './locale-format.js';

/** The engine level and id behind a selected map feature; null for layers that are not areas. */
export function areaKeyOf(sel: Selection): string | null {
  const level = placeLevelOf(sel.key);
  return level && sel.id !== null ? `${level}|${sel.id}` : null;
}

/** Words of the speed rows not yet in `i18n.ts`, per language. */
const SPEED_WORDS = {
  vi: {
    notEnough: 'chưa đủ số đo',
    need: 'cần',
    tiles: 'ô Ookla',
    imported: 'số liệu nhập',
    sample: 'dữ liệu mẫu',
    mixed: 'số liệu nhập và dữ liệu mẫu',
    tileTech: 'ô Ookla gộp mọi công nghệ di động, ghi là',
  },
  en: {
    notEnough: 'not enough measurements',
    need: 'need',
    tiles: 'Ookla tiles',
    imported: 'imported',
    sample: 'sample data',
    mixed: 'imported and sample data',
    tileTech: 'Ookla tiles mix every mobile technology, labelled',
  },
} as const;

/** A speed figure in words: the mean and the target, "not enough measurements" below the minimum, or no data. */
function speedText(
  f: SpeedFigure,
  lang: Lang,
  t: (k: 'noData' | 'tests' | 'target' | 'pass' | 'fail') => string,
): string {
  const w = SPEED_WORDS[lang];
  const counts = `${formatNumber(lang, f.count)} ${t('tests')}${f.tiles > 0 ? `, ${formatNumber(lang, f.tiles)} ${w.tiles}` : ''}`;
  if (f.count === 0) return t('noData');
  if (f.meanMbps === null) return `${w.notEnough} (${counts}; ${w.need} ${f.minTests})`;
  return `${formatNumber(lang, f.meanMbps, 1)} Mbit/s (${counts}) — ${t('target')} ${f.target}: ${f.pass ? t('pass') : t('fail')}`;
}

/**
 * The days a speed figure covers and where it comes from, in the reader's date order (formatDate: 03/10/2025 in
 * Vietnamese, 2025-10-03 in English, as every other day of the app); null without records.
 */
export function speedWindowText(f: Pick<SpeedFigure, 'window' | 'origin' | 'tiles'>, tech: string, lang: Lang) {
  if (f.window === null || f.origin === null) return null;
  const w = SPEED_WORDS[lang];
  const tiles = f.tiles > 0 ? ` · ${w.tileTech} ${tech}` : '';
  return `${formatDate(f.window.from, lang)} – ${formatDate(f.window.to, lang)} · ${w[f.origin]}${tiles}`;
}

/** Where a speed figure comes from and the days it covers. */
function speedNote(f: SpeedFigure, tech: string, lang: Lang) {
  const text = speedWindowText(f, tech, lang);
  return text === null ? null : <small className="note">{text}</small>;
}

/** Coverage, targets, speeds and cables of the selected area, from the coverage worker's results. */
export function AreaAnalysis({ selection }: { selection: Selection }) {
  const lang = useAppStore((s) => s.lang);
  const analysis = useAppStore((s) => s.analysis);
  const coverageLevel = useAppStore((s) => s.coverageLevel);
  // Where the sites behind the modelled figures come from: the title says so, and only sample data is tagged.
  const sites = useAppStore((s) => s.provenance.sites);
  const t = translator(lang);
  const key = areaKeyOf(selection);
  if (!key) return null;
  if (analysis.status === 'error')
    return (
      <p className="note">
        {t('analysisError')}: {analysis.error}
      </p>
    );
  const r = analysis.results?.areas[key];
  if (!r)
    return (
      <p className="note" role="status">
        {t('analysisComputing')}
      </p>
    );
  const pct = (v: number) => `${formatNumber(lang, v, 1)} %`;
  const gapLabel = (gapKey: string) => {
    const [, , tech, op] = gapKey.split('|');
    return `${tech} · ${op === 'any' ? t('anyOperator') : (OPERATOR_NAMES[op as Operator] ?? op)}`;
  };
  const zone = analysis.results!.zones.find((z) => `zone|${z.id}` === key);
  const speed = analysis.results!.speeds[key];
  const cable = analysis.results!.cables[key];
  const zonesHere = (analysis.results!.zonesInArea[key] ?? [])
    .map((id) => analysis.results!.zones.find((z) => z.id === id))
    .filter((z) => z !== undefined);
  return (
    <section className="area-analysis" data-testid="area-analysis">
      <h3>
        {sites === 'sample' ? t('analysisTitle') : t(`analysisTitle.${sites}`)}
        {sites !== 'imported' && (
          <>
            {' '}
            <span className="sample-tag">{t('sampleData')}</span>
          </>
        )}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('operator')}
            </th>
            {TECHNOLOGIES.map((tech) => (
              <th key={tech} scope="colgroup" colSpan={COVERAGE_LEVELS.length}>
                {tech}
              </th>
            ))}
          </tr>
          <tr>
            {TECHNOLOGIES.flatMap((tech) =>
              COVERAGE_LEVELS.map((l) => (
                <th key={`${tech}-${l}`} scope="col" className={l === coverageLevel ? 'chosen' : undefined}>
                  {t(`coverageLevel.${l}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {(['any', ...OPERATORS] as const).map((op) => (
            <tr key={op} data-testid={`coverage-row-${op}`}>
              <th scope="row">{op === 'any' ? t('anyOperator') : OPERATOR_NAMES[op]}</th>
              {TECHNOLOGIES.flatMap((tech) =>
                COVERAGE_LEVELS.map((l) => (
                  <td key={`${tech}-${l}`} data-testid={`coverage-${tech}-${l}-${op}`}>
                    {pct(r.byLevel[l][tech][op].percent)}
                  </td>
                )),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <AreaOperators result={r} level={coverageLevel} lang={lang} />
      <dl>
        {isGridLevel(r.level) && (
          <>
            <div className="row">
              <dt>{t('gridAreaInCity')}</dt>
              <dd data-testid="grid-area">{formatNumber(lang, r.areaKm2, 3)} km²</dd>
            </div>
            <div className="row">
              <dt>{t('population')}</dt>
              <dd data-testid="grid-population">
                {formatNumber(lang, Math.round(r.population))} {t('people')}
                <small className="note">* {t('gridNote')}</small>
              </dd>
            </div>
          </>
        )}
        {COVERAGE_LEVELS.map((l) => (
          <div className="row" key={l}>
            <dt>
              {t('popCovered5g')} ({t(`coverageLevel.${l}`).toLowerCase()})
            </dt>
            <dd data-testid={l === 'outdoor' ? 'pop-covered-5g' : `pop-covered-5g-${l}`}>
              {formatNumber(lang, r.byLevel[l]['5G'].any.popCovered)} ({pct(r.byLevel[l]['5G'].any.popPercent)})
              {l === 'outdoor' && <small className="note">{t('populationNote')}</small>}
            </dd>
          </div>
        ))}
        {analysis.gap?.key.startsWith(`${key}|`) && (
          <div className="row">
            <dt>
              {t('gapArea')} {gapLabel(analysis.gap.key)}
            </dt>
            <dd data-testid="gap-area">{formatNumber(lang, analysis.gap.areaKm2, 2)} km²</dd>
          </div>
        )}
        <div className="row">
          <dt>{t('sitesCount')}</dt>
          <dd>
            4G {formatNumber(lang, r.sites['4G'].any)} · 5G {formatNumber(lang, r.sites['5G'].any)}
          </dd>
        </div>
        {zone && (
          <div className="row">
            <dt>{t('zone5gTarget')}</dt>
            <dd data-testid="zone-target">
              {pct(zone.percent5g.any)} — <strong>{zone.pass ? t('pass') : t('fail')}</strong>
              <small className="note">
                {t('confidence')}: {t(`confidence.${zone.confidence}`)}
              </small>
            </dd>
          </div>
        )}
        {speed &&
          TECHNOLOGIES.map((tech) => (
            <div className="row" key={tech} data-testid={`speed-${tech}`}>
              <dt>
                {t('speedTitle')} {tech}
              </dt>
              <dd>
                {speedText(speed[tech], lang, t)}
                {speedNote(speed[tech], tech, lang)}
              </dd>
            </div>
          ))}
        {cable && (
          <div className="row">
            <dt>{t('cableTitle')}</dt>
            <dd>
              {t('cable.done')} {formatNumber(lang, cable.done, 1)} km · {t('cable.planned-2025')}{' '}
              {formatNumber(lang, cable['planned-2025'], 1)} km · {t('cable.planned-2026-2030')}{' '}
              {formatNumber(lang, cable['planned-2026-2030'], 1)} km
            </dd>
          </div>
        )}
      </dl>
      {zonesHere.length > 0 && (
        <>
          <h3>{t('zonesInside')}</h3>
          <ul className="zones-inside" data-testid="zones-inside">
            {zonesHere.map((z) => (
              <li key={z.id}>
                {z.name}: 5G {pct(z.percent5g.any)} — <strong>{z.pass ? t('pass') : t('fail')}</strong>{' '}
                <small className="note-inline">
                  ({t('confidence')}: {t(`confidence.${z.confidence}`)})
                </small>
              </li>
            ))}
          </ul>
        </>
      )}
      <AreaIndicators areaKey={key} />
    </section>
  );
}
