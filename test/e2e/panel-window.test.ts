// A browser with no side panel, as the older Chromium cores of 360, QQ and 奇安信 browsers: the built extension with
// the side-panel API taken away (its manifest without the sidePanel permission and side_panel key, so chrome.sidePanel
// is undefined in the service worker, exactly as on a core that lacks it), in Debian's Chromium at an office screen's
// size (1366×768). The toolbar button (pressed through DevTools' Extensions.triggerAction) opens the panel page in a
// narrow window beside the browser, and that window follows the tab in front of the browser window. The 使用说明 opens
// on install, is linked from the panel and the generator page, and its screenshots (public/help/*.png) are taken here.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_STATE_LABELS, CREDENTIAL_STATES } from '../../shared/rules';
import { SAMPLE_APPLICANTS, sampleCredential } from '../../shared/sample/applicants';
import { SAMPLE_SITES_DIR, type SamplePage as FixtureEntry } from '../../shared/sample/sites';
import { SITE_HOSTS, isSiteUrl } from '../../shared/sites';
import { launchWithExtension, pageAt, type Launched } from './support/chromium';
import { startSiteServer, type Route, type SiteServer } from './support/site-server';
import { makeCertificate } from './support/tls';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES_DIR = fileURLToPath(SAMPLE_SITES_DIR);
const SHOTS = join(ROOT, 'test-results/screenshots');
/** The 使用说明's screenshots, shipped with the extension and the static page, kept current by this test. */
const HELP_SHOTS = join(ROOT, 'public/help');
const SCREEN = { width: 1366, height: 768 };

const FIXTURES = (JSON.parse(readFileSync(join(SITES_DIR, 'index.json'), 'utf8')) as { fixtures: FixtureEntry[] }).fixtures.filter((f) => isSiteUrl(f.url));
const fixture = (file: string, credential: string) => FIXTURES.find((f) => f.file === file && f.credential === credential)!;
const MISMATCH = fixture('xueli-report-items.html', 'a04-xl2');
const IMAGES = fixture('xueli-report-table.html', 'a02-xl1');

let tmp: string;
let server: SiteServer;
let browser: Launched;
let panel: Page;
/** The browser window (type normal) the panel window stands beside. */
let normalWindowId: number;
/** The sample roster as the 使用说明 page hands it out. */
let sampleRoster: string;

interface Win {
  id: number;
  type: string;
  left: number;
  top: number;
  width: number;
  height: number;
}
/** The service worker's view of the windows: chrome.windows needs no permission. */
const windows = () =>
  browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { windows: { getAll(): Promise<Win[]> } } }).chrome.windows
      .getAll()
      .then((ws) => ws.map(({ id, type, left, top, width, height }) => ({ id, type, left, top, width, height }))),
  );

/** Presses the extension's toolbar button in the browser window (DevTools, as a user's click would). */
async function pressToolbarButton(): Promise<void> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: { type: string; targetId: string }[] };
  const tab = targetInfos.find((t) => t.type === 'tab');
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab!.targetId } as never);
  await cdp.detach();
}

/** A new tab in the browser window at `url`, in front; its Page. */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const tabId = await browser.worker.evaluate(
    ([windowId, url]) =>
      (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<{ id: number }> } } }).chrome.tabs
        .create({ windowId, url, active: true })
        .then((t) => t.id),
    [normalWindowId, url] as const,
  );
  return { page: await pageAt(browser.context, url, 30_000), tabId };
}

const activate = (tabId: number) =>
  browser.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: { tabs: { update(id: number, p: object): Promise<unknown> } } }).chrome.tabs.update(id, { active: true }).then(() => undefined),
    tabId,
  );

