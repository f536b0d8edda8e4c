// The built extension in Debian's Chromium against "the sites" served from loopback (../shared/testing.md): roster
// import, 去查验 with pre-fill, reading a report into a record, confirm-by-eye, a foreign host ignored, backup and
// restore, persistence across a browser restart, deletion. Screenshots of the panel go to test-results/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SITES_DIR, type SamplePage as FixtureEntry } from '../../shared/sample/sites';
import { SITE_HOSTS, isSiteUrl } from '../../shared/sites';
import { SAMPLE_APPLICANTS, sampleCredential } from '../../shared/sample/applicants';
import { planApplicant } from '../../shared/rules';
import { canonicalReportUrl } from '../../extension/readers/url';
import { expectEngineFonts, pdftext, squash } from '../render/poppler';
import { launchWithExtension, openPanel, type Launched } from './support/chromium';
import { startSiteServer, type Route, type SiteServer } from './support/site-server';
import { makeCertificate } from './support/tls';
import { PREVIEW_SHOWN_MARK } from '../../forms/web/components/PreviewPane';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES_DIR = fileURLToPath(SAMPLE_SITES_DIR);
const SHOTS = join(ROOT, 'test-results/screenshots');
const EVIL_HOST = 'www.example-evil.cn';

const FIXTURES = (JSON.parse(readFileSync(join(SITES_DIR, 'index.json'), 'utf8')) as { fixtures: FixtureEntry[] }).fixtures;
const fixture = (file: string, credential?: string): FixtureEntry => {
  const f = FIXTURES.find((x) => x.file === file && isSiteUrl(x.url) && (credential === undefined || x.credential === credential));
  if (!f) throw new Error(`no site fixture ${file}`);
  return f;
};

/** The 学历 report with a deliberate mismatch (专业) and the one with images (姓名) to confirm by eye. */
const MISMATCH = fixture('xueli-report-items.html', 'a04-xl2');
const IMAGES = fixture('xueli-report-table.html', 'a02-xl1');
const MOBILE = fixture('xueli-report-mobile-2024.html', 'a11-xl1');
const mismatchCred = sampleCredential('a04-xl2');
const imagesCred = sampleCredential('a02-xl1');
const mobileCred = sampleCredential('a11-xl1');

let tmp: string;
let extensionDir: string;
let profileDir: string;
let server: SiteServer;
let browser: Launched;
/** Printed with the later sheets' times (timings are printed, never asserted: the machine may be busy). */
let firstSheetMs = -1;
let panel: Page;
let queryPage: Page;

/** The whole page at its own width: a viewport as tall as the page (fullPage would cut the scrollbar's width off). */
async function shot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1100, height: 900 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewportSize(size);
}

/** Records and applicants as the extension's IndexedDB holds them (read from one of its pages). */
interface StoredRecord {
  credentialId: string;
  outcome: string;
  confirmedByEye: string[];
}

async function stored(page: Page): Promise<{ applicants: number; records: StoredRecord[] }> {
  return page.evaluate(
    () =>
      new Promise((resolveP, reject) => {
        const req = indexedDB.open('zhicheng-desk');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['applicants', 'records'], 'readonly');
          const a = tx.objectStore('applicants').count();
          const r = tx.objectStore('records').getAll();
          tx.oncomplete = () => {
            db.close();
            resolveP({
              applicants: a.result,
              records: (r.result as StoredRecord[]).map(({ credentialId, outcome, confirmedByEye }) => ({ credentialId, outcome, confirmedByEye })),
            });
          };
        };
      }),
  );
}

/** The credential's entry in the panel: found by its certificate number (ids come from the roster import). */
const credentialItem = (page: Page, certNo: string) => page.locator('li.credential', { hasText: certNo });
const applicantHead = (page: Page, name: string) => page.locator('button.applicant-head', { hasText: name });

/**
 * Presses Tab until the focused element's accessible name matches (and, when given, it sits in the entry of the
 * credential with that certificate number): the way a keyboard user gets there, no clicking and no focus() from the test.
 */
