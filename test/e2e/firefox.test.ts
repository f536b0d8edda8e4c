// `npm run release` (scripts/release.ts) into a temp folder, its packages checked; then the released .xpi installed
// as a temporary add-on in Debian's firefox-esr, driven over WebDriver BiDi (puppeteer-core; ../shared/testing.md):
// the 使用说明 opens on install, the panel imports a roster, a report page from "the sites" (loopback HTTPS fixtures
// reached through a proxy that knows only the site hosts) becomes a record, and the 查验结果单 downloads as a PDF that
// passes the form engine's checks. addons-linter on the same .xpi: no errors. Screenshots: test-results/screenshots/firefox-*.png.
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_LEAVES_OUT } from '../../forms/fonts/files';
import { release, type ReleaseManifest } from '../../scripts/release';
import { CREDENTIAL_STATE_LABELS, CREDENTIAL_STATES } from '../../shared/rules';
import { SAMPLE_SITES_DIR, type SamplePage as FixtureEntry } from '../../shared/sample/sites';
import { SITE_HOSTS, isSiteUrl } from '../../shared/sites';
import { SAMPLE_APPLICANTS, sampleCredential } from '../../shared/sample/applicants';
import { expectEngineFonts, pdftext, squash } from '../render/poppler';
import { FIREFOX_ADDON_ID, launchFirefoxWithAddon, pageAt, startSiteProxy, type LaunchedFirefox, type SiteProxy } from './support/firefox';
import { startSiteServer, type Route, type SiteServer } from './support/site-server';
import { makeCertificate } from './support/tls';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES_DIR = fileURLToPath(SAMPLE_SITES_DIR);
const SHOTS = join(ROOT, 'test-results/screenshots');

const FIXTURES = (JSON.parse(readFileSync(join(SITES_DIR, 'index.json'), 'utf8')) as { fixtures: FixtureEntry[] }).fixtures.filter((f) =>
  isSiteUrl(f.url),
);
/** The 学历 report with a deliberate 专业 mismatch. */
const MISMATCH = FIXTURES.find((f) => f.file === 'xueli-report-items.html' && f.credential === 'a04-xl2')!;
const cred = sampleCredential('a04-xl2');

let tmp: string;
let releaseDir: string;
let released: ReleaseManifest;
let xpi: string;
let downloads: string;
let server: SiteServer;
let proxy: SiteProxy;
let ff: LaunchedFirefox;
let panel: Page;
/** addons-linter's JSON report, run beside the browser (it takes a while: the package holds some 10 MB of font tiers). */
let lint: Promise<string>;
let linter: ChildProcess | undefined;
const timings: string[] = [];

async function time<T>(what: string, f: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await f();
  } finally {
    timings.push(`${what} ${Date.now() - t0} ms`);
  }
}

/** Waits until `f` returns something truthy (the panel re-renders on its own time). */
async function until<T>(f: () => Promise<T>, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const text = (p: Page, selector: string) => p.$eval(selector, (e) => e.textContent ?? '').catch(() => '');

async function records(p: Page): Promise<{ credentialId: string; outcome: string }[]> {
  return p.evaluate(
    () =>
      new Promise<{ credentialId: string; outcome: string }[]>((res, rej) => {
        const req = indexedDB.open('zhicheng-desk');
        req.onerror = () => rej(req.error);
        req.onsuccess = () => {
          const r = req.result.transaction('records', 'readonly').objectStore('records').getAll();
          r.onsuccess = () => res((r.result as { credentialId: string; outcome: string }[]).map(({ credentialId, outcome }) => ({ credentialId, outcome })));
          r.onerror = () => rej(r.error);
        };
      }),
  );
}

/** Clicks the button whose visible text is `label` (exactly, or containing it). */
async function clickButton(p: Page, label: string, scope = 'body'): Promise<void> {
  const clicked = await p.evaluate(
    (label, scope) => {
      const b = [...document.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((x) => x.textContent?.includes(label) && !x.disabled);
      b?.click();
      return Boolean(b);
    },
    label,
    scope,
  );
  if (!clicked) throw new Error(`no button ${label}`);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'zhicheng-firefox-'));
  mkdirSync(SHOTS, { recursive: true });
  downloads = join(tmp, 'downloads');
  mkdirSync(downloads);
  releaseDir = join(tmp, 'release');
  released = await time('release', async () => release(releaseDir));
  xpi = join(releaseDir, released.files.find((f) => f.kind === 'firefox')!.file);
  const lintStarted = Date.now();
  // addons-linter exits 1 when it found errors; its JSON is on stdout either way.
  lint = new Promise((res) => {
    linter = execFile(join(ROOT, 'node_modules/.bin/addons-linter'), ['--output', 'json', xpi], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }, (_e, stdout) => {
      timings.push(`addons-linter ${Date.now() - lintStarted} ms`);
      res(stdout);
    });
  });
  const routes: Route[] = FIXTURES.map((f) => ({ url: f.url, body: readFileSync(join(SITES_DIR, f.file)), charset: f.charset }));
  server = await startSiteServer(makeCertificate(tmp, SITE_HOSTS), routes);
  proxy = await startSiteProxy(server.port, SITE_HOSTS);
  ff = await time('launch + install', () => launchFirefoxWithAddon({ addon: xpi, proxyPort: proxy.port, downloadDir: downloads }));
});

