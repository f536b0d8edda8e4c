import { z } from 'zod';
import type { CredentialKind } from '../../shared/model';
import { normaliseCertNo } from '../../shared/text/normalize';
import { PrefillData } from '../messaging/messages';
import type { TabTarget } from './capture';

/** Where the queue survives a service-worker restart (storage.session: memory only, never on disk). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const Entry = z.object({
  data: PrefillData,
  target: z.object({ applicantId: z.string(), credentialId: z.string() }).optional(),
  /** The certificate number the content script saw submitted from this tab's query form. */
  submitted: z.string().optional(),
  at: z.number(),
});
type Entry = z.infer<typeof Entry>;

/**
 * One key per tab, each written and removed on its own: a shared map read-modified-written by concurrent calls (a
 * tab closing while another is queued) would lose one of the changes.
 */
export const prefillKey = (tabId: number) => `prefill:${tabId}`;
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

  /** The tab's entry while fresh; an expired one is ignored (and removed with its tab). */
  private async load(tabId: number): Promise<Entry | undefined> {
    const key = prefillKey(tabId);
    const parsed = Entry.safeParse((await this.area.get(key))[key]);
    return parsed.success && this.now() - parsed.data.at < PREFILL_TTL_MS ? parsed.data : undefined;
  }

  async put(tabId: number, data: PrefillData, target?: TabTarget): Promise<void> {
    const entry: Entry = { data, ...(target ? { target } : {}), at: this.now() };
    await this.area.set({ [prefillKey(tabId)]: entry });
  }

  /** The prefill for this tab if the page it loaded is the query page of the same kind. */
  async forPage(tabId: number, pageKind: CredentialKind): Promise<PrefillData | null> {
    const entry = await this.load(tabId);
    return entry && entry.data.kind === pageKind ? entry.data : null;
  }

  async target(tabId: number): Promise<TabTarget | undefined> {
    return (await this.load(tabId))?.target;
  }

  /** Notes the number the tab's query form was submitted with (only for a tab with a prefill waiting). */
  async markSubmitted(tabId: number, certNo: string): Promise<void> {
    const entry = await this.load(tabId);
    if (entry) await this.area.set({ [prefillKey(tabId)]: { ...entry, submitted: certNo } });
  }

  /**
   * The credential a result in this tab is about: only when the form was seen submitted with the very number filled
   * in for it. A number the user changed, or a submission not seen, ties the result to nothing.
   */
  async submittedTarget(tabId: number): Promise<TabTarget | undefined> {
    const entry = await this.load(tabId);
    if (!entry?.target || entry.submitted === undefined) return undefined;
    return normaliseCertNo(entry.submitted) === normaliseCertNo(entry.data.certNo) ? entry.target : undefined;
  }

  async forget(tabId: number): Promise<void> {
    await this.area.remove(prefillKey(tabId));
  }
}
