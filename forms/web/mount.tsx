import { render } from 'preact';
import { App } from './app';
import { createEngine } from './engine';
import './styles.css';

/**
 * Mounts the generator page in `root` (the static page and the extension's generator page alike). Fonts are read from
 * `fontBase` (default: the fonts/ folder beside the page).
 */
export async function mountGenerator(root: HTMLElement, fontBase = new URL('fonts/', document.baseURI).href): Promise<void> {
  const engine = await createEngine();
  await engine.configure({ base: fontBase });
  render(<App engine={engine} />, root);
}