/** The panel window's whole page as a screenshot, for the 使用说明 and for test-results. */
async function helpShot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot();
  writeFileSync(join(SHOTS, `window-${name}.png`), png);
  writeFileSync(join(HELP_SHOTS, `${name}.png`), png);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'zhicheng-window-'));
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(HELP_SHOTS, { recursive: true });
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, ZHICHENG_WXT_OUT_DIR: join(tmp, 'build') }, stdio: 'pipe' });
  // The build as an older core sees it: no side-panel API at all.
  const extensionDir = join(tmp, 'no-side-panel');
  cpSync(join(tmp, 'build', 'chrome-mv3'), extensionDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { permissions: string[]; side_panel?: unknown };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
  delete manifest.side_panel;
  writeFileSync(join(extensionDir, 'manifest.json'), JSON.stringify(manifest));

  const routes: Route[] = FIXTURES.map((f) => ({ url: f.url, body: readFileSync(join(SITES_DIR, f.file)), charset: f.charset }));
  server = await startSiteServer(makeCertificate(tmp, SITE_HOSTS), routes);
  browser = await launchWithExtension({
    profileDir: join(tmp, 'profile'),
    extensionDir,
    port: server.port,
    hosts: SITE_HOSTS,
    screen: SCREEN,
    // Extensions.triggerAction (the toolbar button) is refused without it.
    args: ['--enable-unsafe-extension-debugging'],
  });
});

