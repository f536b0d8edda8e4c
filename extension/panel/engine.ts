// The panel's handle on the extension's shared render engine (forms/web/shared-worker.ts): the panel's sheets render
// there, which keeps it warm for the generator page the clerk opens from the panel.
import type { Engine } from '../../forms/web/engine';
import type { Store } from '../../shared/store';

let engine: Promise<Engine> | undefined;

/**
 * The engine, connected and told where the fonts are, once per panel; none where there is no shared worker (Node in
 * tests), since an engine of the panel's own would keep nothing warm for the generator page.
 */
export function sharedEngine(): Promise<Engine> | undefined {
  if (typeof SharedWorker !== 'function') return undefined;
  if (!engine) {
    engine = (async () => {
      const { createEngine, pageFontBase } = await import('../../forms/web/engine');
      const e = await createEngine();
      await e.configure({ base: pageFontBase() });
      return e;
    })();
    // A failed start is tried again at the next sheet.
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/**
 * As the generator page opens: its first preview is rendered meanwhile, from the same stored data the page reads, so
 * the page finds it made. Only a head start: on any failure the page renders it itself.
 */
export async function renderGeneratorPreviewAhead(store: Store): Promise<void> {
  const engine = sharedEngine();
  if (!engine) return;
  try {
    const { applicants, records, settings } = await store.backup();
    await (await engine).renderFirstPreviewAhead({ applicants, records, settings });
  } catch (e) {
    console.warn('[zhicheng] generator preview ahead', e);
  }
}
