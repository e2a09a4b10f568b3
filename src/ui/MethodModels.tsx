/**
 * The method page's table of which path-loss model is used where: for the reference band of each technology and a
 * 30 m antenna, per environment class and distance, the model of the coverage model (`modelUsed`, path-loss.ts),
 * the blend of the two near 1–5 km, and "—" beyond the models' validity. The full names follow as a legend.
 */
import { ENVIRONMENTS } from '../analysis/coverage/environment.js';
import { modelUsed, REFERENCE_BAND } from '../analysis/coverage/model.js';
import { PATH_LOSS_MODEL_IDS, type ModelChoice, type PathLossModelId } from '../analysis/coverage/path-loss.js';
import type { Lang } from '../domain/lang.js';
import { TECHNOLOGIES } from '../domain/telecom.js';
import { translator } from './i18n.js';
import { formatFigure } from './locale-format.js';
import { METHOD_MESSAGES } from './messages/method.js';

/** Distances of the table's columns, metres. */
export const MODEL_DISTANCES_M = [300, 1000, 3000, 10_000] as const;
/** Antenna height of the table, metres (a typical macro site). */
export const MODEL_HEIGHT_M = 30;

/** Short names of the models, the same in both languages (the legend gives the full ones). */
const SHORT: Record<PathLossModelId, string> = {
  'tr38901-uma-nlos': 'UMa NLOS',
  'tr38901-umi-nlos': 'UMi NLOS',
  'tr38901-rma-nlos': 'RMa NLOS',
  'tr38901-rma-los': 'RMa LOS',
  'okumura-hata': 'Okumura–Hata',
  'cost231-hata': 'COST-231 Hata',
};

/** What one cell says: the model, the blend with its weight (percent), or — beyond the validity range. */
export function modelCell(c: ModelChoice, distanceM: number, lang: Lang): string {
  if (distanceM > c.maxDistanceM) return '—';
  if (c.far === null || c.farWeight === 0) return SHORT[c.near];
  if (c.farWeight === 1) return SHORT[c.far];
  return `${SHORT[c.near]} → ${SHORT[c.far]} ${formatFigure(100 * c.farWeight, lang, 0)} %`;
}

const km = (m: number, lang: Lang) => `${formatFigure(m / 1000, lang, 1)} km`;

export function MethodModels({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const m = METHOD_MESSAGES[lang];
  return (
    <section className="method-models" data-testid="method-models">
      <h3>{m['method.models']}</h3>
      <p className="note">{m['method.models.intro']}</p>
      {TECHNOLOGIES.map((tech) => {
        const band = REFERENCE_BAND[tech];
        return (
          <table key={tech} data-testid={`method-models-${band}`}>
            <caption>
              {m['method.models.band']} {band} ({tech})
            </caption>
            <thead>
              <tr>
                <th scope="col">{m['method.models.env']}</th>
                {MODEL_DISTANCES_M.map((d) => (
                  <th scope="col" key={d}>
                    {km(d, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ENVIRONMENTS.map((env) => (
                <tr key={env}>
                  <th scope="row">{t(`env.${env}`)}</th>
                  {MODEL_DISTANCES_M.map((d) => (
                    <td key={d}>{modelCell(modelUsed(band, MODEL_HEIGHT_M, env, d), d, lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <ul className="method-legend">
        {PATH_LOSS_MODEL_IDS.map((id) => (
          <li key={id}>
            <b>{SHORT[id]}</b>: {t(`model.pathLoss.${id}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
