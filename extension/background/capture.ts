import {
  SCHEMA_VERSION,
  VerificationRecord,
  type Applicant,
  type Credential,
  type PageOutcome,
  type PageRead,
  type Site,
} from '../../shared/model';
import { newest, type findCredential, type matchPage } from '../../shared/rules';
import { hasPrivateUse, normaliseCertNo } from '../../shared/text/normalize';
import { CaptureMessage } from '../messaging/messages';
import { queryPageKind } from '../messaging/query-pages';
import type { PageState, PageVerdict } from '../messaging/page-state';
import { checkSiteSender, type SenderLike, type SiteSenderOptions } from '../messaging/sender';
import { adviceFor } from './advice';

/** The store operations a capture needs (shared/store's Store has them). */
export interface CaptureStore {
  listApplicants(): Promise<Applicant[]>;
  listRecords(applicantId?: string): Promise<VerificationRecord[]>;
  putRecord(record: VerificationRecord): Promise<unknown>;
}

export interface CaptureRules {
  findCredential: typeof findCredential;
  matchPage: typeof matchPage;
}

/** The credential a tab was opened to check (from 去查验), so a "not found" query result can be tied to it. */
export interface TabTarget {
  applicantId: string;
  credentialId: string;
}

export interface CaptureDeps extends SiteSenderOptions {
  store: CaptureStore;
  rules: CaptureRules;
  canonicalUrl: (url: string) => string;
  now: () => Date;
  newId: () => string;
  /** The credential 去查验 filled this tab's query form in for, once seen submitted with its number (零散查询 pages only). */
  targetOfTab?: (tabId: number) => Promise<TabTarget | undefined>;
  log?: (message: string, detail?: unknown) => void;
}

export type CaptureResult = { accepted: false; reason: string } | { accepted: true; state: PageState };

/** Pages that are about no credential in particular: never recorded. */
const NOT_A_RESULT = new Set<PageOutcome>(['rate-limited', 'unknown']);

const REPORT_KINDS = new Set<string>(['xueli-report', 'xuewei-report', 'query-result', 'legacy-degree-result']);

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function siteOf(url: string): Site {
  const host = new URL(url).hostname;
  if (host.endsWith('chinadegrees.cn')) return 'chinadegrees';
  if (host.endsWith('cdgdc.edu.cn')) return 'cdgdc';
  return 'chsi';
}

const obfuscated = (read: PageRead): boolean =>
  Object.values(read.fields).some((f) => f !== undefined && (hasPrivateUse(f.raw) || hasPrivateUse(f.value ?? '')));

/**
 * One capture from a content script: check who sent it (the browser's word, never the message's), validate it, and
 * store a VerificationRecord when the page is a report of a known credential (or an error page tied to one).
 * Never throws: bad input comes back as `accepted: false` or a `failed` state.
 */
