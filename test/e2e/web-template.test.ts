// The generator page fills an office's own Word template: upload, check (the misspelt name and its suggestion), a
// text preview of one applicant, every applicant's copy downloaded as a ZIP (checked here without the page's code),
// a cancel, the template remembered after a reload. Screenshots: test-results/screenshots/web-template-*.png.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../forms/export/manifest';
import { documentText } from '../../forms/template/docx';
import { SAMPLE_APPLICANTS } from '../../shared/sample/applicants';
import { officeTemplate } from '../template/office-template';
import { launchPlain, type LaunchedPlain } from './support/chromium';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/screenshots');
let tmp: string;
let server: StaticServer;
let browser: LaunchedPlain;
let page: Page;
const pageErrors: string[] = [];
const requests: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `web-template-${name}.png`) });
const fillButton = () => page.getByRole('button', { name: '为全部申报人填写并下载（ZIP）' });

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'zhicheng-web-template-'));
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('npx', ['vite', 'build', '--config', 'forms/web/vite.config.ts', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, ZHICHENG_WEB_OUT_DIR: join(tmp, 'web') },
    stdio: 'pipe',
  });
  writeFileSync(join(tmp, '评定表模板.docx'), officeTemplate());
  server = await startStaticServer(join(tmp, 'web'));
  browser = await launchPlain({ profileDir: join(tmp, 'profile'), viewport: { width: 1366, height: 768 } });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
}, 120_000);

afterAll(async () => {
  await browser?.context.close().catch(() => {});
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the generator page fills an office template', () => {
  it('checks an uploaded template against the sample and previews one applicant', async () => {
    await page.goto(server.origin);
    await page.getByRole('button', { name: '载入示例名册' }).click();
    await page.getByRole('button', { name: '用贵单位的表格（Word 模板）' }).click();
    await page.setInputFiles('#office-template', join(tmp, '评定表模板.docx'));
    const check = page.getByRole('region', { name: '模板检查结果' });
    await check.getByText('1 个未知字段').waitFor({ timeout: 60_000 });
    expect(await check.locator('li.tone-bad').allTextContents()).toEqual(['✗ {联系电话}']);
    expect(await check.textContent()).toContain('{身份证号码}（即{身份证号}）');
    const preview = page.locator('pre.filled-text');
    await preview.getByText(`姓名：${SAMPLE_APPLICANTS[0]!.name}`).waitFor();
    await page.locator('.template-preview select').selectOption({ label: '陈𠮷祥' });
    await preview.getByText('姓名：陈𠮷祥').waitFor();
    expect(await preview.textContent()).toContain('评定结论：经');
    await shot('01-checked');
    await page.getByRole('button', { name: '可用的字段' }).click();
    const table = page.getByRole('table', { name: '可用的字段' });
    await table.getByRole('cell', { name: '{#学历学位}…{/学历学位}' }).waitFor();
    await shot('00-fields');
    await page.getByRole('button', { name: '收起字段表' }).click();
  });

  it('downloads every applicant’s filled copy as a ZIP whose names and contents are right', async () => {
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), fillButton().click()]);
    expect(d.suggestedFilename()).toMatch(/^评定表模板-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(await d.path())));
    const manifest = Manifest.parse(JSON.parse(strFromU8(files['manifest.json']!)));
    expect(manifest.templates).toEqual([{ form: 'template', file: '评定表模板.docx', sha256: createHash('sha256').update(readFileSync(join(tmp, '评定表模板.docx'))).digest('hex') }]);
    expect(manifest.files).toHaveLength(SAMPLE_APPLICANTS.length);
    SAMPLE_APPLICANTS.forEach((a, i) => {
      const path = `${String(i + 1).padStart(3, '0')}-${a.name}-${a.idNumber.slice(-4)}/评定表模板.docx`;
      const bytes = files[path];
      expect(bytes, path).toBeDefined();
      expect(manifest.files[i]).toEqual({ path, size: bytes!.length, sha256: createHash('sha256').update(bytes!).digest('hex') });
      const text = documentText(bytes!);
      expect(text).toContain(`姓名：${a.name}`);
      expect(text).toContain(a.idNumber);
      expect(text).not.toMatch(/[{}]/);
    });
    await page.getByText(`已下载 ${d.suggestedFilename()}`).waitFor();
    await shot('02-downloaded');
  });

  it('cancels a fill, and remembers the template after a reload', async () => {
    await fillButton().click();
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page.getByText(/已取消|已下载/).waitFor();
    await page.reload();
    await page.getByRole('button', { name: '用贵单位的表格（Word 模板）' }).click();
    const saved = page.getByRole('list', { name: '已保存的模板' });
    await saved.getByText('评定表模板.docx').waitFor();
    await saved.getByRole('button', { name: '使用' }).click();
    await page.getByRole('region', { name: '模板检查结果' }).getByText('1 个未知字段').waitFor({ timeout: 60_000 });
    await shot('03-remembered');
    expect(pageErrors.slice(0, 3)).toEqual([]);
    // Only loopback: the built-in PDF viewer's own chrome:// pages are no network.
    expect(requests.filter((u) => /^(https?|wss?|ftp):/.test(u) && !u.startsWith(server.origin))).toEqual([]);
  });
});