afterAll(async () => {
  // The linter's own test has waited for it already; if that test timed out, it is not waited for again.
  linter?.kill('SIGKILL');
  // Closing over BiDi can hang when the browser is busy: the process is ours, end it after a while.
  await time('close', () => Promise.race([ff?.browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))]));
  ff?.browser.process()?.kill('SIGKILL');
  await time('servers closed', () => Promise.all([proxy?.close(), server?.close()]));
  console.log(`[timing] firefox e2e (${ff?.version}): ${timings.join(', ')}`);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the release packages', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const fileOf = (kind: string) => join(releaseDir, released.files.find((f) => f.kind === kind)!.file);
  // Debian's unzip (not our code) tests every entry's CRC and lists the names.
  const entries = (kind: string) => {
    execFileSync('unzip', ['-tq', fileOf(kind)]);
    return execFileSync('unzip', ['-Z1', fileOf(kind)], { encoding: 'utf8', maxBuffer: 16 << 20 }).trim().split('\n');
  };
  const manifestOf = (kind: string) => JSON.parse(execFileSync('unzip', ['-p', fileOf(kind), 'manifest.json'], { encoding: 'utf8' })) as Record<string, unknown>;

  it('are listed with their version and SHA-256, which sha256sum confirms', () => {
    expect(released.version).toBe(pkg.version);
    expect(released.files.map((f) => f.file)).toEqual(['chrome.zip', 'firefox.xpi', 'sources.zip', 'web.zip'].map((x) => `${pkg.name}-${pkg.version}-${x}`));
    expect(JSON.parse(readFileSync(join(releaseDir, 'release.json'), 'utf8'))).toEqual(released);
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: releaseDir, encoding: 'utf8' });
    expect(check.trim().split('\n')).toEqual(released.files.map((f) => `${f.file}: OK`));
  });

  it('hold the extension for Chrome/Edge and Firefox, and the static page with its 使用说明', () => {
    const chrome = manifestOf('chrome');
    expect(chrome).toMatchObject({ manifest_version: 3, version: pkg.version });
    expect(entries('chrome')).toEqual(expect.arrayContaining(['sidepanel.html', 'help.html', 'generator.html', 'background.js', 'fonts/NotoSerifSC-Common.ttf', 'fonts/NotoSerifSC-4000.ttf', 'fonts/HanaMinB-20000.ttf']));
    // The store size: some font pieces are left out of the extension, kept in the static page.
    expect(entries('chrome').filter((f) => EXTENSION_LEAVES_OUT.some((name) => f === `fonts/${name}`))).toEqual([]);
    const firefox = manifestOf('firefox');
    expect(firefox).toMatchObject({ manifest_version: 2, version: pkg.version, browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID } } });
    const web = entries('web');
    expect(web).toEqual(expect.arrayContaining(['index.html', 'help.html', 'fonts/NotoSerifSC-Common.ttf', 'fonts/NotoSerifSC-9000.ttf', 'fonts/HanaMinB-20000.ttf']));
    expect(entries('firefox-sources')).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']));
    // Sources only: no build (the CLI's in dist/cli exists after every install).
    expect(entries('firefox-sources').filter((e) => e.startsWith('dist/'))).toEqual([]);
  });

  it('declare the browsers\' floors, and their code is no newer than those browsers read (ES2022: Chrome 102, Firefox 115)', () => {
    expect(manifestOf('chrome').minimum_chrome_version).toBe('102');
    expect(manifestOf('firefox')).toMatchObject({ browser_specific_settings: { gecko: { strict_min_version: '115.0' } } });
    for (const kind of ['chrome', 'firefox']) {
      const dir = join(tmp, `unpacked-${kind}`);
      execFileSync('unzip', ['-q', fileOf(kind), '-d', dir]);
      const scripts = entries(kind).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(5);
      for (const f of scripts) {
        const code = readFileSync(join(dir, f), 'utf8');
        // acorn refuses syntax after ES2022 (regex v flag, import attributes, `using`, …) at this ecmaVersion.
        expect(() => parse(code, { ecmaVersion: 2022, sourceType: 'module' }), `${kind} ${f}`).not.toThrow();
      }
    }
  });
});