export async function handleCapture(raw: unknown, sender: SenderLike, deps: CaptureDeps): Promise<CaptureResult> {
  const who = checkSiteSender(sender, deps);
  if (!who.ok) return { accepted: false, reason: who.reason };
  const parsed = CaptureMessage.safeParse(raw);
  if (!parsed.success) return { accepted: false, reason: `invalid capture: ${parsed.error.issues[0]?.message ?? ''}` };
  const { read, text, html } = parsed.data;

  let url: string;
  try {
    url = deps.canonicalUrl(who.url);
  } catch {
    url = who.url;
  }
  const base = {
    tabId: who.tabId,
    url,
    capturedAt: deps.now().toISOString(),
    kind: read.kind,
    pageOutcome: read.outcome,
    vcode: read.vcode,
    fields: read.fields,
    extra: read.extra ?? [],
    order: read.order ?? [],
    warnings: read.warnings,
  };
  const onQueryForm = queryPageKind(url) !== null;
  const state = (
    verdict: PageVerdict,
    extra: Partial<PageState> = {},
    problem?: string,
    unconfirmed?: string[],
  ): CaptureResult => ({
    accepted: true,
    state: {
      ...base,
      ...extra,
      verdict,
      advice: adviceFor({ kind: read.kind, pageOutcome: read.outcome, verdict, outcome: extra.outcome, problem, unconfirmed, onQueryForm }),
    },
  });

  try {
    if (read.outcome === 'refused' || read.kind === 'archive-page' || read.kind === 'xueji-report' || obfuscated(read)) {
      return state('refused');
    }
    if (NOT_A_RESULT.has(read.outcome)) return state('not-a-result');

    const records = await deps.store.listRecords();
    const isReport = read.outcome === 'report' && REPORT_KINDS.has(read.kind);
    const target = isReport
      ? deps.rules.findCredential(read, await deps.store.listApplicants())
      : await tieToCredential(read, url, who.tabId, records, deps);
    if (!target) return state(isReport ? 'unmatched' : 'not-recorded');
    const { applicant, credential } = target;
    const { outcome, comparison, reasons } = deps.rules.matchPage(read, applicant, credential);
    // An error page says "not found" or "expired" about the credential; anything vaguer is not worth a record.
    if (!isReport && outcome === 'error') return state('not-recorded');

    const ids = { applicantId: applicant.id, credentialId: credential.id };
    // The hash is the record's proof of what the page said: never the hash of nothing (a capture without the page).
    if (text.trim() === '') {
      deps.log?.('capture without page text', read.kind);
      return state('failed', ids, '未收到页面内容，未保存记录：请刷新页面后重试。');
    }
    const sha256 = await sha256Hex(text);
    const same = records.find(
      (r) => r.credentialId === credential.id && r.applicantId === applicant.id && r.url === url && r.sha256 === sha256,
    );
    if (same) return state('duplicate', { ...ids, recordId: same.id, outcome: same.outcome });

    const candidate = {
      schemaVersion: SCHEMA_VERSION,
      id: deps.newId(),
      ...ids,
      site: siteOf(url),
      pageKind: read.kind,
      pageOutcome: read.outcome,
      url,
      capturedAt: base.capturedAt,
      fields: read.fields,
      extra: base.extra,
      order: base.order,
      vcode: read.vcode,
      sha256,
      outcome,
      comparison,
      confirmedByEye: [],
      differentByEye: [],
      // Without a comparison the reasons are the only explanation the record can carry.
      warnings: comparison.length ? read.warnings : [...read.warnings, ...reasons],
      snapshotHtml: html,
    };
    const valid = VerificationRecord.safeParse(candidate);
    if (!valid.success) {
      deps.log?.('record failed validation', valid.error.issues);
      const issue = valid.error.issues[0];
      return state('failed', ids, `读取的数据不完整（${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}）`);
    }
    await deps.store.putRecord(valid.data);
    const unconfirmed = comparison.filter((c) => c.status === 'unreadable').map((c) => c.label);
    return state('recorded', { ...ids, recordId: valid.data.id, outcome }, undefined, unconfirmed);
  } catch (e) {
    deps.log?.('capture failed', e);
    const message = e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : '本机存储出错';
    return state('failed', {}, message);
  }
}

/**
 * An error page belongs to a credential when an earlier record has its URL. A 零散查询 page without a result belongs
 * to the credential whose number the page itself names, else to the one this tab's form was filled in for and seen
 * submitted with that very number; otherwise to none (a result for another number is never pinned on the queued one).
 */
async function tieToCredential(
  read: PageRead,
  url: string,
  tabId: number,
  records: VerificationRecord[],
  deps: CaptureDeps,
): Promise<{ applicant: Applicant; credential: Credential } | null> {
  const applicants = await deps.store.listApplicants();
  const byIds = (ref: TabTarget | undefined) => {
    const applicant = ref && applicants.find((a) => a.id === ref.applicantId);
    const credential = applicant?.credentials.find((c) => c.id === ref!.credentialId);
    return applicant && credential ? { applicant, credential } : null;
  };
  const earlier = newest(records.filter((r) => r.url === url));
  if (earlier) return byIds(earlier);
  if (!new URL(url).pathname.includes('/lscx/')) return null;
  if (read.queriedCertNo !== undefined) {
    const no = normaliseCertNo(read.queriedCertNo);
    for (const applicant of applicants) {
      const credential = applicant.credentials.find((c) => c.certNo !== '' && normaliseCertNo(c.certNo) === no);
      if (credential) return { applicant, credential };
    }
    return null;
  }
  return byIds(await deps.targetOfTab?.(tabId));
}
