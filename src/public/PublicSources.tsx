/**
 * The public map's sources: a button that shows or hides the list of data attributions (name and licence) and
 * of the figures' sources from `summary.json` (source, vintage, licence, and "sample data" where it is).
 */
import { useState } from 'react';
import { translator } from '../ui/i18n.js';
import { DATA_ATTRIBUTIONS, layerLicence, layerName, layerSource, vintageText } from '../ui/attributions.js';
import type { Lang } from '../domain/lang.js';
import type { FigureSource, PublicSummary } from '../domain/public-data.js';
import { SUMMARY_SOURCE_LAYER } from './public-view.js';

/** The attribution toggle and list; the summary's sources are listed once `summary.json` has loaded. */
export function PublicSources({ summary, lang }: { summary: PublicSummary | null; lang: Lang }) {
  const [showSources, setShowSources] = useState(false);
  const t = translator(lang);
  return (
    <>
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
            <li key={a.name.en}>
              {a.name[lang]} — <strong>{a.licence}</strong>
            </li>
          ))}
          {summary &&
            (Object.entries(summary.sources) as [keyof PublicSummary['sources'], FigureSource][]).map(([k, s]) => {
              const id = SUMMARY_SOURCE_LAYER[k];
              return (
                <li key={k}>
                  {layerName(id, lang)}: {layerSource({ id, source: s.source }, lang)} ({vintageText(s.vintage, lang)})
                  — {layerLicence({ id, licence: s.licence }, lang)}
                  {s.sample ? ` — ${t('sampleData')}` : ''}
                </li>
              );
            })}
        </ul>
      )}
    </>
  );
}
