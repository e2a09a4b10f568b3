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
import { importCoverageFeatures, type CoverageImport } from '../data/import/coverage-import.js';
import { importCableFeatures, type CableImport } from '../data/import/cable-import.js';

/** What a file holds, as the user says or as detected (`auto`). */
export type ImportKindChoice = 'auto' | 'sites' | 'coverage' | 'cables';

/** An imported file read, by what it holds. */
export type ImportedFile =
  | { kind: 'sites'; result: SiteImportResult }
  | { kind: 'coverage'; result: CoverageImport }
  | { kind: 'cables'; result: CableImport };

/**
 * Reads any importable file: a delimited file is a site list; GeoJSON and FlatGeobuf hold sites (points),
 * coverage polygons or cable segments (lines), told by `kind` or, with `auto`, by the first feature's
 * geometry.
 */
export async function importAnyFile(
  file: Blob,
  name: string,
  kind: ImportKindChoice,
  options: Omit<SiteImportOptions, 'source'>,
  onProgress: (p: ImportProgress & { bytes: number; totalBytes: number }) => void = () => {},
): Promise<ImportedFile> {
  const fileKind = fileKindOf(name) ?? (await sniff(file));
  if (fileKind === 'delimited' || kind === 'sites') {
    if (kind !== 'auto' && kind !== 'sites') throw new Error(`${name}: ${kind === 'coverage' ? 'coverage polygons' : 'cable segments'} must come as GeoJSON or FlatGeobuf, not as a delimited text file`);
    return { kind: 'sites', result: await importSiteFile(file, name, options, onProgress) };
  }
  const features = fileKind === 'geojson' ? geoJsonFeatures(await file.text(), name) : ((await readFgb(new Uint8Array(await file.arrayBuffer()), { name })).features as Feature[]);
  const type = features.find((f) => f?.geometry)?.geometry?.type;
  const holds = kind !== 'auto' ? kind : type === 'Polygon' || type === 'MultiPolygon' ? 'coverage' : type === 'LineString' || type === 'MultiLineString' ? 'cables' : 'sites';
  if (holds === 'coverage') return { kind: 'coverage', result: importCoverageFeatures(features, name) };
  if (holds === 'cables') return { kind: 'cables', result: importCableFeatures(features, name) };
  return { kind: 'sites', result: importSiteFeatures(features, { ...options, source: name }) };
}

async function sniff(file: Blob): Promise<FileKind> {
  const head = new TextDecoder().decode(await file.slice(0, 64).arrayBuffer()).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') ? 'geojson' : 'delimited';
}

function geoJsonFeatures(text: string, name: string): Feature[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(`${name}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${name}: not a GeoJSON FeatureCollection (the file must have "type": "FeatureCollection" and a "features" array)`);
  return fc.features as Feature[];
}

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