async function tabTo(page: Page, name: RegExp, certNo?: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { name: el?.getAttribute('aria-label') ?? el?.textContent ?? '', entry: el?.closest('li.credential')?.textContent ?? '' };
    });
    if (name.test(at.name) && (certNo === undefined || at.entry.includes(certNo))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/**
 * Asks for a download with the keyboard and times it up to the download's start. In this harness the panel is a tab
 * behind the site's tab, where Chromium throttles animation frames and a mouse click waits ~2 s for the button to be
 * "stable"; the real side panel is visible beside the page.
 */
async function timedDownload(page: Page, button: Locator): Promise<{ download: Download; ms: number }> {
  await button.focus();
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
  return { download, ms: Date.now() - t0 };
}

async function launch(): Promise<void> {
  browser = await launchWithExtension({ profileDir, extensionDir, port: server.port, hosts: [...SITE_HOSTS, EVIL_HOST] });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'zhicheng-e2e-'));
  mkdirSync(SHOTS, { recursive: true });
  // A build of our own in a temp dir: a build running beside the test cannot swap files under it.
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, ZHICHENG_WXT_OUT_DIR: join(tmp, 'build') }, stdio: 'pipe' });
  extensionDir = join(tmp, 'build', 'chrome-mv3');
  profileDir = join(tmp, 'profile');

  // Each page also at its canonical address (what a record keeps and 重新查验 opens): the site serves both.
  const routes: Route[] = FIXTURES.filter((f) => isSiteUrl(f.url)).flatMap((f) =>
    [...new Set([f.url, canonicalReportUrl(f.url)])].map((url) => ({ url, body: readFileSync(join(SITES_DIR, f.file)), charset: f.charset })),
  );
  // A perfect report (the mismatch fixed) where no site lives: on a look-alike host and on the bare loopback address.
  const perfect = readFileSync(join(SITES_DIR, MISMATCH.file), 'utf8').replaceAll('外科学', '内科学');
  const path = new URL(MISMATCH.url);
  routes.push({ url: `https://${EVIL_HOST}${path.pathname}${path.search}`, body: perfect });
  routes.push({ url: `https://127.0.0.1${path.pathname}${path.search}`, body: perfect });
  server = await startSiteServer(makeCertificate(tmp, [...SITE_HOSTS, EVIL_HOST]), routes);
  await launch();
});

