/**
 * The fit table `npm run calibrate` prints: the measurements used, per environment class the measurements, the
 * fitted offset and the residual σ, and the error before and after (mean error and RMSE in dB, share inside the
 * predicted level). English or Vietnamese; numbers as each language writes them (1,234.5 / 1.234,5), negative
 * figures with the minus sign U+2212.
 */
import type { Calibration, NoServer } from '../../src/analysis/calibration/types.js';

type Lang = 'en' | 'vi';

const WORDS = {
  en: {
    title: 'Calibration',
    measurements: 'measurements',
    to: 'to',
    withServer: 'with a server',
    noServer: 'without one',
    farther: 'no site within',
    noBand: 'no site on their band',
    env: 'environment',
    n: 'n',
    offset: 'offset dB',
    sigma: 'σ dB',
    fitted: 'fitted',
    yes: 'yes',
    notFitted: (min: number) => `no: fewer than ${min}, offset kept`,
    error: '',
    mean: 'mean error dB',
    rmse: 'RMSE dB',
    inside: 'inside predicted level',
    before: 'before',
    after: 'after',
    passes: (n: number) => `${n} pass${n === 1 ? '' : 'es'}; error = predicted − measured`,
  },
  vi: {
    title: 'Hiệu chỉnh',
    measurements: 'lượt đo',
    to: 'đến',
    withServer: 'có trạm phục vụ',
    noServer: 'không có',
    farther: 'không có trạm trong',
    noBand: 'không có trạm trên băng tần của lượt đo',
    env: 'môi trường',
    n: 'n',
    offset: 'bù dB',
    sigma: 'σ dB',
    fitted: 'đã khớp',
    yes: 'có',
    notFitted: (min: number) => `không: ít hơn ${min}, giữ nguyên`,
    error: '',
    mean: 'sai số TB dB',
    rmse: 'RMSE dB',
    inside: 'khớp mức dự báo',
    before: 'trước',
    after: 'sau',
    passes: (n: number) => `${n} vòng lặp; sai số = dự báo − đo`,
  },
} as const;

/** A number with `digits` decimals in the language's format, minus sign U+2212. */
export function figure(v: number, lang: Lang, digits = 1): string {
  const r = Number(v.toFixed(digits));
  const text = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Math.abs(r));
  return r < 0 ? `\u2212${text}` : text;
}

const day = (iso: string, lang: Lang) => (lang === 'vi' ? iso.split('-').reverse().join('/') : iso);

/** Lays out rows as columns, each as wide as its widest cell. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd(),
  );
}

/** The lines of the fit table. */
export function fitTable(calibration: Calibration, noServer: readonly NoServer[], lang: Lang): string[] {
  const w = WORDS[lang];
  const p = calibration.provenance;
  const int = (n: number) => figure(n, lang, 0);
  const dates = p.from === null ? '' : ` (${day(p.from, lang)} ${w.to} ${day(p.to ?? p.from, lang)})`;
  const far = noServer.filter((x) => x.reason === 'no-site-in-radius').length;
  const why =
    noServer.length === 0
      ? ''
      : ` (${w.farther} ${int(calibration.options.searchRadiusM)} m: ${int(far)}; ${w.noBand}: ${int(noServer.length - far)})`;
  const head = `${w.title} — ${p.file}: ${int(p.measurements)} ${w.measurements}${dates}, ${int(p.withServer)} ${w.withServer}, ${int(p.noServer)} ${w.noServer}${why}`;
  const classes = columns([
    [w.env, w.n, w.offset, w.sigma, w.fitted],
    ...calibration.classes.map((c) => [
      c.env,
      int(c.n),
      figure(c.offsetDb, lang),
      c.sigmaDb === null ? '—' : figure(c.sigmaDb, lang),
      c.fitted ? w.yes : w.notFitted(calibration.options.minSamples),
    ]),
  ]);
  const errors = columns([
    [w.error, w.mean, w.rmse, w.inside],
    ...(['before', 'after'] as const).map((k) => {
      const s = calibration[k];
      return [w[k], figure(s.meanErrorDb, lang), figure(s.rmseDb, lang), `${figure(100 * s.levelMatch, lang)} %`];
    }),
  ]);
  return [head, '', ...classes, '', ...errors, '', w.passes(calibration.passes)];
}
