/**
 * The import tab's named-line files (issue #17: "Railway and metro lines when a line file is imported as such";
 * named roads): a GeoJSON or FlatGeobuf file of lines, read in the worker as roads, railways or metro lines (or by
 * their OSM tags), whose lines the search box then finds with their coverage (LinePanel.tsx). Each file read says
 * how many lines it gave from how many features and how it was read (format, text encoding, coordinate system and
 * why), lists its errors (file, feature, value, rule) and can be removed.
 * The files stay until the page is closed.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { useSession } from './session-context.js';
import { linesText } from './messages/lines.js';
import { issueText } from '../domain/report.js';
import { LINE_KINDS } from '../domain/named-line.js';
import type { LineKindChoice } from '../data/import/line-import.js';
import { BUILT_IN_SET } from '../domain/named-line.js';
import { formatFigure } from './locale-format.js';
import { FilePicker } from './FilePicker.js';

/** How a line file's format is named on screen. */
const FORMAT_NAMES = { geojson: 'GeoJSON', flatgeobuf: 'FlatGeobuf' } as const;

/** Messages listed at most per file. */
const SHOWN_ISSUES = 20;

const noSubscribe = () => () => {};
const nothing = () => null;

export function LineImportSection() {
  const session = useSession();
  const lines = session?.lines ?? null;
  const state = useSyncExternalStore(lines?.subscribe ?? noSubscribe, lines ? lines.getSnapshot : nothing);
  const lang = useAppStore((s) => s.lang);
  const [kind, setKind] = useState<LineKindChoice>('auto');
  // The files saved by an earlier visit are listed (and can be removed) without a search first.
  useEffect(() => void lines?.load(), [lines]);
  if (!lines || !state) return null;
  const saved = new Map<string, { source: string; lines: number }>();
  for (const e of state.entries)
    if (e.set !== BUILT_IN_SET && !state.imports.some((r) => r.setId === e.set))
      saved.set(e.set, { source: e.source, lines: (saved.get(e.set)?.lines ?? 0) + 1 });
  const l = linesText(lang);
  const n = (v: number) => formatFigure(v, lang, 0);
  const fill = (text: string, values: Record<string, number>) =>
    text.replace(/\{(\w+)\}/g, (_, k: string) => n(values[k] ?? 0));

  return (
    <section className="ground-section" data-testid="line-import">
      <h3>{l('line.import.title')}</h3>
      <p className="note">{l('line.import.hint')}</p>
      <label>
        {l('line.import.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as LineKindChoice)} data-testid="line-kind">
          <option value="auto">{l('line.import.auto')}</option>
          {LINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {l(`line.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <FilePicker
        label={l('line.import.file')}
        lang={lang}
        accept=".json,.geojson,.fgb"
        disabled={state.importing !== null}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void lines.importFile(file, kind);
        }}
        data-testid="line-file"
      />
      {state.importing && (
        <p className="status">
          {l('line.import.reading')} {state.importing}…
        </p>
      )}
      {[...saved].map(([setId, f]) => (
        <p key={setId} data-testid="line-saved">
          <strong>{f.source}</strong>: {fill(l('line.import.saved'), { lines: f.lines })}
          {' · '}
          <button type="button" onClick={() => void lines.remove(setId)}>
            {l('line.import.remove')}
          </button>
        </p>
      ))}
      {state.imports.map((r) => (
        <div key={r.file} data-testid="line-import-report">
          <p>
            <strong>{r.file}</strong>:{' '}
            {fill(l('line.import.result'), { lines: r.lines, accepted: r.accepted, features: r.features })}
            {r.setId && (
              <>
                {' · '}
                <button type="button" onClick={() => void lines.remove(r.setId!)}>
                  {l('line.import.remove')}
                </button>
              </>
            )}
          </p>
          {r.read && (
            <p className="note" data-testid="line-read">
              {l('line.import.read')}: {FORMAT_NAMES[r.read.format]}
              {r.read.encoding &&
                `, ${r.read.encoding.encoding.toUpperCase()}${r.read.encoding.bom ? ` (${l('line.import.bom')})` : ''}`}
              {' · '}
              {lang === 'vi' ? r.read.crs.reasonVi : r.read.crs.reason}
            </p>
          )}
          {r.issues.length > 0 && (
            <ul className="import-issues" aria-label={l('line.import.issues')} data-testid="line-issues">
              {r.issues.slice(0, SHOWN_ISSUES).map((i, k) => (
                <li key={k} className={i.severity}>
                  {issueText(i, lang)}
                </li>
              ))}
              {r.issues.length > SHOWN_ISSUES && <li>… {n(r.issues.length - SHOWN_ISSUES)}</li>}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
