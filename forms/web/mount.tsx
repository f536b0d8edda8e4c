import { render } from 'preact';
import { App, type LocalData } from './app';
import { createEngine, pageFontBase } from './engine';
import { userMessage } from '../../shared/text/user-message';
import './styles.css';

/**
 * Mounts the generator page in `root` (the static page and the extension's generator page alike). Fonts are read from
 * `fontBase` (default: the fonts/ folder beside the page); `local` gives the extension's stored data.
 */
export async function mountGenerator(
  root: HTMLElement,
  fontBase = pageFontBase(),
  /** Inside the extension: the panel's own data (the same IndexedDB), shown without any import. */
  local?: LocalData,
): Promise<void> {
  const failed = (e: unknown) => {
    const p = document.createElement('p');
    p.className = 'notice notice-bad';
    console.warn('[zhicheng] start', e);
    p.textContent = userMessage(e, '页面启动', '请用 Chrome、Edge 或 Firefox 的较新版本打开。');
    root.replaceChildren(p);
  };
  try {
    const engine = await createEngine();
    // Not waited for: the worker's code (seconds on a busy machine) loads while the page shows and reads its data.
    // Calls made meanwhile queue behind this one, in order.
    engine.configure({ base: fontBase }).catch(failed);
    // render() keeps children it cannot reuse: the loading note would stay under the app and make the page scroll.
    root.replaceChildren();
    // The stored data is read at once, and its first preview asked for as soon as it is there, while the page renders
    // (the panel may have asked already: the engine renders it once). The page's own request reports any failure.
    const firstRead = local?.read();
    firstRead?.then((b) => engine.renderFirstPreviewAhead(b)).catch(() => {});
    render(<App engine={engine} {...(local && firstRead ? { local, firstRead } : {})} />, root);
  } catch (e) {
    failed(e);
  }
}