afterAll(async () => {
  await browser?.context.close().catch(() => {});
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the extension in Chromium', () => {
  it('asks only for the sites and storage', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toEqual(SITE_HOSTS.map((h) => `https://${h}/*`));
    expect([...manifest.permissions].sort()).toEqual(['sidePanel', 'storage']);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual(SITE_HOSTS.map((h) => `https://${h}/*`).sort());
    // MV3's default policy: nothing remote, no eval, no WebAssembly.
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self';" });
  });

  it('imports a roster: preview first, then the valid rows', async () => {
    panel = await openPanel(browser);
    await expect.poll(() => panel.getByText('还没有申报人').count()).toBe(1);
    // Keyboard: the first Tab lands on a real button.
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('导入名单');
    await shot(panel, '01-empty');
    const [template] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '下载名单模板' }).click()]);
    expect(template.suggestedFilename()).toBe('职称申报人员名册模板.xlsx');

    // The keyboard-only path starts here (through 去查验 and the sheet, below): a fresh panel, Tab, Enter.
    await panel.reload();
    await panel.getByText('还没有申报人').waitFor(); // the store is open: the toolbar's buttons work
    await tabTo(panel, /^导入名单$/);
    const chooser = panel.waitForEvent('filechooser');
    // Playwright turns file-chooser interception on without waiting for the browser: one round trip to the page
    // first, so a busy machine cannot press the key before it is on (the dialog would open unseen).
    await panel.evaluate(() => 0);
    await panel.keyboard.press('Enter');
    await (await chooser).setFiles(join(ROOT, 'test/fixtures/roster/sample.xlsx'));
    const accept = panel.getByRole('button', { name: `导入有效的${SAMPLE_APPLICANTS.length}行` });
    await accept.waitFor();
    expect(await stored(panel)).toEqual({ applicants: 0, records: [] });
    // The decision has the focus: Enter accepts.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe(`导入有效的${SAMPLE_APPLICANTS.length}行`);
    await shot(panel, '02-import-preview');
    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { name: `申报人（${SAMPLE_APPLICANTS.length}）` }).waitFor();
    expect((await stored(panel)).applicants).toBe(SAMPLE_APPLICANTS.length);
    await shot(panel, '03-imported');
  });

  it('finds applicants by name, employer or ID tail, and filters by state, from the keyboard', async () => {
    const search = panel.getByRole('searchbox', { name: '查找申报人' });
    const heads = panel.locator('button.applicant-head');
    await search.focus();
    await panel.keyboard.type('东岭');
    expect(await heads.count()).toBe(SAMPLE_APPLICANTS.filter((a) => a.employer.includes('东岭')).length);
    const tail = SAMPLE_APPLICANTS[5]!.idNumber.slice(-4);
    await search.fill(tail);
    const withTail = SAMPLE_APPLICANTS.filter((a) => a.idNumber.endsWith(tail));
    expect(await heads.count()).toBe(withTail.length);
    expect((await heads.allTextContents()).join()).toContain(SAMPLE_APPLICANTS[5]!.name);
    await search.fill('');
    await panel.getByRole('combobox', { name: '按查验状态筛选' }).selectOption({ label: '档案审查' });
    const archived = SAMPLE_APPLICANTS.filter((a) => planApplicant(a, []).credentials.some((c) => c.state === 'archive'));
    expect(await heads.count()).toBe(archived.length);
    await shot(panel, '04b-filter');
    await panel.getByRole('combobox', { name: '按查验状态筛选' }).selectOption({ label: '全部状态' });
    expect(await heads.count()).toBe(SAMPLE_APPLICANTS.length);
    // A number `zhicheng check` refuses is marked before anyone looks it up (周海涛's 学历 year).
    await search.fill('周海涛');
    await heads.first().click();
    await expect.poll(() => panel.locator('.number-warning').first().textContent()).toContain('编号中的毕业年份为2015');
    await heads.first().click();
    await search.fill('');
  });

  it('shows row errors of a broken roster and stores nothing from it until accepted', async () => {
    await panel.setInputFiles('#roster-file', join(ROOT, 'test/fixtures/roster/broken.xlsx'));
    await panel.locator('ul.errors').waitFor();
    expect(await panel.locator('ul.errors li').count()).toBeGreaterThan(3);
    expect(await panel.locator('ul.errors').textContent()).toContain('校验位错误');
    await shot(panel, '04-import-errors');
    await panel.getByRole('button', { name: '取消' }).click();
    expect(await panel.locator('ul.errors').count()).toBe(0);
    expect((await stored(panel)).applicants).toBe(SAMPLE_APPLICANTS.length);
  });

  it('去查验 opens the 学历 query page with 证书编号 and 姓名 filled, the captcha left to the user', async () => {
    // Keyboard only: find the applicant, open the entry, Tab to the credential's 去查验, Enter.
    await tabTo(panel, /^查找申报人$/);
    await panel.keyboard.type(mismatchCred.applicant.name);
    await tabTo(panel, new RegExp(mismatchCred.applicant.name));
    await panel.keyboard.press('Enter');
    const item = credentialItem(panel, mismatchCred.credential.certNo);
    expect(await item.locator('.badge').textContent()).toBe('待查验');
    await tabTo(panel, /^去查验/, mismatchCred.credential.certNo);
    const opened = browser.context.waitForEvent('page');
    await panel.keyboard.press('Enter');
    queryPage = await opened;
    await queryPage.waitForURL('https://www.chsi.com.cn/xlcx/lscx/query.do');
    await expect.poll(() => queryPage.inputValue('#zsbh')).toBe(mismatchCred.credential.certNo);
    expect(await queryPage.inputValue('#xm')).toBe(mismatchCred.applicant.name);
    expect(await queryPage.inputValue('#yzm')).toBe('');
    expect(await queryPage.evaluate(() => document.activeElement?.id)).toBe('yzm');
    await shot(queryPage, '05-query-form-filled');
    // The panel tells what the page is and what to do next.
    await expect.poll(() => panel.locator('.page-card').textContent()).toContain('学历零散查询（查询页面）');
    expect(await panel.locator('.page-card .advice').textContent()).toContain('输入图片验证码并查询');
    await shot(panel, '06-panel-on-query-form');
    await panel.getByRole('searchbox', { name: '查找申报人' }).fill(''); // the next tests need the whole list
  });

  it('reads the result page, stores the record and shows the mismatch', async () => {
    await queryPage.goto(MISMATCH.url);
    await panel.locator('.page-card[data-verdict="recorded"]').waitFor();
    const bad = panel.locator('.compare tr.row-bad');
    await expect.poll(() => bad.first().textContent()).toContain('专业');
    expect(await bad.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('外科学')]));
    expect(await panel.locator('.page-card .badge').textContent()).toBe('不一致');
    expect(await credentialItem(panel, mismatchCred.credential.certNo).locator('.badge').textContent()).toBe('不一致');
    const s = await stored(panel);
    expect(s.records).toEqual([{ credentialId: expect.any(String), outcome: 'mismatch', confirmedByEye: [] }]);
    await shot(panel, '07-mismatch');
    // The clerk's next step is usually the sheet: it was made while the page was being looked at.
    await panel.waitForTimeout(1000); // a clerk reads the card first
    const { download: d, ms } = await timedDownload(panel, credentialItem(panel, mismatchCred.credential.certNo).getByRole('button', { name: /查验结果单/ }));
    firstSheetMs = ms;
    expect(d.suggestedFilename()).toMatch(/\.pdf$/);
  });

  it('lets the user confirm a value the page drew as an image, and re-evaluates', async () => {
    await queryPage.goto(IMAGES.url);
    const confirm = panel.getByRole('button', { name: '已对照页面核对，姓名一致' });
    await confirm.waitFor();
    expect(await panel.locator('.page-card .who').textContent()).toContain(imagesCred.applicant.name);
    expect(await panel.locator('.page-card .badge').textContent()).toBe('待目视核对');
    await shot(panel, '08-confirm-by-eye');
    // 不一致 by eye first: a mismatch naming the field; then taken back, and the field waits for the eye again.
    await panel.getByRole('button', { name: '已对照页面核对，姓名不一致' }).click();
    await expect.poll(() => panel.locator('.page-card .badge').textContent()).toBe('不一致');
    expect(await panel.locator('.compare').textContent()).toContain('经目视核对与申报不一致');
    await panel.getByRole('button', { name: '撤销姓名的目视核对' }).click();
    await expect.poll(() => panel.locator('.page-card .badge').textContent()).toBe('待目视核对');
    await confirm.click();
    await expect.poll(() => panel.locator('.page-card .badge').textContent()).toBe('一致');
    expect(await credentialItem(panel, imagesCred.credential.certNo).locator('.badge').textContent()).toBe('一致');
    const recs = (await stored(panel)).records;
    expect(recs.map((r) => [r.outcome, r.confirmedByEye])).toEqual(expect.arrayContaining([['mismatch', []], ['verified', ['name']]]));
    await shot(panel, '09-confirmed');
  });

  it('follows the tab in front: each report tab shows its own page, a tab with no site page shows none', async () => {
    const tail = (vcode: string) => `…${vcode.slice(-4)}`;
    const other = await browser.context.newPage();
    await other.goto(MISMATCH.url); // read before: the same page again is not stored twice
    await expect.poll(() => panel.locator('.page-card .who').textContent()).toContain(mismatchCred.applicant.name);
    expect(await panel.locator('.page-card .vcode').textContent()).toBe(tail(MISMATCH.vcode!));
    expect(await panel.locator('.page-card .read-at').textContent()).toMatch(/读取于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）/);
    await shot(panel, '09e-follows-tab-a');
    for (const [page, who, vcode] of [[queryPage, imagesCred, IMAGES.vcode], [other, mismatchCred, MISMATCH.vcode], [queryPage, imagesCred, IMAGES.vcode]] as const) {
      await page.bringToFront();
      await expect.poll(() => panel.locator('.page-card .who').textContent()).toContain(who.applicant.name);
      expect(await panel.locator('.page-card .vcode').textContent()).toBe(tail(vcode!));
      // The confirm-by-eye buttons, if any, are those of the page in front.
      expect(await panel.locator('.page-card .who').textContent()).toContain(who.credential.school);
    }
    await shot(panel, '09f-follows-tab-b');
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    await expect.poll(() => panel.locator('.page-card').count()).toBe(0);
    expect(await panel.locator('section[aria-labelledby="current-title"]').textContent()).toContain('当前标签页不是学信网或学位查验的页面');
    await blank.close();
    await other.close();
    await queryPage.bringToFront();
    await expect.poll(() => panel.locator('.page-card .who').textContent()).toContain(imagesCred.applicant.name);
  });

  it('ignores a perfect report served from a host that is not one of the sites', async () => {
    const before = await stored(panel);
    const path = new URL(MISMATCH.url);
    for (const url of [`https://${EVIL_HOST}${path.pathname}${path.search}`, `https://127.0.0.1:${server.port}${path.pathname}${path.search}`]) {
      await queryPage.goto(url);
      expect(await queryPage.textContent('body')).toContain('内科学');
      // Not a site page: the tab shows no page in the panel, and nothing was read from it.
      await expect.poll(() => panel.locator('.page-card').count()).toBe(0);
    }
    await panel.waitForTimeout(1500);
    expect(await stored(panel)).toEqual(before);
    expect(await panel.locator('.page-card').count()).toBe(0);

    // Those hosts get no content script at all; the background's own sender check is tested here: a well-formed
    // capture of a perfect report naming a real site URL, sent from one of our pages open in a tab (the panel).
    const { applicant, credential } = mismatchCred;
    const field = (label: string, v: string) => ({ label, raw: v, value: v, image: false });
    const read = {
      kind: 'xueli-report',
      outcome: 'report',
      vcode: MISMATCH.vcode,
      fields: { name: field('姓名', applicant.name), certNo: field('证书编号', credential.certNo), major: field('专业', '内科学') },
      warnings: [],
    };
    const reply = await panel.evaluate(
      // `chrome` exists in the extension page, not in this file's (DOM-only) types.
      (msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg),
      { type: 'capture', url: MISMATCH.url, read, text: 'x', html: '' },
    );
    // Refused by who sent it, not for its shape (a malformed capture would say 'invalid message').
    expect(reply).toEqual({ accepted: false, reason: 'sender url is not one of the sites' });
    expect(await stored(panel)).toEqual(before);
  });

  it('downloads the 查验结果单 of a checked credential: a PDF that passes the form engine checks', async () => {
    const item = credentialItem(panel, mismatchCred.credential.certNo);
    const reopen = !(await item.isVisible());
    if (reopen) await applicantHead(panel, mismatchCred.applicant.name).click();
    // Keyboard only, still: the sheet is reached with Tab and asked for with Enter.
    await tabTo(panel, /^下载.*查验结果单/, mismatchCred.credential.certNo);
    const t0 = Date.now();
    const [d] = await Promise.all([panel.waitForEvent('download', { timeout: 60_000 }), panel.keyboard.press('Enter')]);
    const laterSheetMs = Date.now() - t0;
    expect(d.suggestedFilename()).toMatch(new RegExp(`^${mismatchCred.applicant.name}-学历学位查验结果单-学历-.+\\.pdf$`));
    const file = join(tmp, 'sheet.pdf');
    await d.saveAs(file);
    expectEngineFonts(file);
    const text = squash(pdftext(file));
    for (const s of [mismatchCred.applicant.name, mismatchCred.credential.certNo, '外科学', '专业不一致', MISMATCH.vcode!]) expect(text).toContain(s);
    await expect.poll(() => panel.locator('.notice-ok').textContent()).toContain('已生成');
    await shot(panel, '09b-sheet-downloaded');

    // The clerk explains the mismatch where it is shown; the state and the next sheet say so; the 说明 can be taken back.
    const note = '专业名称含培养方向，与毕业证书一致';
    await item.getByRole('button', { name: /写说明/ }).click();
    await item.locator('textarea').fill(note);
    await shot(panel, '09c-explain');
    await item.getByRole('button', { name: '保存说明' }).click();
    await expect.poll(() => item.locator('.badge').textContent()).toBe('不一致（已说明）');
    expect(await item.locator('.reasons').textContent()).toContain(note);
    const { download: again, ms: explainedMs } = await timedDownload(panel, item.getByRole('button', { name: /查验结果单/ }));
    // Printed, not asserted: timings belong to the bench, and this machine may be busy.
    console.log(
      `[timing] first sheet of the session, right after its report was read: ${firstSheetMs} ms (target ≤ 400 ms); ` +
        `later sheets: ${laterSheetMs} ms and, after a 说明, ${explainedMs} ms (target ≤ 200 ms)`,
    );
    const explained = join(tmp, 'sheet-explained.pdf');
    await again.saveAs(explained);
    const explainedText = squash(pdftext(explained));
    for (const s of ['查验结论不一致（已说明）', `查验人说明${note}`]) expect(explainedText.replace(/\s/g, '')).toContain(s);
    await item.getByRole('button', { name: /撤销/ }).click();
    await expect.poll(() => item.locator('.badge').textContent()).toBe('不一致');
    expect((await stored(panel)).records.find((r) => r.outcome === 'mismatch')).toBeDefined();
    // Leave the list as the restart test expects it: the entry opened last is the confirm-by-eye applicant's.
    if (reopen) await applicantHead(panel, imagesCred.applicant.name).click();
  });

  it('saves the office\'s settings and prints them on the next sheet (查验单位 instead of the employer)', async () => {
    await panel.getByRole('button', { name: '设置', exact: true }).click();
    const unit = '抚顺市某局人事科（设置）';
    await panel.getByLabel('查验单位').fill(unit);
    // A year the holiday library lacks, pasted from the notice: a wrong date is named, a right one previewed.
    await panel.getByLabel('年度').fill('2031');
    await panel.getByLabel(/^放假日期/).fill('2031-01-01\n2031年2月30日');
    await expect.poll(() => panel.locator('.settings [role="alert"]').textContent()).toContain('2031年2月30日');
    await panel.getByLabel(/^放假日期/).fill('2031-01-01、2031年10月1日');
    await expect.poll(() => panel.locator('.settings [role="status"]').textContent()).toContain('2031年：放假2天，调休上班0天');
    await shot(panel, '09d-settings');
    await panel.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => panel.locator('.notice-ok').textContent()).toContain('设置已保存');
    const savedSettings = await panel.evaluate(
      () =>
        new Promise<unknown>((resolveP, reject) => {
          const req = indexedDB.open('zhicheng-desk');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const get = req.result.transaction('settings').objectStore('settings').getAll();
            get.onsuccess = () => resolveP(get.result);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(JSON.stringify(savedSettings)).toContain('"2031":{"holidays":["2031-01-01","2031-10-01"],"workdays":[]}');
    const item = credentialItem(panel, mismatchCred.credential.certNo);
    const reopen = !(await item.isVisible());
    if (reopen) await applicantHead(panel, mismatchCred.applicant.name).click();
    const [d] = await Promise.all([panel.waitForEvent('download', { timeout: 60_000 }), item.getByRole('button', { name: /查验结果单/ }).click()]);
    const file = join(tmp, 'sheet-settings.pdf');
    await d.saveAs(file);
    expect(squash(pdftext(file))).toContain(`查验单位${unit}`);
    // Back to the default for the tests after this one: each applicant's employer.
    await panel.getByRole('button', { name: '设置', exact: true }).click();
    await panel.getByLabel('查验单位').fill('');
    await panel.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => panel.locator('.notice-ok').textContent()).toContain('设置已保存');
    if (reopen) await applicantHead(panel, imagesCred.applicant.name).click();
  });

  it('backs up to a JSON file, refuses a corrupt one, and restores by merging', async () => {
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: '备份', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^职称核验助手备份-\d{8}-\d{4}\.json$/);
    const saved = join(tmp, 'backup.json');
    await file.saveAs(saved);
    const backup = JSON.parse(readFileSync(saved, 'utf8'));
    expect(backup.applicants).toHaveLength(SAMPLE_APPLICANTS.length);
    expect(backup.records).toHaveLength(2);

    const corrupt = join(tmp, 'corrupt.json');
    writeFileSync(corrupt, readFileSync(saved, 'utf8').slice(0, 500));
    await panel.setInputFiles('#backup-file', corrupt);
    await expect.poll(() => panel.locator('.notice-bad').textContent()).toContain('不是有效的JSON');
    await shot(panel, '10-restore-corrupt');

    // Replacing everything asks again, naming what goes; the first answer here is no.
    const before = await stored(panel);
    await panel.setInputFiles('#backup-file', saved);
    await panel.getByRole('button', { name: '替换本机全部数据…' }).click();
    const box = panel.getByRole('alertdialog', { name: '确认替换本机全部数据' });
    expect(await box.textContent()).toContain(`申报人${SAMPLE_APPLICANTS.length}人、查验记录2条`);
    await shot(panel, '10b-replace-confirm');
    await box.getByRole('button', { name: '不替换' }).click();
    expect(await stored(panel)).toEqual(before);
    await panel.getByRole('button', { name: '替换本机全部数据…' }).click();
    await panel.getByRole('button', { name: '确认替换' }).click();
    await expect.poll(() => panel.locator('.notice-ok').textContent()).toContain('已替换为备份数据');
    expect((await stored(panel)).records).toHaveLength(2);

    await panel.setInputFiles('#backup-file', saved);
    await panel.getByRole('button', { name: '合并到本机数据' }).click();
    await expect.poll(() => panel.locator('.notice-ok').textContent()).toContain('已合并备份数据');
    expect((await stored(panel)).records).toHaveLength(2);
  });

  it('sent every request to loopback or the mapped site hosts', () => {
    const allowed = new Set<string>([...SITE_HOSTS, EVIL_HOST, '127.0.0.1']);
    const outside = browser.requests.filter((u) => {
      const p = new URL(u);
      if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(p.protocol)) return false;
      return !allowed.has(p.hostname);
    });
    expect(outside).toEqual([]);
    expect(browser.requests.some((u) => u.startsWith('https://www.chsi.com.cn/'))).toBe(true);
  });

  it('keeps everything across a browser restart', async () => {
    await browser.context.close();
    await launch();
    panel = await openPanel(browser);
    await panel.getByRole('heading', { name: `申报人（${SAMPLE_APPLICANTS.length}）` }).waitFor();
    expect((await stored(panel)).records).toHaveLength(2);
    // The list entry last opened is open again (UI state in storage.local); the mismatch is still shown.
    await credentialItem(panel, imagesCred.credential.certNo).waitFor();
    await applicantHead(panel, mismatchCred.applicant.name).click();
    expect(await credentialItem(panel, mismatchCred.credential.certNo).locator('.badge').textContent()).toBe('不一致');
    expect(await credentialItem(panel, mismatchCred.credential.certNo).locator('.reasons').textContent()).toContain('专业');
    await shot(panel, '11-after-restart');
  });

  it('looks again at a mismatch and fixes the roster in place (名册有误，已更正); the next sheet says 一致', async () => {
    const item = credentialItem(panel, mismatchCred.credential.certNo);
    const opened = browser.context.waitForEvent('page');
    await item.getByRole('button', { name: `重新查验${mismatchCred.applicant.name}的学历（${mismatchCred.credential.kind === 'xueli' ? mismatchCred.credential.level : ''}）` }).click();
    const report = await opened;
    await report.waitForURL(canonicalReportUrl(MISMATCH.url));
    // The same page read again: shown for its tab, not stored twice.
    await expect.poll(() => panel.locator('.page-card').getAttribute('data-verdict')).toBe('duplicate');
    expect(await panel.locator('.page-card .who').textContent()).toContain(mismatchCred.applicant.name);
    expect((await stored(panel)).records).toHaveLength(2);

    await item.getByRole('button', { name: /专业：名册有误，已更正/ }).click();
    const input = item.locator('.resolve-form input');
    expect(await input.inputValue()).toBe(mismatchCred.credential.major);
    expect(await item.locator('.resolve-form label').textContent()).toContain('页面为“外科学”');
    await input.fill('外科学');
    await shot(panel, '11b-correct-roster');
    await item.getByRole('button', { name: '保存更正' }).click();
    await expect.poll(() => item.locator('.badge').textContent()).toBe('一致');
    // The page in front is compared again with the corrected roster as well: no verdict was stored by the panel.
    await expect.poll(() => panel.locator('.page-card .badge').textContent()).toBe('一致');
    expect((await stored(panel)).records.map((r) => r.outcome).sort()).toEqual(['mismatch', 'verified']);
    const [d] = await Promise.all([panel.waitForEvent('download', { timeout: 60_000 }), item.getByRole('button', { name: /查验结果单/ }).click()]);
    const file = join(tmp, 'sheet-corrected.pdf');
    await d.saveAs(file);
    const text = squash(pdftext(file)).replace(/\s/g, '');
    expect(text).toContain('查验结论一致');
    expect(text).not.toContain('专业不一致');
    await report.close();
  });

  it('deletes an applicant with their records, after a confirmation', async () => {
    await panel.getByRole('button', { name: '删除此人数据…' }).click();
    await shot(panel, '12-delete-confirm');
    await panel.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(async () => (await stored(panel)).applicants).toBe(SAMPLE_APPLICANTS.length - 1);
    expect((await stored(panel)).records.map((r) => r.outcome)).toEqual(['verified']);
    expect(await applicantHead(panel, mismatchCred.applicant.name).count()).toBe(0);
  });

  it('opens the generator page from the panel; it renders a form inside the extension (worker, fonts)', async () => {
    const opened = browser.context.waitForEvent('page');
    // Timed from the key press, as the sheets are: Playwright's click() waits for animation frames the background
    // panel tab is not given (seconds, none of them ours).
    await panel.getByRole('button', { name: '生成评审材料' }).focus();
    const t0 = Date.now();
    await panel.keyboard.press('Enter');
    const generator = await opened;
    await generator.waitForURL(`chrome-extension://${browser.extensionId}/generator.html`);
    await generator.setViewportSize({ width: 1366, height: 768 });
    // The panel's applicants and records are there at once: the same IndexedDB, no backup round trip.
    const here = await stored(panel);
    await expect.poll(() => generator.locator('ul.loaded').textContent()).toContain('本机扩展中的数据');
    expect(await generator.locator('table.applicants tbody tr').count()).toBe(here.applicants);
    // The first applicant is previewed at once: the 评定表, the page's first PDF (fonts and WebAssembly loaded for it).
    const frame = generator.locator('iframe.pdf[src^="blob:"]');
    await frame.waitFor({ timeout: 60_000 });
    const seen = Date.now() - t0;
    // The page's own mark says when the preview was on screen; Playwright notices it later, when it next polls.
    await expect.poll(() => generator.evaluate((mark) => performance.getEntriesByName(mark).length, PREVIEW_SHOWN_MARK)).toBeGreaterThan(0);
    const shown = await generator.evaluate((mark) => performance.timeOrigin + performance.getEntriesByName(mark)[0]!.startTime, PREVIEW_SHOWN_MARK);
    console.log(
      `[timing] first 评定表 preview in the generator page, from the key press in the panel: shown at ${Math.round(shown - t0)} ms by the page's mark, ` +
        `noticed by Playwright at ${seen} ms (target ≤ 800 ms)`,
    );
    expect(await frame.getAttribute('title')).toBe('表单预览：专业技术资格评定表');
    await shot(generator, '12b-generator-local');

    // Settings are the panel's: what the panel saved is here, and what is saved here the panel uses.
    await generator.getByRole('button', { name: '设置', exact: true }).click();
    expect(await generator.locator('.settings legend').textContent()).toContain('本机已添加2031年'); // saved in the panel
    const contact = '024-5555 0000 抚顺市人社局职称科';
    await generator.getByLabel('公示期间异议联系方式').fill(contact);
    await shot(generator, '12c-generator-settings');
    await generator.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => generator.locator('.notice-ok').textContent()).toContain('侧边栏和本页共用');
    await panel.getByRole('button', { name: '设置', exact: true }).click();
    await expect.poll(() => panel.getByLabel('公示期间异议联系方式').inputValue()).toBe(contact);
    await panel.getByRole('button', { name: '设置', exact: true }).click();
    await generator.getByRole('button', { name: '载入示例名册' }).click();
    // The first form loads the font tier: allow for a busy machine.
    await generator.locator('iframe.pdf[src^="blob:"], .notice-bad').first().waitFor({ timeout: 60_000 });
    // A render the extension's policy refused would show here as 预览失败.
    expect(await generator.locator('.notice-bad').count()).toBe(0);
    // Chromium's own body font for extension pages (75%) must not shrink the page; and it fits the screen.
    expect(await generator.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    expect(await generator.evaluate(() => document.documentElement.scrollHeight)).toBe(768);
    await generator.waitForTimeout(1000); // only for the screenshot: the PDF viewer draws after it has loaded
    await shot(generator, '13-generator');
    await generator.close();
  });

  it('reads a mobile page with a label it has no key for: the panel shows it, the record keeps it, the sheet prints it in page order', async () => {
    const page = await browser.context.newPage();
    await page.goto(MOBILE.url);
    await expect.poll(() => panel.locator('.page-card .who').textContent(), { timeout: 30_000 }).toContain(mobileCred.applicant.name);
    expect(await panel.locator('.page-card .badge').textContent()).toBe('一致');
    const extra = panel.locator('.page-card .extra-fields');
    expect(await extra.locator('dt').allTextContents()).toEqual(['入学方式']);
    expect(await extra.locator('dd').allTextContents()).toEqual(['普通高考']);
    await shot(panel, '14-mobile-extra');
    const kept = await panel.evaluate(
      () =>
        new Promise<{ extra?: unknown; order?: string[] }[]>((resolveP, reject) => {
          const req = indexedDB.open('zhicheng-desk');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const r = req.result.transaction('records', 'readonly').objectStore('records').getAll();
            r.onsuccess = () => resolveP(r.result as { extra?: unknown; order?: string[] }[]);
          };
        }),
    );
    const rec = kept.find((r) => JSON.stringify(r.extra ?? []).includes('入学方式'))!;
    expect(rec.extra).toEqual([{ label: '入学方式', raw: '普通高考' }]);
    expect(rec.order!.slice(3, 7)).toEqual(['fields.birthDate', 'fields.enrolDate', 'extra.0', 'fields.gradDate']);

    const item = credentialItem(panel, mobileCred.credential.certNo);
    if (!(await item.isVisible())) await applicantHead(panel, mobileCred.applicant.name).click();
    const [d] = await Promise.all([
      panel.waitForEvent('download', { timeout: 60_000 }),
      item.getByRole('button', { name: /查验结果单/ }).click(),
    ]);
    const file = join(tmp, 'sheet-mobile.pdf');
    await d.saveAs(file);
    const text = squash(pdftext(file));
    const sheet = text.slice(text.indexOf('二、网上查验结果'), text.indexOf('三、查验信息'));
    // Label cells are letter-spaced (pdftotext breaks them up): the values, as the page printed them, give the order.
    const inOrder = ['2007年09月01日', '入学方式', '普通高考', '2011年07月01日'].map((t) => sheet.indexOf(t));
    expect(inOrder.every((i) => i > 0)).toBe(true);
    expect([...inOrder].sort((a, b) => a - b)).toEqual(inOrder);
    await page.close();
  });
});
