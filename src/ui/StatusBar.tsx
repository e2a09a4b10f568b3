import { useAppStore } from '../state/use-app-store.js';
import { issueText } from '../domain/report.js';
import { translator, type MessageKey } from './i18n.js';

/** Loading state, load errors, data warnings, and the permanent sample-data notice. */
export function StatusBar() {
  const lang = useAppStore((s) => s.lang);
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const issues = useAppStore((s) => s.issues);
  const analysis = useAppStore((s) => s.analysis);
  const provenance = useAppStore((s) => s.provenance.sites);
  const planSites = useAppStore((s) => s.plan.sites.length);
  const t = translator(lang);
  return (
    <div className="status-bar">
      {status === 'loading' && (
        <div className="status loading" role="status">
          {t('loading')}
        </div>
      )}
      {status === 'error' && (
        <div className="status error" role="alert" data-testid="load-error">
          {t('loadError')}: {error}
        </div>
      )}
      {analysis.origin === 'stored' && analysis.results && (
        <div className="status stored" role="status" data-testid="stored-figures">
          {t(planSites > 0 ? 'storedFiguresPlan' : 'storedFigures')}
        </div>
      )}
      {analysis.status === 'computing' && (
        <div className="status loading" role="status" data-testid="analysis-progress">
          {t('analysisComputing')} (
          {analysis.stage ? (t(`stage.${analysis.stage}` as MessageKey) ?? analysis.stage) : ''})
        </div>
      )}
      {analysis.status === 'error' && (
        <div className="status error" role="alert" data-testid="analysis-error">
          {t('analysisError')}: {analysis.error}
        </div>
      )}
      {issues.length > 0 && (
        <details className="status warnings" data-testid="data-warnings">
          <summary>
            {t('dataWarnings')} ({issues.length})
          </summary>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>{issueText(i, lang)}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="status sample" data-testid="sample-banner">
        {t(
          provenance === 'imported'
            ? 'sampleBannerImported'
            : provenance === 'mixed'
              ? 'sampleBannerMixed'
              : 'sampleBanner',
        )}
      </div>
    </div>
  );
}
