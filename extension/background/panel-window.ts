// Where the browser has no side panel (Chromium cores before 114/116, as in older 360, QQ and 奇安信 browsers), the
// toolbar button opens the panel page in a narrow window of its own along the right edge of the browser window, or
// brings back the one already open. windows.create/get/update need no permission.

export const PANEL_WINDOW_WIDTH = 400;
/** storage.session key of the panel window's id: the service worker may have been stopped since it opened it. */
export const PANEL_WINDOW_KEY = 'panelWindowId';

interface WindowBox {
  id?: number;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
}

export interface PanelWindowDeps {
  windows: {
    getLastFocused(filter: { windowTypes: 'normal'[] }): Promise<WindowBox>;
    get(id: number): Promise<WindowBox>;
    create(data: { url: string; type: 'popup'; width: number; height?: number; left?: number; top?: number; focused: boolean }): Promise<WindowBox>;
    update(id: number, data: { focused: boolean }): Promise<unknown>;
  };
  session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  /** The panel page's URL (sidepanel.html). */
  panelUrl: string;
}

/** Whether this browser can show the panel as a side panel opened by the toolbar button. */
export function hasSidePanel(api: unknown): api is { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> } {
  return typeof (api as { setPanelBehavior?: unknown } | undefined)?.setPanelBehavior === 'function';
}

let opening: Promise<number | undefined> | null = null;

/** Focuses the panel window if it is open, else opens it beside the last focused browser window; returns its id. */
export function openPanelWindow(deps: PanelWindowDeps): Promise<number | undefined> {
  // A second click while the window is still opening brings back the same window, not a second one.
  opening ??= focusOrOpen(deps).finally(() => {
    opening = null;
  });
  return opening;
}

async function focusOrOpen(deps: PanelWindowDeps): Promise<number | undefined> {
  const known = (await deps.session.get(PANEL_WINDOW_KEY))[PANEL_WINDOW_KEY];
  if (typeof known === 'number') {
    const open = await deps.windows.get(known).then(
      () => true,
      () => false,
    );
    if (open) {
      await deps.windows.update(known, { focused: true });
      return known;
    }
  }
  const browserWindow = await deps.windows.getLastFocused({ windowTypes: ['normal'] }).catch((): WindowBox => ({}));
  const box = placeBeside(browserWindow);
  const popup = { url: deps.panelUrl, type: 'popup', focused: true } as const;
  // Bounds the browser finds off its screen (a window half outside it) are refused: then it places the window itself.
  const created = await deps.windows.create({ ...popup, ...box }).catch(() => deps.windows.create({ ...popup, width: PANEL_WINDOW_WIDTH }));
  await deps.session.set({ [PANEL_WINDOW_KEY]: created.id });
  return created.id;
}

/** Along the right edge of the browser window, as tall as it; the browser's own placement when its size is unknown. */
export function placeBeside(w: WindowBox): { width: number; height?: number; left?: number; top?: number } {
  if (w.left === undefined || w.top === undefined || w.width === undefined || w.height === undefined) return { width: PANEL_WINDOW_WIDTH };
  return { width: PANEL_WINDOW_WIDTH, height: w.height, top: w.top, left: Math.max(w.left, w.left + w.width - PANEL_WINDOW_WIDTH) };
}
