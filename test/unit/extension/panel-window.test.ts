import { describe, expect, it } from 'vitest';
import { PANEL_WINDOW_KEY, PANEL_WINDOW_WIDTH, hasSidePanel, openPanelWindow, placeBeside, type PanelWindowDeps } from '../../../extension/background/panel-window';

/** Windows as the browser keeps them: ids, boxes, which one has focus. */
function fakeBrowser(normal: { left: number; top: number; width: number; height: number } | null) {
  const windows = new Map<number, { type: string; left?: number; top?: number; width?: number; height?: number; url?: string }>();
  if (normal) windows.set(1, { type: 'normal', ...normal });
  let nextId = 2;
  let focused = normal ? 1 : -1;
  const store: Record<string, unknown> = {};
  const deps: PanelWindowDeps = {
    panelUrl: 'chrome-extension://x/sidepanel.html',
    session: {
      get: async (k) => (k in store ? { [k]: store[k] } : {}),
      set: async (items) => void Object.assign(store, items),
    },
    windows: {
      getLastFocused: async () => {
        const w = [...windows].find(([, v]) => v.type === 'normal');
        if (!w) throw new Error('No last-focused window');
        return { id: w[0], ...w[1] };
      },
      get: async (id) => {
        const w = windows.get(id);
        if (!w) throw new Error(`No window with id: ${id}.`);
        return { id, ...w };
      },
      create: async (d) => {
        const id = nextId++;
        windows.set(id, { type: d.type, url: d.url, width: d.width, ...(d.height !== undefined ? { height: d.height, top: d.top, left: d.left } : {}) });
        focused = id;
        return { id };
      },
      update: async (id, d) => {
        if (d.focused) focused = id;
        return {};
      },
    },
  };
  return { deps, windows, store, focused: () => focused };
}

describe('the panel in a window of its own (no side panel)', () => {
  it('opens the panel page as a narrow popup along the right edge of the browser window, as tall as it', async () => {
    const b = fakeBrowser({ left: 0, top: 0, width: 1366, height: 728 });
    const id = await openPanelWindow(b.deps);
    expect(b.windows.get(id!)).toEqual({ type: 'popup', url: 'chrome-extension://x/sidepanel.html', width: PANEL_WINDOW_WIDTH, height: 728, top: 0, left: 966 });
    expect(b.store[PANEL_WINDOW_KEY]).toBe(id);
    expect(b.focused()).toBe(id);
  });

  it('brings back the window already open instead of opening another', async () => {
    const b = fakeBrowser({ left: 0, top: 0, width: 1366, height: 728 });
    const first = await openPanelWindow(b.deps);
    await b.deps.windows.update(1, { focused: true });
    expect(await openPanelWindow(b.deps)).toBe(first);
    expect(b.windows.size).toBe(2);
    expect(b.focused()).toBe(first);
  });

  it('opens a new one when the user closed it', async () => {
    const b = fakeBrowser({ left: 0, top: 0, width: 1366, height: 728 });
    const first = await openPanelWindow(b.deps);
    b.windows.delete(first!);
    const second = await openPanelWindow(b.deps);
    expect(second).not.toBe(first);
    expect(b.windows.get(second!)?.type).toBe('popup');
  });

  it('lets the browser place it when no browser window is known', async () => {
    const b = fakeBrowser(null);
    const id = await openPanelWindow(b.deps);
    expect(b.windows.get(id!)).toEqual({ type: 'popup', url: 'chrome-extension://x/sidepanel.html', width: PANEL_WINDOW_WIDTH });
  });

  it('never places it left of a browser window narrower than itself', () => {
    expect(placeBeside({ left: 100, top: 20, width: 300, height: 500 })).toEqual({ width: PANEL_WINDOW_WIDTH, height: 500, top: 20, left: 100 });
  });

  it('counts a side panel only where the toolbar button can open it (setPanelBehavior, Chrome 116)', () => {
    expect(hasSidePanel(undefined)).toBe(false);
    expect(hasSidePanel({ open: () => {} })).toBe(false);
    expect(hasSidePanel({ setPanelBehavior: async () => {} })).toBe(true);
  });
});

describe('the panel window, when the browser refuses its place or is clicked twice', () => {
  it('lets the browser place it when the bounds beside the browser window are refused', async () => {
    const b = fakeBrowser({ left: 900, top: 0, width: 1366, height: 728 });
    const create = b.deps.windows.create;
    b.deps.windows.create = async (d) => {
      if (d.left !== undefined) throw new Error('Invalid value for bounds. Bounds must be at least 50% within visible screen space.');
      return create(d);
    };
    const id = await openPanelWindow(b.deps);
    expect(b.windows.get(id!)).toEqual({ type: 'popup', url: 'chrome-extension://x/sidepanel.html', width: PANEL_WINDOW_WIDTH });
  });

  it('opens one window for two quick clicks', async () => {
    const b = fakeBrowser({ left: 0, top: 0, width: 1366, height: 728 });
    const [a, c] = await Promise.all([openPanelWindow(b.deps), openPanelWindow(b.deps)]);
    expect(a).toBe(c);
    expect(b.windows.size).toBe(2);
  });
});