describe('the released add-on in Firefox ESR', () => {
  it('is Debian\'s firefox-esr, and the add-on opens its 使用说明 once installed', async () => {
    const esr = execFileSync('/usr/bin/firefox-esr', ['--version'], { encoding: 'utf8' }).trim();
    expect(esr).toMatch(/^Mozilla Firefox \d+\.\d+(\.\d+)?esr$/);
    ff.version = esr;
    const help = await pageAt(ff.browser, `${ff.base}help.html`);
    await until(() => text(help, 'h1'), 'the help heading');
    expect(await text(help, 'h1')).toBe('职称核验助手 · 使用说明');
    // The state names are the rules' own, every one.
    const states = await help.$$eval('table.states tbody th', (ths) => ths.map((t) => t.textContent));
    expect(states).toEqual(CREDENTIAL_STATES.map((s) => CREDENTIAL_STATE_LABELS[s]));
    // BiDi may not navigate a tab to a moz-extension:// page; the add-on's own page may: the panel, in this tab.
    await help.evaluate(() => {
      location.href = '/sidepanel.html';
    });
    panel = await pageAt(ff.browser, `${ff.base}sidepanel.html`);
    await panel.setViewport({ width: 380, height: 900 });
    await until(() => text(panel, 'main').then((t) => t.includes('还没有申报人')), 'the empty panel');
  });

  it('imports the sample roster', async () => {
    await time('import', async () => {
      const input = await panel.$('input#roster-file');
      await input!.uploadFile(join(ROOT, 'test/fixtures/roster/sample.xlsx'));
      await until(() => text(panel, 'main').then((t) => t.includes(`导入有效的${SAMPLE_APPLICANTS.length}行`)), 'the import preview');
      await clickButton(panel, `导入有效的${SAMPLE_APPLICANTS.length}行`);
      await until(() => text(panel, 'main').then((t) => t.includes(`申报人（${SAMPLE_APPLICANTS.length}）`)), 'the imported list');
    });
    await panel.screenshot({ path: join(SHOTS, 'firefox-01-imported.png') });
  });

  it('reads a report page from the site into a record and shows the mismatch', async () => {
    const report = await ff.browser.newPage();
    await time('read report', async () => {
      await report.goto(MISMATCH.url);
      expect(await report.evaluate(() => location.href)).toBe(MISMATCH.url);
      await until(() => records(panel).then((r) => r.length === 1), 'the stored record');
    });
    expect((await records(panel)).map((r) => r.outcome)).toEqual(['mismatch']);
    // The panel (a tab of the same window here) shows the page of the tab in front: the report's.
    await until(() => text(panel, '.page-card[data-verdict="recorded"]'), 'the page card');
    expect(await text(panel, '.page-card .badge')).toBe(CREDENTIAL_STATE_LABELS.mismatch);
    expect(await text(panel, '.compare tr.row-bad')).toContain('专业');
    await panel.screenshot({ path: join(SHOTS, 'firefox-02-mismatch.png') });
    await report.close();
  });

  it('downloads the 查验结果单 as a PDF that passes the form engine checks', async () => {
    // The panel opens the applicant of the page in front on its own time; open it here only while its head says
    // it is closed (a blind toggle could close what the panel just opened), then press the credential's sheet button.
    const file = await time('sheet download', async () => {
      await until(
        () =>
          panel.evaluate(
            ({ name, no }) => {
              const head = [...document.querySelectorAll<HTMLButtonElement>('li.applicant button.applicant-head')].find((h) => h.textContent?.includes(name));
              if (head?.getAttribute('aria-expanded') !== 'true') {
                if (head && !head.disabled) head.click();
                return false;
              }
              const li = [...document.querySelectorAll('li.credential')].find((x) => x.textContent?.includes(no));
              const b = [...(li?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((x) => x.textContent?.includes('查验结果单') && !x.disabled);
              b?.click();
              return Boolean(b);
            },
            { name: cred.applicant.name, no: cred.credential.certNo },
          ),
        'the sheet button',
      ).catch(async (e: Error) => {
        // Say what the panel showed instead: a timeout alone tells nothing on CI.
        await panel.screenshot({ path: join(SHOTS, 'firefox-03-no-sheet-button.png') }).catch(() => {});
        throw new Error(`${e.message}; the panel showed: ${(await text(panel, 'main')).slice(0, 1500)}`);
      });
      return until(async () => readdirSync(downloads).find((f) => f.endsWith('.pdf')) ?? '', 'the downloaded PDF', 60_000);
    });
    expect(file).toMatch(new RegExp(`^${cred.applicant.name}-学历学位查验结果单-学历-.+\\.pdf$`));
    const path = join(downloads, file);
    expectEngineFonts(path);
    const sheet = squash(pdftext(path));
    for (const s of [cred.applicant.name, cred.credential.certNo, '外科学', '专业不一致']) expect(sheet).toContain(s);
  });

  it('reached only the site hosts, through the loopback fixtures', () => {
    expect(server.seen.some((u) => u.startsWith(MISMATCH.url.split('?')[0]!))).toBe(true);
    const allowed = new Set(SITE_HOSTS.map((h) => `${h}:443`));
    // Everything else was refused by the proxy; the add-on itself asked for nothing else.
    const outside = proxy.asked.filter((a) => !allowed.has(a));
    expect(outside).toEqual([]);
  });

  it('passes addons-linter with no errors', { timeout: 240_000 }, async () => {
    const out = await lint;
    const report = JSON.parse(out) as { summary: { errors: number; warnings: number }; errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.message} ${e.file ?? ''}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    console.log(`[addons-linter] ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  });
});
