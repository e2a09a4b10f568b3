/**
 * The end-to-end harness: Debian's Chromium driven by playwright-core (never Playwright's own browser
 * download), WebGL through SwiftShader, every request recorded, every request to another host aborted, console
 * and page errors collected, and numbered screenshots in `test/output/`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); override with `CHROMIUM_PATH`. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where screenshots go (git-ignored). */
export const OUTPUT_DIR = resolve(import.meta.dirname, '../output');

/** Chromium flags: software WebGL (no GPU on CI), and no background traffic of the browser's own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** How long a Playwright action (click, locator read) may wait for its element, ms. */
export const ACTION_TIMEOUT_MS = 15_000;

/**
 * How long a step that waits on the worker (reading an import, an analysis) may take, ms. The worker is one
 * thread: a file read queues behind the recompute the previous step started, which on a busy 2-core machine
 * takes tens of seconds.
 */
export const WORKER_TIMEOUT_MS = 120_000;

/** Viewport of every page, CSS pixels. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Hosts that count as this machine. */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Console errors that are not the app's fault, each with its reason. Keep this empty unless a message truly
 * cannot be avoided.
 */
export const BENIGN_CONSOLE_ERRORS: readonly { pattern: RegExp; reason: string }[] = [];

/** One response the page received. */
export type ResponseRecord = { url: string; status: number; method: string };

/** A browser page with what it did recorded. */
export type Session = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request the page (and its workers) made, in order. */
  requests: string[];
  /** Every response, in order. */
  responses: ResponseRecord[];
  /** Requests to hosts other than 127.0.0.1 / localhost; they were aborted. */
  external: string[];
  /** Console errors (minus `BENIGN_CONSOLE_ERRORS`), uncaught page errors, failed local requests, HTTP ≥ 400. */
  errors: string[];
  /**
   * Saves `test/output/<session>-<nn>-<step>.png` of the whole page and returns the PNG; with `selector`, of
   * that element alone, everything else (including overlays) hidden.
   */
  screenshot: (step: string, selector?: string) => Promise<Buffer>;
  close: () => Promise<void>;
};

/** Whether `url` stays on this machine (`data:` and `blob:` URLs never leave it). */
export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

/** Launches Chromium and opens one recorded page; `name` prefixes its screenshots. Call `close()` when done. */
export async function openSession(name: string): Promise<Session> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `e2e: Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'vi-VN',
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const responses: ResponseRecord[] = [];
  const external: string[] = [];
  const errors: string[] = [];

  // Routing on the context also catches requests of the page's workers.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) await route.continue();
    else {
      external.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  page.on('request', (req) => requests.push(req.url()));
  page.on('response', (res) => {
    responses.push({ url: res.url(), status: res.status(), method: res.request().method() });
    if (res.status() >= 400 && isLocalUrl(res.url()))
      errors.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    // Leaving a page aborts the browser's own late favicon request: not an app failure.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && req.url().endsWith('/favicon.svg')) return;
    if (isLocalUrl(req.url())) errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`);
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (BENIGN_CONSOLE_ERRORS.some(({ pattern }) => pattern.test(text))) return;
    const where = msg.location();
    // An aborted request to another host is already in `external`; do not report it twice.
    if (external.includes(where.url) && text.includes('ERR_BLOCKED_BY_CLIENT')) return;
    errors.push(`console.error: ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.stack ?? err.message}`));

  let shots = 0;
  const screenshot = async (step: string, selector?: string): Promise<Buffer> => {
    shots += 1;
    const path = resolve(OUTPUT_DIR, `${name}-${String(shots).padStart(2, '0')}-${step}.png`);
    if (!selector) return page.screenshot({ path });
    // Only the element itself: controls, panels and banners drawn over it would count as its content. A
    // constructed style sheet, not Playwright's `style` (a <style> element the public map's CSP refuses).
    const css = `body * { visibility: hidden !important; } ${selector}, ${selector} * { visibility: visible !important; }`;
    await page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, css);
    try {
      return await page.locator(selector).first().screenshot({ path });
    } finally {
      await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)));
    }
  };
  const close = async (): Promise<void> => {
    await context.close();
    await browser.close();
  };
  return { browser, context, page, requests, responses, external, errors, screenshot, close };
}