afterAll(async () => {
  await browser?.context.close().catch(() => {});
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('no side panel: the panel in a window of its own', () => {
  it('opens the 使用说明 once installed, with every state the rules name', async () => {
    const help = browser.help!;
    await help.locator('h1').waitFor();
    expect(await help.locator('h1').textContent()).toBe('职称核验助手 · 使用说明');
    expect(await help.locator('table.states tbody th').allTextContents()).toEqual(CREDENTIAL_STATES.map((s) => CREDENTIAL_STATE_LABELS[s]));
    await help.setViewportSize(SCREEN);
    await help.screenshot({ path: join(SHOTS, 'window-help.png'), fullPage: true });
    // Offline: every screenshot it shows is in the package (public/help/, written by this test's last run).
    await expect.poll(() => help.evaluate(() => [...document.images].map((i) => i.complete && i.naturalWidth > 0))).toEqual([true, true, true]);
    expect(await browser.worker.evaluate(() => typeof (globalThis as unknown as { chrome: { sidePanel?: unknown } }).chrome.sidePanel)).toBe('undefined');
    // First run: the sample roster from the 使用说明, imported in the panel below.
    const [d] = await Promise.all([help.waitForEvent('download'), help.getByRole('button', { name: /下载示例名册/ }).click()]);
    expect(d.suggestedFilename()).toBe('示例名册（虚构人员）.xlsx');
    sampleRoster = join(tmp, 'sample-from-help.xlsx');
    await d.saveAs(sampleRoster);
    await expect.poll(() => help.getByRole('status').textContent()).toContain('在面板中点“导入名单”');
  });

  it('the toolbar button opens the panel page in a narrow window along the right edge of the browser window', async () => {
    normalWindowId = (await windows()).find((w) => w.type === 'normal')!.id;
    // The browser filling the office screen, as it usually is.
    await browser.worker.evaluate(
      ([id, s]) =>
        (globalThis as unknown as { chrome: { windows: { update(id: number, p: object): Promise<unknown> } } }).chrome.windows
          .update(id, { left: 0, top: 0, width: s.width, height: s.height })
          .then(() => undefined),
      [normalWindowId, SCREEN] as const,
    );
    const normal = (await windows()).find((w) => w.id === normalWindowId);
    expect(normal).toMatchObject({ left: 0, top: 0, ...SCREEN });
    await pressToolbarButton();
    panel = await pageAt(browser.context, `chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByText('还没有申报人').waitFor();
    const popup = (await windows()).find((w) => w.type === 'popup')!;
    expect(popup).toMatchObject({ width: 400, height: normal!.height, top: normal!.top, left: normal!.left + normal!.width - 400 });
    // Pressed again, the same window comes back: no second one.
    await pressToolbarButton();
    await panel.waitForTimeout(500);
    expect((await windows()).filter((w) => w.type === 'popup')).toHaveLength(1);
    expect(browser.context.pages().filter((p) => p.url().endsWith('/sidepanel.html'))).toHaveLength(1);
  });

  it('imports the sample roster from the 使用说明 there', async () => {
    await panel.setInputFiles('#roster-file', sampleRoster);
    await panel.getByRole('button', { name: `导入有效的${SAMPLE_APPLICANTS.length}行` }).click();
    await panel.getByRole('heading', { name: `申报人（${SAMPLE_APPLICANTS.length}）` }).waitFor();
    await panel.locator('button.applicant-head').first().click();
    await helpShot(panel, 'panel-imported');
    await panel.locator('button.applicant-head').first().click();
  });

  it('follows the tab in front of the browser window', async () => {
    const mismatch = await openTab(MISMATCH.url);
    await panel.locator('.page-card[data-verdict="recorded"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => panel.locator('.page-card .badge').textContent()).toBe(CREDENTIAL_STATE_LABELS.mismatch);
    expect(await panel.locator('.page-card').textContent()).toContain(sampleCredential('a04-xl2').applicant.name);
    await helpShot(panel, 'panel-mismatch');

    const images = await openTab(IMAGES.url);
    await expect.poll(() => panel.locator('.page-card .badge').textContent(), { timeout: 30_000 }).toBe(CREDENTIAL_STATE_LABELS.confirm);
    expect(await panel.locator('.page-card').textContent()).toContain(sampleCredential('a02-xl1').applicant.name);

    // Back to the first tab: its page again; a tab with no site page: no page at all.
    await activate(mismatch.tabId);
    await expect.poll(() => panel.locator('.page-card .badge').textContent()).toBe(CREDENTIAL_STATE_LABELS.mismatch);

    // 去查验 from the window goes to the browser window's tab in front (a site tab: reused) and fills the form there.
    const next = sampleCredential('a11-xl1');
    await panel.locator('button.applicant-head', { hasText: next.applicant.name }).click();
    await panel.locator('li.credential', { hasText: next.credential.certNo }).getByRole('button', { name: /去查验/ }).click();
    await mismatch.page.waitForURL('https://www.chsi.com.cn/xlcx/lscx/query.do');
    await expect.poll(() => mismatch.page.inputValue('#zsbh')).toBe(next.credential.certNo);
    expect(await mismatch.page.inputValue('#xm')).toBe(next.applicant.name);
    await panel.locator('button.applicant-head', { hasText: next.applicant.name }).click();
    await openTab(`chrome-extension://${browser.extensionId}/help.html`);
    await expect.poll(() => panel.locator('.page-card').count()).toBe(0);
    await images.page.close();
  });

  it('links the 使用说明 from the panel and from the generator page', async () => {
    const fromPanel = browser.context.waitForEvent('page');
    await panel.getByRole('link', { name: '帮助' }).click();
    const help = await fromPanel;
    await help.waitForURL(`chrome-extension://${browser.extensionId}/help.html`);
    await help.close();

    const opened = browser.context.waitForEvent('page');
    await panel.getByRole('button', { name: '生成评审材料' }).click();
    const generator = await opened;
    await generator.waitForURL(`chrome-extension://${browser.extensionId}/generator.html`);
    await generator.setViewportSize(SCREEN);
    await generator.getByRole('button', { name: '载入示例名册' }).click();
    await generator.locator('iframe.pdf[src^="blob:"], .notice-bad').first().waitFor({ timeout: 60_000 });
    expect(await generator.locator('.notice-bad').count()).toBe(0);
    await generator.waitForTimeout(3000); // only for the screenshot: the PDF viewer draws after it has loaded
    await helpShot(generator, 'generator');
    const fromGenerator = browser.context.waitForEvent('page');
    await generator.getByRole('link', { name: '帮助' }).click();
    const help2 = await fromGenerator;
    await help2.waitForURL(`chrome-extension://${browser.extensionId}/help.html`);
    expect(await help2.locator('h1').textContent()).toBe('职称核验助手 · 使用说明');
  });
});
