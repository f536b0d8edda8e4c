// The 使用说明 in two places — the help page (extension/help) and the README's 快速上手 — against the rules and files
// they name: every state the rules know, and every screenshot (public/help, written by test/e2e/panel-window.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_SHOTS, STATE_MEANINGS } from '../../extension/help/HelpPage';
import { CREDENTIAL_STATES, CREDENTIAL_STATE_LABELS } from '../../shared/rules';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## 快速上手'), readme.indexOf('\n---\n'));

describe('the 使用说明', () => {
  it('opens the README, in Chinese, before the developers\' part', () => {
    expect(readme.indexOf('## 快速上手')).toBeGreaterThan(0);
    expect(readme.indexOf('## 快速上手')).toBeLessThan(readme.indexOf('## Quick start'));
    for (const step of ['加载已解压的扩展程序', '临时载入附加组件', 'ExtensionInstallForcelist', '去查验', '备份', '隐私']) expect(quickStart).toContain(step);
  });

  it('explains every state the rules have, by the rules\' own names', () => {
    expect(Object.keys(STATE_MEANINGS).sort()).toEqual([...CREDENTIAL_STATES].sort());
    const named = [...quickStart.matchAll(/^- \*\*(.+?)\*\*：/gm)].map((m) => m[1]);
    expect(named.filter((n) => Object.values(CREDENTIAL_STATE_LABELS).includes(n!))).toEqual(CREDENTIAL_STATES.map((s) => CREDENTIAL_STATE_LABELS[s]));
  });

  it('shows screenshots that exist, in the page and in the README', () => {
    for (const shot of HELP_SHOTS) expect(existsSync(join(ROOT, 'public', shot.file)), shot.file).toBe(true);
    const inReadme = [...quickStart.matchAll(/\]\((public\/help\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(inReadme.length).toBeGreaterThan(0);
    for (const file of inReadme) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });
});
