import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_HOST_PATTERNS } from '../../shared/sites';
import { startContent } from '../content/run';
import { replyWith } from '../messaging/reply';
import { readPage } from '../readers';

export default defineContentScript({
  matches: SITE_HOST_PATTERNS,
  runAt: 'document_idle',
  allFrames: false,
  main() {
    startContent({
      doc: document,
      url: () => location.href,
      runtime: {
        sendMessage: (m) => browser.runtime.sendMessage(m),
        onMessage: { addListener: (cb) => browser.runtime.onMessage.addListener(replyWith(cb)) },
      },
      readPage,
      log: (message, detail) => console.warn(`[zhicheng] ${message}`, detail),
    });
  },
});
