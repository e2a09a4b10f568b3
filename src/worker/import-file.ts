/**
 * Reads an imported site file in the worker: a delimited text file (the project's CSV or an OpenCelliD export)
 * is streamed through the importer chunk by chunk, so a 100,000-row file never sits in memory twice nor
 * blocks anything but this worker; GeoJSON and FlatGeobuf are read whole. The kind is chosen by the file
 * name's extension, else by the first character (`{` is GeoJSON).
 */
import type { Feature } from 'geojson';
import { createSiteImporter } from '../data/import/import-sites.js';
import { importSiteFeatures, importSitesGeoJson } from '../data/import/geojson-sites.js';
import type { ImportProgress, SiteImportOptions, SiteImportResult } from '../data/import/types.js';
import { readFgb } from '../data/fgb-read.js';

export type FileKind = 'delimited' | 'geojson' | 'flatgeobuf';

/** The kind of a file by its name; null when the name does not tell. */
export function fileKindOf(name: string): FileKind | null {
  if (/\.(csv|txt|tsv)$/i.test(name)) return 'delimited';
  if (/\.(geo)?json$/i.test(name)) return 'geojson';
  if (/\.fgb$/i.test(name)) return 'flatgeobuf';
  return null;
}

/** Imports one site file; `onProgress` is told after each chunk (bytes read of the total). */
export async function importSiteFile(
  file: Blob,
  name: string,
  options: Omit<SiteImportOptions, 'source'>,
  onProgress: (p: ImportProgress & { bytes: number; totalBytes: number }) => void = () => {},
): Promise<SiteImportResult> {
  const source = name;
  let kind = fileKindOf(name);
  if (kind === null) {
    const head = new TextDecoder().decode(await file.slice(0, 64).arrayBuffer()).replace(/^\uFEFF/, '').trimStart();
    kind = head.startsWith('{') ? 'geojson' : 'delimited';
  }
  if (kind === 'geojson') return importSitesGeoJson(await file.text(), { ...options, source });
  if (kind === 'flatgeobuf') {
    const fc = await readFgb(new Uint8Array(await file.arrayBuffer()), { name });
    return importSiteFeatures(fc.features as Feature[], { ...options, source });
  }
  const importer = createSiteImporter({ ...options, source });
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const progress = importer.push(decoder.decode(value, { stream: true }));
    onProgress({ ...progress, bytes, totalBytes: file.size });
  }
  const tail = decoder.decode();
  if (tail) importer.push(tail);
  return importer.end();
}
