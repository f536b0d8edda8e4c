import { connect } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { closerFor } from './closing';

/**
 * Firefox has no --host-resolver-rules: the browser is pointed at this proxy instead, which tunnels CONNECT to the
 * site hosts (port 443) into the loopback fixture server and refuses everything else, so the add-on sees the real
 * https URLs and nothing leaves the machine. Every host asked for is recorded.
 */
export interface SiteProxy {
  port: number;
  /** host:port of every tunnel or request the browser asked for. */
  asked: string[];
  close(): Promise<void>;
}

export async function startSiteProxy(sitePort: number, hosts: readonly string[]): Promise<SiteProxy> {
  const allowed = new Set(hosts.map((h) => `${h}:443`));
  const asked: string[] = [];
  const server: Server = createServer((req, res) => {
    // Plain http through the proxy (Firefox's own pings, captive-portal checks…): refused.
    asked.push(req.headers.host ?? req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, client) => {
    const target = req.url ?? '';
    asked.push(target);
    if (!allowed.has(target)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    // Either end gone (the browser killed mid-tunnel) ends the other, so no tunnel outlives the test.
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const close = closerFor(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, asked, close };
}

export const FIREFOX_ADDON_ID = 'zhicheng-desk@zhicheng.invalid';

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid>/ — fixed by the extensions.webextensions.uuids pref. */
  base: string;
  version: string;
}

/**
 * Debian's firefox-esr over WebDriver BiDi (../shared/testing.md), with the unsigned build (folder or .xpi) installed
 * as a temporary add-on, every connection sent to the proxy, downloads saved to `downloadDir` without asking.
 */
export async function launchFirefoxWithAddon(opts: { addon: string; proxyPort: number; downloadDir: string }): Promise<LaunchedFirefox> {
  const uuid = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // A release Firefox honours services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    acceptInsecureCerts: true,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: uuid }),
      'intl.accept_languages': 'zh-CN',
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.dns.disablePrefetch': true,
      // Firefox's own remote settings (blocklists and the like) would ask the network every few seconds.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.download.folderList': 2,
      'browser.download.dir': opts.downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'pdfjs.disabled': true,
    },
  });
  await browser.installExtension(opts.addon);
  return { browser, base: `moz-extension://${uuid}/`, version: await browser.version() };
}

/** The page whose document is at `url` (Puppeteer's page.url() can lag behind a tab the add-on opened itself). */
export async function pageAt(browser: Browser, prefix: string, timeoutMs = 30_000): Promise<Page> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return p;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no page at ${prefix}`);
}
