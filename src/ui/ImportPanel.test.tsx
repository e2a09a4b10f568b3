// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ImportPanel } from './ImportPanel.js';
import { SessionContext } from './session-context.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { importSitesText } from '../data/import/import-sites.js';
import type { Session } from '../session/session.js';
import type { ImportedFile } from '../data/import/import-file.js';
import { importMetaOf, storedImportsOf } from '../data/import/import-parts.js';
import { SAMPLE_PROVENANCE } from '../domain/provenance.js';
import type { ImportMode } from '../data/persist/schema.js';

afterEach(cleanup);

type Deferred<T> = { promise: Promise<T>; resolve: (v: T) => void };
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A site file read as the worker reads it (one good row each, named after the file). */
const siteFile = (id: string): ImportedFile => ({
  kind: 'sites',
  result: importSitesText(`id,operator,lng,lat,tech,band\n${id},viettel,105.85,21.03,4G,1800\n`, { source: id }),
});

/**
 * A session whose reads and saves finish when the test says: each `importFile` waits on its own promise (and
 * rejects at once when aborted, as the worker client does) and answers a read number; `addImport` applies a read
 * by its number once `saved` resolves, as the worker does.
 */
function fakeSession(store: AppStore) {
  const reads = new Map<string, Deferred<ImportedFile>>();
  const aborted: string[] = [];
  const kept: { name: string; imported: ImportedFile }[] = [];
  let saved = deferred<void>();
  const session = {
    importFile: (file: File, _kind: unknown, _options: unknown, _progress: unknown, signal?: AbortSignal) => {
      const read = deferred<ImportedFile>();
      reads.set(file.name, read);
      return new Promise<{ readId: number; file: ImportedFile }>((resolve, reject) => {
        signal?.addEventListener('abort', () => {
          aborted.push(file.name);
          reject(new DOMException('aborted', 'AbortError'));
        });
        void read.promise.then((imported) => {
          kept.push({ name: file.name, imported });
          resolve({ readId: kept.length, file: imported });
        });
      });
    },
    addImport: async (readId: number, mode: ImportMode) => {
      await saved.promise;
      const { name, imported } = kept[readId - 1]!;
      const stamp = { id: `import-${readId}`, fileName: name, importedAt: '2026-12-05T00:00:00Z', mode };
      const s = store.getState();
      s.importsApplied([...s.imports, ...storedImportsOf(imported, stamp).map(importMetaOf)], SAMPLE_PROVENANCE);
    },
  };
  return {
    session: session as unknown as Session,
    aborted,
    finishRead: (name: string, imported: ImportedFile) => act(async () => reads.get(name)!.resolve(imported)),
    finishSave: () =>
      act(async () => {
        saved.resolve();
        saved = deferred<void>();
      }),
  };
}

function renderPanel() {
  const store = createAppStore(null);
  store.getState().analysisStarted('index');
  const fake = fakeSession(store);
  render(
    <StoreContext.Provider value={store}>
      <SessionContext.Provider value={fake.session}>
        <ImportPanel />
      </SessionContext.Provider>
    </StoreContext.Provider>,
  );
  const choose = (name: string) =>
    act(() => {
      fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['x'], name)] } });
    });
  return { store, choose, ...fake };
}

const reportedRows = () => screen.queryByTestId('import-report')?.textContent ?? null;

describe('ImportPanel', () => {
  it('a file chosen while the previous one is still being applied keeps its report when that apply ends', async () => {
    const { store, choose, finishRead, finishSave } = renderPanel();
    await choose('a.csv');
    await finishRead('a.csv', siteFile('A-1'));
    expect(reportedRows()).toContain('a.csv');
    fireEvent.click(screen.getByTestId('import-apply'));
    // The first file is still being saved when the second one is chosen and read.
    await choose('b.csv');
    await finishRead('b.csv', siteFile('B-1'));
    expect(reportedRows()).toContain('b.csv');
    await finishSave();
    expect(store.getState().imports.map((i) => i.fileName)).toEqual(['a.csv']);
    expect(reportedRows()).toContain('b.csv');
    // The second file applies in its turn.
    fireEvent.click(screen.getByTestId('import-apply'));
    await finishSave();
    expect(store.getState().imports.map((i) => i.fileName)).toEqual(['a.csv', 'b.csv']);
    expect(reportedRows()).toBeNull();
  });

  it('choosing another file stops the read of the previous one: only the newest report is shown', async () => {
    const { choose, finishRead, aborted } = renderPanel();
    await choose('old.csv');
    await choose('new.csv');
    expect(aborted).toEqual(['old.csv']);
    await finishRead('new.csv', siteFile('N-1'));
    await finishRead('old.csv', siteFile('O-1'));
    expect(reportedRows()).toContain('new.csv');
    expect(reportedRows()).not.toContain('old.csv');
    expect(screen.queryByTestId('import-error')).toBeNull();
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });
});
