/**
 * The annual report in one click: for a year and a layout, the worker analyses the data as of 30 November and
 * a year before; the report comes as a printable page (A4, Vietnamese by default or English, with a map), CSV
 * (UTF-8 with BOM) and GeoJSON. Loaded area indicators add the fibre and IoT targets. The map keeps the date
 * it shows.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { useSession } from './session-context.js';
import { reportHtml } from './report-html.js';
import { reportGeoJson, reportToCsv } from '../analysis/report.js';
import { translator } from './i18n.js';
import { downloadText } from './download.js';
import { errorTexts, type ErrorTexts } from './error-text.js';
import { openHtmlPage } from './open-page.js';
import { partText } from './messages/part.js';
import { READABLE_UI_MESSAGES } from './messages/readable-ui.js';
import './ReportSection.css';

/** This app's address without its hash, for the report page's `prm=` link. */
function appUrl(): string | null {
  return typeof location === 'undefined' ? null : `${location.origin}${location.pathname}${location.search}`;
}

export function ReportSection({ thisYear = new Date().getFullYear() }: { thisYear?: number }) {
  const session = useSession();
  const lang = useAppStore((s) => s.lang);
  const status = useAppStore((s) => s.analysis.status);
  const t = translator(lang);
  const [year, setYear] = useState(thisYear);
  const [layout, setLayout] = useState<'2025' | '2019'>('2025');
  const [reportLang, setReportLang] = useState<'vi' | 'en'>('vi');
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<{ name: string; html: string; csv: string; geojson: string } | null>(null);
  const [error, setError] = useState<ErrorTexts | null>(null);
  /** The file name of a page the browser would not open in a new tab (it was downloaded instead). */
  const [blocked, setBlocked] = useState<string | null>(null);
  /** The blob URL of the page open in a tab: kept while it is offered, so that reloading the tab works. */
  const pageUrl = useRef<string | null>(null);
  const freePage = () => {
    if (pageUrl.current) URL.revokeObjectURL(pageUrl.current);
    pageUrl.current = null;
  };
  useEffect(() => freePage, []);
  const make = async () => {
    if (!session) return;
    setBusy(true);
    setError(null);
    setBlocked(null);
    freePage();
    try {
      const b = await session.annualReport(year, layout);
      setFiles({
        name: `hanoi-report-${year}-${layout}`,
        // The page links back to this app with the parameters in use (`#prm=`), so it names where the app is.
        html: reportHtml(b.report, b.geometry, b.sample, b.manifest, reportLang, b.indicators, appUrl()),
        csv: reportToCsv(b.report, b.sample),
        geojson: JSON.stringify(reportGeoJson(b.report, b.geometry, b.sample)),
      });
    } catch (err) {
      setError(errorTexts(err));
    } finally {
      setBusy(false);
    }
  };
  const openPage = () => {
    if (!files) return;
    freePage();
    pageUrl.current = openHtmlPage(files.html, `${files.name}.html`);
    setBlocked(pageUrl.current ? null : `${files.name}.html`);
  };
  return (
    <fieldset className="report-section" data-testid="report-section">
      <legend>{t('report.title')}</legend>
      <div className="report-row">
        <label>
          {t('report.year')}{' '}
          <select
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              setFiles(null);
            }}
            data-testid="report-year"
          >
            {Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('report.layout')}{' '}
          <select
            value={layout}
            onChange={(e) => {
              setLayout(e.target.value as '2025' | '2019');
              setFiles(null);
            }}
            data-testid="report-layout"
          >
            <option value="2025">{t('layout2025')}</option>
            <option value="2019">{t('layout2019')}</option>
          </select>
        </label>
        <label>
          {t('report.lang')}{' '}
          <select
            value={reportLang}
            onChange={(e) => {
              setReportLang(e.target.value as 'vi' | 'en');
              setFiles(null);
            }}
            data-testid="report-lang"
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <button
        type="button"
        onClick={() => void make()}
        disabled={busy || status !== 'ready' || !session}
        data-testid="report-make"
      >
        {busy ? t('report.making') : t('report.make')}
      </button>
      {error && (
        <p className="status error" role="alert" data-testid="report-error">
          {error[lang]}
        </p>
      )}
      {files && (
        <div className="export-buttons" role="group" aria-label={t('report.files')} data-testid="report-files">
          <button type="button" onClick={openPage} data-testid="report-html">
            {t('report.page')}
          </button>
          <button
            type="button"
            onClick={() => downloadText(files.csv, 'text/csv;charset=utf-8', `${files.name}.csv`)}
            data-testid="report-csv"
          >
            CSV
          </button>
          <button
            type="button"
            onClick={() => downloadText(files.geojson, 'application/geo+json', `${files.name}.geojson`)}
            data-testid="report-geojson"
          >
            GeoJSON
          </button>
        </div>
      )}
      {files && blocked && (
        <p className="note" role="status" data-testid="report-blocked">
          {partText(READABLE_UI_MESSAGES, lang)('readableUi.pageBlocked').replace('{file}', blocked)}
        </p>
      )}
      <p className="note">{t('report.note')}</p>
    </fieldset>
  );
}
