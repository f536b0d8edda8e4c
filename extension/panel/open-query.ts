import type { Applicant, Credential } from '../../shared/model';
import { isSiteUrl } from '../../shared/sites';
import { PrefillResult, type PrefillData, type PrefillMessage, type QueuePrefill } from '../messaging/messages';
import { QUERY_PAGES, queryPageKind } from '../messaging/query-pages';

/** The slice of `browser.tabs` 去查验 needs; none of it requires the "tabs" permission. */
export interface TabsApi {
  query(q: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  create(p: { url: string; active: boolean }): Promise<{ id?: number }>;
  update(tabId: number, p: { url: string; active: boolean }): Promise<unknown>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export interface OpenQueryResult {
  tabId: number;
  /** The active tab was a site tab and was reused (otherwise a new tab was opened). */
  reused: boolean;
  /** Set when the form was already open and was filled at once. */
  filled?: PrefillResult;
}

export function prefillDataFor(applicant: Applicant, credential: Credential): PrefillData | null {
  const certNo = credential.certNo.trim();
  if (!certNo) return null;
  return { kind: credential.kind, certNo, name: applicant.name };
}

/**
 * 去查验: open the credential's 零散查询 page — in the active tab if it already shows one of the sites, else in a new
 * tab — and have its 证书编号 and 姓名 filled in. The captcha and SMS steps stay with the user.
 */
export async function openQuery(
  tabs: TabsApi,
  sendToBackground: (msg: QueuePrefill) => Promise<unknown>,
  applicant: Applicant,
  credential: Credential,
): Promise<OpenQueryResult> {
  const data = prefillDataFor(applicant, credential);
  if (!data) throw new Error('该证书没有证书编号，不能在线查询');
  const page = QUERY_PAGES[credential.kind];
  const [active] = await tabs.query({ active: true, currentWindow: true });
  const reuse = active?.id !== undefined && typeof active.url === 'string' && isSiteUrl(active.url);
  const alreadyThere = reuse && queryPageKind(active.url ?? '') === credential.kind;

  let tabId: number;
  if (reuse && active?.id !== undefined) {
    tabId = active.id;
    if (!alreadyThere) await tabs.update(tabId, { url: page.url, active: true });
  } else {
    const created = await tabs.create({ url: page.url, active: true });
    if (created.id === undefined) throw new Error('无法打开新标签页');
    tabId = created.id;
  }
  const target = { applicantId: applicant.id, credentialId: credential.id };
  await sendToBackground({ type: 'queue-prefill', tabId, data, target });
  // If the page's content script is already listening this fills now; if not, it asks the background when it loads.
  const push: PrefillMessage = { type: 'prefill', data };
  const reply = await tabs.sendMessage(tabId, push).catch(() => undefined);
  const filled = PrefillResult.safeParse(reply);
  return { tabId, reused: reuse, ...(filled.success && alreadyThere ? { filled: filled.data } : {}) };
}
