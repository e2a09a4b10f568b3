/**
 * Reads a signal-measurement file from its bytes, in the browser (a dropped `File`) and in Node (`fs.openAsBlob`):
 * decoded by the project's one text loader (`text-input.ts`: byte-order mark, UTF-16 with or without a mark,
 * strict UTF-8, else Windows-1258), then GeoJSON (by a `.json` / `.geojson` name, else a first character `{`) read
 * whole, or delimited text streamed through `createMeasurementImporter`. Notes about the encoding come first among
 * the report's warnings.
 */
import { encodingIssues, type DecodeOptions } from './encoding.js';
import { readGeoJsonText } from './geojson-text.js';
import { createMeasurementImporter, importMeasurementFeatures, type MeasurementImport } from './measurements.js';
import { decodeBlob, decodeBytes, type ByteSource } from './text-input.js';

/** Reads a whole measurement file: `source` gives its bytes, `name` its kind and every message's file name. */
export async function importMeasurementFile(
  source: ByteSource & { arrayBuffer?: () => Promise<ArrayBuffer> },
  name: string,
  options: DecodeOptions = {},
): Promise<MeasurementImport> {
  if (/\.(geo)?json$/i.test(name)) return importGeoJson(await bytesOf(source), name, options);
  let importer = createMeasurementImporter(name);
  let first: string | null = null;
  let geojson = false;
  const encoding = await decodeBlob(
    source,
    name,
    {
      push: (text) => {
        if (first === null && text.trim() !== '') {
          first = text.trimStart().charAt(0);
          geojson = first === '{';
        }
        if (!geojson) importer.push(text);
      },
      restart: () => {
        importer = createMeasurementImporter(name); // strict UTF-8 failed: read again as Windows-1258
        first = null;
        geojson = false;
      },
    },
    options,
  );
  // A GeoJSON file without its extension: read again whole.
  if (geojson) return importGeoJson(await bytesOf(source), name, options);
  const result = importer.end();
  result.report.encoding = encoding;
  result.report.warnings.unshift(...encodingIssues(encoding, name));
  return result;
}

/** A GeoJSON file's bytes → measurements; the reader's and the decoder's issues join the report. */
function importGeoJson(bytes: Uint8Array, name: string, options: DecodeOptions): MeasurementImport {
  const { text, report: encoding } = decodeBytes(bytes, name, options);
  const read = readGeoJsonText(text, name);
  const result = importMeasurementFeatures(read.features, read.indices, name);
  result.report.encoding = encoding;
  result.report.warnings.unshift(
    ...encodingIssues(encoding, name),
    ...read.issues.filter((i) => i.severity === 'warning'),
  );
  result.report.fileErrors.unshift(...read.issues.filter((i) => i.severity === 'error'));
  return result;
}

/** All bytes of a source (a `Blob` reads them at once; a bare stream is drained). */
async function bytesOf(source: ByteSource & { arrayBuffer?: () => Promise<ArrayBuffer> }): Promise<Uint8Array> {
  if (source.arrayBuffer) return new Uint8Array(await source.arrayBuffer());
  const parts: Uint8Array[] = [];
  const reader = source.stream().getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
