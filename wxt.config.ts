import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_HOST_PATTERNS } from './shared/sites';

// Entrypoints stay thin; logic lives in shared/, extension/readers and extension/panel.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension/entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: {
    name: '职称核验助手',
    description: '在学信网和学位查验页面上读取查验结果、比对申报人信息并生成查验表单；数据只存本机。',
    default_locale: undefined,
    host_permissions: [...SITE_HOST_PATTERNS],
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
