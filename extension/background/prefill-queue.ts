import { z } from 'zod';
import type { CredentialKind } from '../../shared/model';
import { PrefillData } from '../messaging/messages';
import type { TabTarget } from './capture';

/** Where the queue survives a service-worker restart (storage.session: memory only, never on disk). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const Entry = z.object({
  data: PrefillData,
  target: z.object({ applicantId: z.string(), credentialId: z.string() }).optional(),
  at: z.number(),
});
type Entry = z.infer<typeof Entry>;
const Entries = z.record(z.string(), Entry);

const KEY = 'prefillByTab';
/** A prefill waits this long for its tab's query page; after that the user is doing something else. */
export const PREFILL_TTL_MS = 15 * 60_000;

/**
 * Prefills waiting for a tab to load a query page. 去查验 queues one for the tab it opens; the page's content script
 * asks for it on load (so a reload, e.g. after a wrong captcha, fills the form again).
 */
export class PrefillQueue {
  constructor(
    private readonly area: SessionArea,
    private readonly now: () => number = Date.now,
  ) {}

  private async load(): Promise<Record<string, Entry>> {
    const raw = (await this.area.get(KEY))[KEY];
    const parsed = Entries.safeParse(raw ?? {});
    if (!parsed.success) return {};
    const fresh = Object.entries(parsed.data).filter(([, e]) => this.now() - e.at < PREFILL_TTL_MS);
    return Object.fromEntries(fresh);
  }

  async put(tabId: number, data: PrefillData, target?: TabTarget): Promise<void> {
    const all = await this.load();
    all[String(tabId)] = { data, ...(target ? { target } : {}), at: this.now() };
    await this.area.set({ [KEY]: all });
  }

  /** The prefill for this tab if the page it loaded is the query page of the same kind. */
  async forPage(tabId: number, pageKind: CredentialKind): Promise<PrefillData | null> {
    const entry = (await this.load())[String(tabId)];
    return entry && entry.data.kind === pageKind ? entry.data : null;
  }

  async target(tabId: number): Promise<TabTarget | undefined> {
    return (await this.load())[String(tabId)]?.target;
  }

  async forget(tabId: number): Promise<void> {
    const all = await this.load();
    if (!(String(tabId) in all)) return;
    delete all[String(tabId)];
    await this.area.set({ [KEY]: all });
  }
}
