/**
 * The user guide as a page of the built app: renders `docs/huong-dan.md` (with `marked`) to
 * `public/huong-dan/index.html` and copies its images beside it, so the app's "Hướng dẫn" link opens it with no
 * request leaving the machine. Run by `npm run build` and `npm start`; the output is git-ignored.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { REPO_ROOT } from '../pipeline/options.js';

const OUT = join(REPO_ROOT, 'public/huong-dan');
const CSS = [
  'body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937}',
  'img{max-width:100%;border:1px solid #ccd;margin:.5rem 0}',
  'table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.3rem .5rem;vertical-align:top}',
  'code{background:#f3f4f6;padding:0 .2rem}',
].join('');

/** Writes the guide's page and images into `out` (default `public/huong-dan/`); answers the page's path. */
export async function writeGuidePage(out: string = OUT): Promise<string> {
  const body = await marked.parse(readFileSync(join(REPO_ROOT, 'docs/huong-dan.md'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const page = join(out, 'index.html');
  writeFileSync(
    page,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Hướng dẫn sử dụng — Bản đồ hạ tầng số Hà Nội</title><style>${CSS}</style></head><body><p><a href="../">← Bản đồ</a></p>${body}</body></html>`,
  );
  cpSync(join(REPO_ROOT, 'docs/img'), join(out, 'img'), { recursive: true });
  return page;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  console.log(`guide: wrote ${await writeGuidePage()}`);
}
