import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would launch a headed browser, which crashes on machines without a display (../shared/testing.md).
// Load .output/chrome-mv3 (or firefox-mv2) by hand, or run the e2e test.
export default defineWebExtConfig({
  disabled: true,
});
