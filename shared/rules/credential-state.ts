// One state per credential, used by every form and screen. Derived each time from the newest record and the
// applicant's current data (the record's page fields are compared again), never stored as a verdict that can go
// stale: a corrected roster re-compares at once. A mismatch moves nowhere by itself — the clerk explains it,
// verifies again, or chooses archive review, and the record says which.
import {
  CREDENTIAL_KIND_LABELS,
  credentialLevel,
  type Applicant,
  type Credential,
  type FieldComparison,
  type Outcome,
  type PageRead,
  type Resolution,
  type VerificationRecord,
} from '../model';
import { matchPage } from './match';
import { ROUTE_LABELS, route, type RouteDecision } from './route';
import { beijingDay } from '../text/beijing-time';

export const CREDENTIAL_STATES = ['pending', 'confirm', 'match', 'mismatch', 'explained', 'not-found', 'archive'] as const;
export type CredentialState = (typeof CREDENTIAL_STATES)[number];
export const CREDENTIAL_STATE_LABELS: Record<CredentialState, string> = {
  pending: '待查验',
  confirm: '待目视核对',
  match: '一致',
  mismatch: '不一致',
  explained: '不一致（已说明）',
  'not-found': '未查到',
  archive: '档案审查',
};

export interface CredentialStatus {
  credential: Credential;
  state: CredentialState;
  /** The way the credential is verified now, with why. */
  route: RouteDecision;
  /** The newest lookup, if any. */
  record?: VerificationRecord;
  /** The record's page compared with the applicant's current data, and what that comparison found. */
  comparison: FieldComparison[];
  outcome?: Outcome;
  /** What keeps the state from 一致, in Chinese (mismatches, fields awaiting the eye, why a lookup must be repeated). */
  problems: string[];
  /** The clerk's 说明 for an explained mismatch, or for choosing archive review. */
  note?: string;
}

const NOTICE = '抚人社发〔2019〕60号';

/** 学历（本科）, 学位（硕士）: how a credential is named in lists and messages. */
export const credentialName = (c: Credential): string => `${CREDENTIAL_KIND_LABELS[c.kind]}（${credentialLevel(c)}）`;

/** The online route of a credential's kind, whatever its date. */
const onlineRoute = (c: Credential): RouteDecision['route'] => (c.kind === 'xueli' ? 'chsi-online' : 'degree-online');

/** The reading a record was made from, to compare again with the applicant as they are now. */
export const readOfRecord = (r: VerificationRecord): PageRead => ({ kind: r.pageKind, outcome: r.pageOutcome, vcode: r.vcode, fields: r.fields, warnings: r.warnings });

export function credentialStatus(applicant: Applicant, credential: Credential, latest?: VerificationRecord): CredentialStatus {
  const planned = route(credential);
  if (!latest) {
    return planned.route === 'archive-review'
      ? { credential, state: 'archive', route: planned, comparison: [], problems: [] }
      : { credential, state: 'pending', route: planned, comparison: [], problems: ['尚未在线查验'] };
  }
  const m = matchPage(readOfRecord(latest), applicant, credential, { confirmedByEye: latest.confirmedByEye, differentByEye: latest.differentByEye });
  const base = { credential, record: latest, comparison: m.comparison, outcome: m.outcome };
  const online: RouteDecision = planned.route === 'archive-review' ? { route: onlineRoute(credential), reason: `已在线查验（${ROUTE_LABELS[onlineRoute(credential)]}）` } : planned;
  const site = credential.kind === 'xueli' ? '学信网' : '学信网（学位在线验证）';
  switch (m.outcome) {
    case 'verified': {
      const waiting = m.comparison.filter((c) => c.status === 'unreadable');
      if (!waiting.length) return { ...base, state: 'match', route: online, problems: [] };
      return { ...base, state: 'confirm', route: online, problems: waiting.map((c) => `“${c.label}”页面以图片显示，尚待目视核对`) };
    }
    case 'mismatch': {
      const wrong = m.comparison.filter((c) => c.status === 'mismatch' || c.status === 'missing');
      const r = latest.resolution;
      if (r?.action === 'archive-review') {
        return {
          ...base,
          state: 'archive',
          route: { route: 'archive-review', reason: `${beijingDay(latest.capturedAt)}在${site}查验，结果与申报信息不一致（${m.reasons.join('；')}），经查验人决定转档案审查${r.note ? `：${r.note}` : ''}` },
          problems: [],
          ...(r.note ? { note: r.note } : {}),
        };
      }
      if (r?.action === 'explained' && r.note && wrong.every((c) => r.fields.includes(c.key))) {
        return { ...base, state: 'explained', route: online, problems: [], note: r.note };
      }
      return { ...base, state: 'mismatch', route: online, problems: m.reasons };
    }
    case 'not-found':
      return {
        ...base,
        state: 'not-found',
        route: {
          route: 'archive-review',
          reason: `${beijingDay(latest.capturedAt)}在${site}查验，${m.reasons.join('；')}，属“无法准确查询”：按${NOTICE}转档案审查`,
        },
        problems: [],
      };
    default:
      // Expired report or a site error: the lookup must be repeated where the online route stands.
      if (planned.route === 'archive-review') return { ...base, state: 'archive', route: planned, problems: [] };
      return { ...base, state: 'pending', route: planned, problems: m.reasons };
  }
}

/** 查验方式及结果 as the 评定表 and lists print it: the way and the state, e.g. 学信网在线查验（一致）, 档案审查. */
export function verificationMethod(s: Pick<CredentialStatus, 'state' | 'route'>): string {
  if (s.route.route === 'archive-review') {
    return s.state === 'not-found' ? `${ROUTE_LABELS['archive-review']}（网上${CREDENTIAL_STATE_LABELS['not-found']}）` : ROUTE_LABELS['archive-review'];
  }
  return `${ROUTE_LABELS[s.route.route]}（${CREDENTIAL_STATE_LABELS[s.state]}）`;
}

/**
 * The clerk's decision on a mismatch, kept with the record: a written 说明 for the fields that differ now, or archive
 * review instead; `null` takes a decision back. The record's reading is untouched.
 */
export function withResolution(
  record: VerificationRecord,
  status: Pick<CredentialStatus, 'comparison'>,
  decision: { action: Resolution['action']; note: string } | null,
  at: string,
): VerificationRecord {
  const { resolution: _old, ...rest } = record;
  if (!decision) return rest;
  const fields = status.comparison.filter((c) => c.status === 'mismatch' || c.status === 'missing').map((c) => c.key);
  return { ...rest, resolution: { action: decision.action, note: decision.note.trim(), fields, at } };
}
