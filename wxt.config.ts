import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_HOST_PATTERNS } from './shared/sites';
import { EXTENSION_LEAVES_OUT } from './forms/fonts/files';

// Entrypoints stay thin; logic lives in shared/, extension/readers, extension/background|content|messaging|panel.
// Permissions, and why each is there (nothing else is asked for):
// - host_permissions: the four site hosts only — the content script runs there, and tabs.query may see a tab's URL
//   only on them (so 去查验 can reuse a site tab, and the panel tell a site tab from any other, without the broad
//   "tabs" permission; tab activation and update events need none).
// - storage: storage.session holds each tab's page and waiting prefills (memory only); storage.local the panel's
//   UI selection. Applicants and records live in IndexedDB, which needs no permission.
// - sidePanel (Chrome; WXT adds it for the sidepanel entrypoint). Firefox gets sidebar_action from the same entrypoint.
//   Where the browser has no side panel, the toolbar button opens the panel page in a window (windows.create needs
//   no permission).
// No remote code, no "tabs", no "activeTab", no "scripting". The CSP is MV3's default, written out so the Firefox
// (MV2) build says the same: no WebAssembly, no eval (the forms' font subsetter is plain TypeScript).
const EXTENSION_CSP = "script-src 'self'; object-src 'self';";

// The oldest cores the offices' browsers (360, QQ, 奇安信 on 信创 systems) may run. The Chromium floor is set by
// storage.session (Chrome 102). The
// side panel (sidePanel 114, setPanelBehavior 116) is optional: without it the toolbar button opens the same panel
// page in a window of its own (extension/background/panel-window.ts). Message listeners answer through sendResponse
// (extension/messaging/reply.ts), as a returned Promise is recent Chrome only. Firefox: storage.session (115 ESR).
// The bundles' syntax is compiled down to the same floors.
const CHROMIUM_FLOOR = 102;
const FIREFOX_FLOOR = 115;

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension/entrypoints',
  publicDir: 'public',
  // The e2e test builds into a temp dir of its own, so a build running beside it cannot swap files under it.
  outDir: process.env.ZHICHENG_WXT_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    name: '职称核验助手',
    description: '在学信网和学位查验页面上读取查验结果、比对申报人信息并生成查验表单；数据只存本机。',
    host_permissions: [...SITE_HOST_PATTERNS],
    permissions: ['storage'],
    action: { default_title: '打开职称核验助手' },
    // WXT writes this as the MV2 string for Firefox.
    content_security_policy: { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zhicheng-desk@zhicheng.invalid',
              strict_min_version: `${FIREFOX_FLOOR}.0`,
              // AMO asks every new extension to declare what it collects: nothing leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: String(CHROMIUM_FLOOR) }),
  }),
  // The Firefox sources zip is for review: screenshots and reports of test runs, and builds (the CLI's, the static
  // page's, earlier releases in dist/), do not belong in it.
  zip: { excludeSources: ['test-results/**', 'coverage/**', 'dist/**'] },
  hooks: {
    // Under the store's 12 MB: some font pieces stay out of the extension (forms/fonts/files.ts says which and why).
    'build:publicAssets': (_wxt, files) => {
      const shipped = files.filter((f) => !EXTENSION_LEAVES_OUT.some((name) => f.relativeDest === `fonts/${name}`));
      files.splice(0, files.length, ...shipped);
    },
  },
  // The roster reader (exceljs) is a ~1 MB chunk loaded only when a file is picked; nothing is fetched remotely.
  // The generator page's worker is an ES module, so what it needs only later (roster reader, export) is a chunk of
  // its own, loaded when used.
  vite: () => ({
    plugins: [preact()],
    worker: { format: 'es' },
    build: { chunkSizeWarningLimit: 1500, target: [`chrome${CHROMIUM_FLOOR}`, `firefox${FIREFOX_FLOOR}`] },
  }),
});
