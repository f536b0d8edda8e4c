// The layer rules (.dependency-cruiser.cjs) that scripts/test.sh runs over the tree: an upward import is an error.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

/** The rules broken by a tree of these files (path → source). */
async function broken(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'zhicheng-layers-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  const { options } = config;
  const result = await cruise(['shared', 'forms', 'extension'], { validate: true, ruleSet: { forbidden: config.forbidden ?? [] }, baseDir: root, doNotFollow: options?.doNotFollow, tsPreCompilationDeps: true });
  if (typeof result.output === 'string') throw new Error('unexpected output');
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('layer rules', () => {
  it('fail on an upward import, naming the rule and both files', async () => {
    const v = await broken({
      'shared/rules/x.ts': "import { f } from '../../forms/definitions/form';\nexport const x = f;\n",
      'forms/definitions/form.ts': "import { p } from '../../extension/panel/ui';\nexport const f = p;\n",
      'forms/render/pdf/a.ts': "import { f } from '../../definitions/form';\nexport const a = f;\n",
      'forms/cli/c.ts': "import { s } from '../../extension/background/capture';\nimport { r } from '../../extension/readers/index';\nexport const c = s + r;\n",
      'extension/panel/ui.ts': "import { d } from '../../forms/web/save';\nexport const p = d;\n",
      'extension/background/capture.ts': "import { e } from '../public-entry';\nexport const s = e;\n",
      'extension/public-entry.ts': 'export const e = 1;\n',
      'extension/readers/index.ts': 'export const r = 1;\n',
      'forms/web/save.ts': 'export const d = 1;\n',
      'forms/web/table.tsx': "import { b } from '../../extension/panel/ui';\nexport const t = b;\n",
      'shared/rules/state.ts': "import { badge } from '../ui/badge';\nimport { h } from 'preact';\nexport const s = badge + String(h);\n",
      'shared/ui/badge.ts': "import { s } from '../rules/state';\nexport const badge = s;\n",
    });
    expect(v.sort()).toEqual(
      [
        'shared-is-the-bottom: shared/rules/x.ts → forms/definitions/form.ts',
        'form-library-below-the-apps: forms/definitions/form.ts → extension/panel/ui.ts',
        'renderers-know-no-forms: forms/render/pdf/a.ts → forms/definitions/form.ts',
        'cli-uses-public-entries: forms/cli/c.ts → extension/background/capture.ts',
        'cli-uses-public-entries: forms/cli/c.ts → extension/readers/index.ts',
        'public-entry-is-for-outside: extension/background/capture.ts → extension/public-entry.ts',
        'panel-does-not-reach-into-the-page: extension/panel/ui.ts → forms/web/save.ts',
        'pages-do-not-reach-into-each-other: forms/web/table.tsx → extension/panel/ui.ts',
        'domain-knows-no-ui: shared/rules/state.ts → shared/ui/badge.ts',
        'domain-knows-no-ui: shared/rules/state.ts → preact',
      ].sort(),
    );
  });

  it('let downward imports and public entries through', async () => {
    const v = await broken({
      'forms/definitions/form.ts': "import { m } from '../../shared/model';\nexport const f = m;\n",
      'shared/model.ts': 'export const m = 1;\n',
      'forms/cli/c.ts': "import { r } from '../../extension/public-entry';\nimport { u } from '../../shared/ui/index';\nexport const c = r + u;\n",
      'extension/public-entry.ts': "export { r } from './readers/index';\n",
      'extension/readers/index.ts': "import { m } from '../../shared/model';\nexport const r = m;\n",
      'extension/panel/app.tsx': "import { u } from '../../shared/ui/index';\nexport const a = u;\n",
      'forms/web/app.tsx': "import { u } from '../../shared/ui/index';\nexport const w = u;\n",
      'shared/ui/index.ts': "import { m } from '../model';\nexport const u = m;\n",
      'extension/entrypoints/generator/main.ts': "import { g } from '../../../forms/web/mount';\nexport const e = g;\n",
      'forms/web/mount.tsx': 'export const g = 1;\n',
    });
    expect(v).toEqual([]);
  });
});
