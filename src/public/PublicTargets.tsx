/**
 * Where the city stands against the plan's targets on the public map: priority zones with 5G, residents with 5G,
 * measured download speeds, underground cables, and the city's covered share, each figure with its source and
 * vintage in the page's language, or the note that it rests on sample data.
 */
import { formatNumber, translator } from '../ui/i18n.js';
import { layerSource, vintageText } from '../ui/attributions.js';
import { SUMMARY_SOURCE_LAYER } from './public-view.js';
import type { Lang } from '../domain/lang.js';
import type { PublicSummary } from '../domain/public-data.js';

/** A label written for a legend's line, as a word inside a sentence. */
const low = (label: string): string => label.toLocaleLowerCase();

/** The targets section, from `summary.json` (percent 0–100, speeds in Mbit/s, cables in km). */
export function Targets({ summary, lang }: { summary: PublicSummary; lang: Lang }) {
  const t = translator(lang);
  const n = (v: number, d = 0) => formatNumber(lang, v, d);
  const tg = summary.targets;
  // A sample source says only that (its full text is in the sources list); a real one its source and date.
  const src = (k: keyof PublicSummary['sources']) => {
    const s = summary.sources[k];
    return (
      <small className="note">
        {s.sample
          ? t('pub.sampleNote')
          : `${layerSource({ id: SUMMARY_SOURCE_LAYER[k], source: s.source }, lang)} · ${vintageText(s.vintage, lang)}`}
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
            {t('coverageLevel.outdoor')}:{' '}
            <strong data-testid="target-population-outdoor">{n(tg.population5g.value, 1)}&nbsp;%</strong> /{' '}
            {n(tg.population5g.target)} % — {tg.population5g.pass ? t('pass') : t('fail')}
            <br />
            <span data-testid="target-population-indoor">
              {t('coverageLevel.indoor')}:{' '}
              <strong data-testid="target-population-indoor-value">{n(tg.population5g.indoor.value, 1)}&nbsp;%</strong>{' '}
              / {n(tg.population5g.target)} % — {tg.population5g.indoor.pass ? t('pass') : t('fail')}
            </span>
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
            {/* The legend's labels ("Underground", "Planned 2025") inside a sentence: lower case. */}
            <strong>{n(tg.cables.doneKm, 1)} km</strong> {low(t('cable.done'))} · {n(tg.cables.planned2025Km, 1)} km{' '}
            {low(t('cable.planned-2025'))} · {n(tg.cables.planned2026To2030Km, 1)} km{' '}
            {low(t('cable.planned-2026-2030'))}
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
