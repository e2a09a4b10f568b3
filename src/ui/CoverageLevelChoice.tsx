import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import { useActions, useAppStore } from '../state/use-app-store.js';
import { translator } from './i18n.js';

/** The coverage level the map, table, panel and exports show: outdoor or indoor (radio buttons). */
export function CoverageLevelChoice() {
  const lang = useAppStore((s) => s.lang);
  const level = useAppStore((s) => s.coverageLevel);
  const { coverageLevelChosen } = useActions();
  const t = translator(lang);
  return (
    <div className="field" role="radiogroup" aria-label={t('coverageLevel.label')} title={t('coverageLevel.hint')}>
      <span>{t('coverageLevel.label')}</span>
      {COVERAGE_LEVELS.map((l) => (
        <label key={l} className="radio">
          <input
            type="radio"
            name="coverage-level"
            value={l}
            checked={level === l}
            onChange={() => coverageLevelChosen(l)}
            data-testid={`coverage-level-${l}`}
          />
          {t(`coverageLevel.${l}`)}
        </label>
      ))}
    </div>
  );
}
