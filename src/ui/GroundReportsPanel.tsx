/**
 * The planner's "reports from the ground" section connected to the app: the worker sets the reports against the
 * model in use (the session's `groundReports`), names come from the searchable places, and a row selects the
 * area or asks the point. The section itself takes props only (GroundReportsSection.tsx).
 */
import { useCallback, useMemo } from 'react';
import { useActions, useAppStore } from '../state/use-app-store.js';
import { useSession } from './session-context.js';
import type { GroundReport } from '../domain/ground-report.js';
import { GroundReportsSection } from './GroundReportsSection.js';

/** The section, in the import tab. */
export function GroundReportsPanel() {
  const session = useSession();
  const lang = useAppStore((s) => s.lang);
  const results = useAppStore((s) => s.analysis.results);
  const places = useAppStore((s) => s.places);
  const { pointAsked } = useActions();
  const analyse = useCallback(
    (reports: GroundReport[]) => (session ? session.groundReports(reports) : Promise.reject(new Error('no session'))),
    [session],
  );
  // The names of the interface's language, as in the feature panel and the search.
  const names = useMemo(
    () => new Map(places.map((p) => [`${p.level}:${p.id}`, lang === 'vi' ? p.fullName : p.nameEn])),
    [places, lang],
  );
  return (
    <GroundReportsSection
      lang={lang}
      analyse={analyse}
      modelVersion={results}
      nameOf={(level, id) => names.get(`${level}:${id}`) ?? null}
      onSelectArea={(level, id) => void session?.selectPlace(level, id)}
      onSelectPoint={(lngLat, label) => pointAsked(lngLat, 'search', label)}
    />
  );
}
