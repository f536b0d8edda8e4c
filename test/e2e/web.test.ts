// The static generator page (forms/web), built as `npm run build:web` builds it, served from loopback as plain files
// and driven in Debian's Chromium at an office screen's size (1366×768): roster with row errors, the sample roster,
// a backup of captured records, a hostile name, a preview, single downloads, a cancelled and a finished export. The
// downloaded ZIP is checked without the page's code: fflate's unzip, node:crypto, poppler with no system fonts.
// Screenshots go to test-results/screenshots/web-*.png.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../forms/export/manifest';
import { CREDENTIAL_KIND_LABELS, SCHEMA_VERSION, Settings, credentialLevel, type Applicant, type Backup } from '../../shared/model';
import { exportRosterXlsx } from '../../shared/roster';
import { PENDING_DATE, ROUTE_LABELS, libraryYears, route } from '../../shared/rules';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../shared/sample/applicants';
import { expectEngineFonts, pdftext, savePdf, squash } from '../render/poppler';
import { recordFor } from '../render/helpers';
import { launchPlain, type LaunchedPlain } from './support/chromium';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/screenshots');
const HOSTILE = '<img src=x onerror=alert(1)>';
/** A name with 𰻝 (CJK Extension G): no face the page has draws it. */
const UNPRINTABLE = '张𰻝';
/** The applicant whose name the hostile roster replaces (an online-route 学历, so the export has a 查验结果单). */
const VICTIM = sampleApplicant('a02');
/**
 * A December meeting in the last year the holiday library knows: the deadlines that run into the next year are
 * 待补充 (with why), and that never blocks the export.
 */
const MEETING = `${libraryYears().last}-12-21`;

let tmp: string;
let server: StaticServer;
let browser: LaunchedPlain;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const downloads: Download[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `web-${name}.png`) });
}

/** The page's text boxes must not overflow the 1366×768 window: no page scrolling either way. */
async function fitsScreen(): Promise<void> {
  const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
  expect(size).toEqual({ w: 1366, h: 768 });
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A downloaded PDF through the form engine's checks (test/render/poppler.ts); its file, for text checks. */
function checkPdf(name: string, bytes: Uint8Array): string {
  expect(strFromU8(bytes.subarray(0, 5)), name).toBe('%PDF-');
  const file = savePdf(name.replace(/[^\w.-]+/g, '_'), bytes);
  expectEngineFonts(file, name);
  return file;
}

async function downloadOf(click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), click()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync(await d.path())) };
}

const rows = () => page.locator('table.applicants tbody tr');

/** Row i's credentials as “学历·本科|学信网在线查验|待查验”, sorted (the roster lists 学历 before 学位). */
async function credentialLines(i: number): Promise<string[]> {
  const items = await rows().nth(i).locator('ul.creds li').all();
  const lines = await Promise.all(items.map(async (li) => (await li.locator('span').allTextContents()).join('|')));
  return lines.sort();
}

/** What the notice's rules say for each credential: its route, and `online` (a state) unless it goes to the archive. */
function expectedLines(a: Applicant, online: string): string[] {
  return a.credentials
    .map((c) => {
      const r = route(c).route;
      return `${CREDENTIAL_KIND_LABELS[c.kind]}·${credentialLevel(c)}|${ROUTE_LABELS[r]}|${r === 'archive-review' ? '档案审查' : online}`;
    })
    .sort();
}
const exportButton = () => page.getByRole('button', { name: '导出全部材料（ZIP）' });

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'zhicheng-web-'));
  mkdirSync(SHOTS, { recursive: true });
  // The page as `npm run build:web` makes it, into a folder of our own.
  execFileSync('npx', ['vite', 'build', '--config', 'forms/web/vite.config.ts', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, ZHICHENG_WEB_OUT_DIR: join(tmp, 'web') },
    stdio: 'pipe',
  });
  // The sample roster with one name an attacker might type; and a backup as the extension writes it.
  const renamed = (name: string) => exportRosterXlsx(SAMPLE_APPLICANTS.map((a) => (a.id === VICTIM.id ? { ...a, name } : a)));
  writeFileSync(join(tmp, '名册-含特殊姓名.xlsx'), await renamed(HOSTILE));
  writeFileSync(join(tmp, '名册-含无字库的字.xlsx'), await renamed(UNPRINTABLE));
  const backup: Backup = {
    schemaVersion: SCHEMA_VERSION,
    app: 'zhicheng-desk',
    exportedAt: '2026-10-12T10:00:00+08:00',
    applicants: SAMPLE_APPLICANTS,
    records: SAMPLE_APPLICANTS.flatMap((a) => a.credentials.filter((c) => route(c).route !== 'archive-review').map((c) => recordFor(a, c))),
    settings: Settings.parse({ unitName: '抚顺市示例单位（人事科）', checker: '李查验', committee: '抚顺市示例评审委员会' }),
  };
  writeFileSync(join(tmp, '查验记录备份.json'), JSON.stringify(backup));

  server = await startStaticServer(join(tmp, 'web'));
  browser = await launchPlain({ profileDir: join(tmp, 'profile'), viewport: { width: 1366, height: 768 } });
  page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('download', (d) => downloads.push(d));
}, 120_000);

