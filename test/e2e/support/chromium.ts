import { chromium, type BrowserContext, type Page } from 'playwright-core';

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
}): Promise<Launched> {
  const rules = [...opts.hosts.map((h) => `MAP ${h}:443 127.0.0.1:${opts.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(opts.profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1100, height: 900 },
    locale: 'zh-CN',
    args: [
      ...SAFE_ARGS,
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
  return { context, extensionId, requests };
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
