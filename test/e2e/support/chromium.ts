import { existsSync, readdirSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** Flags every test browser gets: headless, no sandbox (root in CI), and nothing that talks to the network itself. */
const SAFE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** Every request a page or worker of this context made (URL). */
  requests: string[];
  worker: Worker;
  /** The 使用说明 the extension opens once when installed (a fresh profile only). */
  help?: Page;
}

/**
 * Debian's Chromium with the built extension, exactly as ../shared/testing.md measured: --headless=new, the site hosts
 * mapped to the fixture server, every other host refused, no background networking.
 */
export async function launchWithExtension(opts: {
  profileDir: string;
  extensionDir: string;
  port: number;
  hosts: readonly string[];
  /** A screen of this size, windows drawn at their own sizes (no emulated viewport), e.g. an office's 1366×768. */
  screen?: { width: number; height: number };
  args?: readonly string[];
}): Promise<Launched> {
  const fresh = !existsSync(opts.profileDir) || readdirSync(opts.profileDir).length === 0;
  const rules = [...opts.hosts.map((h) => `MAP ${h}:443 127.0.0.1:${opts.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(opts.profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: opts.screen ? null : { width: 1100, height: 900 },
    locale: 'zh-CN',
    args: [
      ...SAFE_ARGS,
      ...(opts.screen ? [`--screen-info={${opts.screen.width}x${opts.screen.height}}`] : []),
      ...(opts.args ?? []),
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // Installing opens the 使用说明 once: wait for it, so that no test takes it for a page it is waiting for.
  const helpUrl = `chrome-extension://${extensionId}/help.html`;
  const help = fresh ? await pageAt(context, helpUrl) : undefined;
  return { context, extensionId, requests, worker, ...(help ? { help } : {}) };
}

/** The page of this context whose URL is (or becomes) `url`: a tab or window the extension opened itself. */
export async function pageAt(context: BrowserContext, url: string, timeoutMs = 20_000): Promise<Page> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > end) throw new Error(`no page at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The side panel as an ordinary tab, at a side panel's width. */
export async function openPanel(l: Launched): Promise<Page> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 380, height: 900 });
  await page.goto(`chrome-extension://${l.extensionId}/sidepanel.html`);
  return page;
}

export interface LaunchedPlain {
  context: BrowserContext;
  /** Every request a page or worker of this context made (URL). */
  requests: string[];
}

/** The same Chromium without an extension, for a plain web page served from loopback; every other host is refused. */
export async function launchPlain(opts: { profileDir: string; viewport: { width: number; height: number } }): Promise<LaunchedPlain> {
  const context = await chromium.launchPersistentContext(opts.profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: opts.viewport,
    locale: 'zh-CN',
    acceptDownloads: true,
    args: [...SAFE_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return { context, requests };
}