afterAll(async () => {
  await browser?.context.close().catch(() => {});
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the generator page in Chromium', () => {
  it('opens offline, in Chinese, keyboard first', async () => {
    await page.goto(server.origin);
    await page.getByRole('heading', { name: '1. 导入申报人' }).waitFor();
    expect(await page.title()).toBe('职称核验助手 · 评审材料生成');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#app').textContent()).not.toContain('正在加载');
    // Keyboard: the header's 设置, 用贵单位的表格 and 帮助 first, then the first step's button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('设置');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('用贵单位的表格（Word 模板）');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('帮助');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('导入名册（XLSX/CSV）');
    expect(await exportButton().isDisabled()).toBe(true);
    await fitsScreen();
    await shot('01-empty');
  });

  it('shows the row errors of a broken roster', async () => {
    await page.setInputFiles('#roster-file', join(ROOT, 'test/fixtures/roster/broken.xlsx'));
    const errors = page.locator('.row-errors table tbody tr');
    await errors.first().waitFor();
    expect(await errors.count()).toBeGreaterThan(3);
    expect(await page.locator('.row-errors').textContent()).toContain('校验位错误');
    expect(await page.locator('.row-errors tbody td.num').first().textContent()).toMatch(/^第\d+行$/);
    await fitsScreen();
    await shot('02-row-errors');
  });

  it('imports the sample roster and lists each credential with its route and state', async () => {
    await page.setInputFiles('#roster-file', join(ROOT, 'test/fixtures/roster/sample.xlsx'));
    await page.getByRole('heading', { name: `2. 申报人及学历学位（${SAMPLE_APPLICANTS.length} 人）` }).waitFor();
    // No row refused; the two numbers the sample gets wrong on purpose are named as 提示 (as `zhicheng check` names them).
    expect(await page.locator('.row-errors .tone-bad').count()).toBe(0);
    expect(await page.locator('.row-errors summary').textContent()).toBe('2 条提示');
    expect(await rows().count()).toBe(SAMPLE_APPLICANTS.length);
    for (const [i, a] of SAMPLE_APPLICANTS.entries()) {
      expect(await rows().nth(i).locator('button.name').textContent()).toBe(a.name);
      expect(await credentialLines(i)).toEqual(expectedLines(a, '待查验'));
    }
    // An applicant is chosen and previewed at once.
    await page.locator('iframe.pdf[src^="blob:"]').waitFor();
    await fitsScreen();
    await shot('03-sample-roster');
  });

  it('takes a backup of captured records: the online credentials show their result', async () => {
    await page.setInputFiles('#backup-file', join(tmp, '查验记录备份.json'));
    await expect.poll(() => page.locator('ul.loaded').textContent()).toContain('查验记录备份.json');
    expect(await page.locator('ul.loaded').textContent()).not.toContain('未使用');
    for (const [i, a] of SAMPLE_APPLICANTS.entries()) expect(await credentialLines(i)).toEqual(expectedLines(a, '一致'));
    await shot('04-backup');
  });

  it('shows a hostile name as text: no element made of it, no script run', async () => {
    await page.setInputFiles('#roster-file', join(tmp, '名册-含特殊姓名.xlsx'));
    const name = rows().nth(1).locator('button.name');
    await expect.poll(() => name.textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator(`#app select option`, { hasText: HOSTILE }).count()).toBe(1);
    // Keyboard: the name is a button; Enter chooses it for the preview.
    await name.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('label.who select option:checked').textContent()).toBe(`2. ${HOSTILE}`);
    expect(await name.getAttribute('aria-current')).toBe('true');
    expect(await rows().nth(0).locator('button.name').getAttribute('aria-current')).toBeNull();
    expect(dialogs).toEqual([]);
    await fitsScreen();
    await shot('05-hostile-name');
  });

  it('previews the chosen form as the rendered PDF, with the name as text in it', async () => {
    const frame = page.locator('iframe.pdf[src^="blob:"]');
    await expect.poll(() => frame.getAttribute('title')).toBe('表单预览：专业技术资格评定表');
    await expect.poll(() => page.locator('.preview .pdf-status').textContent()).toBe('');
    // The preview is a PDF document shown by Chromium's own viewer (its bytes cannot be read back through the page:
    // the page's CSP allows no fetch of blob: URLs). The same form's bytes are checked through 下载 PDF below.
    const doc = (await frame.elementHandle())!;
    const inner = (await doc.contentFrame())!;
    expect(inner.url()).toBe(await frame.getAttribute('src'));
    expect(await inner.evaluate(() => document.contentType)).toBe('application/pdf');
    await expect.poll(() => inner.childFrames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true);

    const pdf = await downloadOf(() => page.getByRole('button', { name: '下载 PDF' }).click());
    expect(pdf.name).toMatch(/^002-_img src=x onerror=a-\d{4}-专业技术资格评定表\.pdf$/);
    const text = squash(pdftext(checkPdf('evaluation', pdf.bytes)));
    expect(text).toContain(squash(HOSTILE));
    expect(text).toContain(VICTIM.idNumber);
    await page.waitForTimeout(1000); // only for the screenshot: the viewer draws the page after it has loaded
    await fitsScreen();
    await shot('06-preview');
  });

  it('downloads one form as PDF and as DOCX', async () => {
    const form = page.locator('label.form select');
    const sheet = await form.locator('option', { hasText: '学历学位查验结果单' }).first().getAttribute('value');
    await form.selectOption(sheet!);
    await expect.poll(() => page.locator('iframe.pdf').getAttribute('title')).toContain('学历学位查验结果单');
    const pdf = await downloadOf(() => page.getByRole('button', { name: '下载 PDF' }).click());
    expect(pdf.name).toMatch(/^002-_img src=x onerror=a-\d{4}-学历学位查验结果单-学历-本科\.pdf$/);
    const text = squash(pdftext(checkPdf('single', pdf.bytes)));
    expect(text).toContain(squash(HOSTILE));
    // The captured record is printed: its 在线验证码.
    expect(text).toContain(recordFor(VICTIM, VICTIM.credentials[0]!).vcode);

    const docx = await downloadOf(() => page.getByRole('button', { name: '下载 DOCX' }).click());
    expect(docx.name).toBe(pdf.name.replace(/\.pdf$/, '.docx'));
    const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml']!);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
  });

  it('cancels an export: nothing is saved', async () => {
    const before = downloads.length;
    await exportButton().click();
    await page.locator('.progress-status progress').waitFor();
    await page.getByRole('button', { name: '取消导出' }).click();
    // The worker stops at its next check: allow for a busy machine.
    await expect.poll(() => page.locator('.progress-status').textContent(), { timeout: 30_000 }).toBe('已取消导出，未保存任何文件。');
    expect(await exportButton().isEnabled()).toBe(true);
    await shot('07-cancelled');
    expect(downloads.length).toBe(before);
  });

  it('exports the whole ZIP with a progress bar while the page stays responsive', async () => {
    await page.locator('input[type="date"]').fill(MEETING);
    await page.locator('.export input[type="text"]').fill(`${HOSTILE}评审委员会`);
    await page.locator('ul.deadlines li').first().waitFor();
    expect(await page.locator('ul.deadlines').textContent()).toContain(PENDING_DATE);
    expect(await page.locator('.export [role="alert"]').count()).toBe(0);
    expect(await exportButton().isEnabled()).toBe(true);
    // A timer in the page: long gaps would mean the rendering blocks the page instead of running in the worker.
    await page.evaluate(() => {
      const w = window as unknown as { gaps: number[] };
      w.gaps = [];
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.gaps.push(now - last);
        last = now;
      }, 50);
    });
    const done = page.waitForEvent('download', { timeout: 110_000 });
    await exportButton().click();
    const progress = page.locator('.progress-status progress');
    // Part way: the bar moves and names the file being made.
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(30);
    expect(Number(await progress.getAttribute('max'))).toBeGreaterThan(100);
    expect(await page.locator('.progress-status').textContent()).toMatch(/^已生成 \d+ \/ \d+ 个文件：.+/);
    await shot('08-exporting');
    const zip = await done;
    await expect.poll(() => page.locator('.progress-status .tone-ok').count()).toBe(1);
    await shot('09-exported');
    const maxGap = await page.evaluate(() => Math.max(...(window as unknown as { gaps: number[] }).gaps));
    expect(maxGap).toBeLessThan(1000);
    expect(zip.suggestedFilename()).toBe(`职称评审材料-${MEETING}.zip`);

    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    const m = Manifest.parse(JSON.parse(strFromU8(files['manifest.json']!)));
    expect(m.meeting).toBe(MEETING);
    expect(m.deadlines.length).toBeGreaterThan(0);
    const pending = m.deadlines.filter((d) => d.date === '');
    expect(pending.length).toBeGreaterThan(0);
    for (const d of pending) expect(d.pending).toContain(`${libraryYears().last + 1}年度的节假日安排尚未收录`);
    expect(m.files.map((f) => f.path).sort()).toEqual(Object.keys(files).filter((p) => p !== 'manifest.json').sort());
    for (const f of m.files) {
      expect(files[f.path]!.length, f.path).toBe(f.size);
      expect(sha256(files[f.path]!), f.path).toBe(f.sha256);
    }
    const folders = new Set(m.files.filter((f) => f.path.includes('/')).map((f) => f.path.split('/')[0]));
    expect(folders.size).toBe(SAMPLE_APPLICANTS.length);
    expect([...folders].filter((f) => f!.startsWith('002-_img src=x onerror=a-'))).toHaveLength(1);
    const pdfs = m.files.filter((f) => f.path.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(SAMPLE_APPLICANTS.length * 4);
    for (const f of pdfs) checkPdf(f.path, files[f.path]!);
    // The committee's name as typed, as text in its own forms (统计表: 评审委员会（盖章）：…).
    const stats = squash(pdftext(checkPdf('statistics', files['年度职称评审结果统计表.pdf']!)));
    expect(stats).toContain('附件4');
    expect(stats).toContain(squash(`评审委员会（盖章）：${HOSTILE}评审委员会`));
    const victimSheet = m.files.find((f) => f.path.startsWith('002-') && f.path.endsWith('学历学位查验结果单-学历-本科.pdf'))!;
    expect(squash(pdftext(savePdf('victim-sheet', files[victimSheet.path]!)))).toContain(squash(HOSTILE));
    expect(dialogs).toEqual([]);
  }, 150_000);

  it('says beside the preview which characters it printed as 〓, before anyone prints it', async () => {
    await page.setInputFiles('#roster-file', join(tmp, '名册-含无字库的字.xlsx'));
    const name = rows().nth(1).locator('button.name');
    await expect.poll(() => name.textContent()).toBe(UNPRINTABLE);
    await name.click();
    const notice = page.locator('.notice-bad', { hasText: '〓' });
    await expect.poll(() => notice.textContent()).toBe('字符“𰻝”（U+30EDD）没有可用字体，已印为〓，请手工填写。');
    await expect.poll(() => page.locator('iframe.pdf[src^="blob:"]').count()).toBe(1);
    await page.waitForTimeout(1000); // only for the screenshot: the viewer draws the page after it has loaded
    await shot('06b-unprintable-name');
  });

  it('opens its 使用说明 from the header, offline, with its screenshots', async () => {
    const [help] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('link', { name: '帮助' }).click()]);
    await help.waitForURL(`${server.origin}help.html`);
    expect(await help.locator('h1').textContent()).toBe('职称核验助手 · 使用说明');
    await expect.poll(() => help.evaluate(() => [...document.images].map((i) => i.complete && i.naturalWidth > 0))).toEqual([true, true, true]);
    await help.close();
  });

  it('made no request beyond loopback and no script error', () => {
    const origin = new URL(server.origin).origin;
    // Chromium's own PDF viewer (chrome-extension://, chrome://) and the page's blob: URLs are not network.
    const network = browser.requests.filter((u) => /^(https?|wss?|ftp):/i.test(u));
    expect(network.length).toBeGreaterThan(5);
    expect(network.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(server.seen).toContain('/fonts/NotoSerifSC-Common.ttf');
    expect(pageErrors).toEqual([]);
  });
});
