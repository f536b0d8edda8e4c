// Which way a credential is verified (抚人社发〔2019〕60号 item 6 (3); ../shared/rules.md §1).
import { CREDENTIAL_KIND_LABELS, credentialDate, type Credential, type CredentialKind } from '../model';

export const ROUTES = ['chsi-online', 'degree-online', 'archive-review'] as const;
export type Route = (typeof ROUTES)[number];
export const ROUTE_LABELS: Record<Route, string> = {
  'chsi-online': '学信网在线查验',
  'degree-online': '学位在线查验',
  'archive-review': '档案审查',
};

export interface RouteDecision {
  route: Route;
  /** Chinese, quoting the notice's rule. */
  reason: string;
}

/** 2002届 and later: graduation year ≥ 2002. */
export const XUELI_ONLINE_FROM_YEAR = 2002;
/** Degrees conferred on or after this day are in the national online lookup. */
export const XUEWEI_ONLINE_FROM = '2008-09-01';

const NOTICE = '抚人社发〔2019〕60号';
const ARCHIVE_PAPER = '由人事档案管理部门出具《个人学历、学位信息审查情况材料》，责任人签字、单位签章';

/** Route for a credential of `kind` dated `date` (YYYY-MM-DD: graduation for 学历, conferral for 学位). */
export function routeFor(kind: CredentialKind, date: string, foreign = false): RouteDecision {
  if (foreign) {
    return {
      route: 'archive-review',
      reason: `境外${CREDENTIAL_KIND_LABELS[kind]}不在学信网和学位在线查验范围内，须凭教育部留学服务中心（留服中心）出具的学历学位认证书人工审查`,
    };
  }
  if (kind === 'xueli') {
    const year = Number(date.slice(0, 4));
    if (year >= XUELI_ONLINE_FROM_YEAR) {
      return {
        route: 'chsi-online',
        reason: `${year}年毕业，属2002届及以后的学历：按${NOTICE}，在学信网按学历证书编号查验，打印查验结果，责任人签字、单位签章`,
      };
    }
    return {
      route: 'archive-review',
      reason: `${year}年毕业，属2002届以前的学历，学信网无法查验：按${NOTICE}，${ARCHIVE_PAPER}`,
    };
  }
  if (date >= XUEWEI_ONLINE_FROM) {
    return {
      route: 'degree-online',
      reason: `${date}授予，属2008年9月1日及以后授予的学位：按${NOTICE}，按学位证书编号在线查验（2022年8月15日起为学信网《中国高等教育学位在线验证报告》），打印查验结果，责任人签字、单位签章`,
    };
  }
  return {
    route: 'archive-review',
    reason: `${date}授予，属2008年9月1日以前授予的学位，无法在线查验：按${NOTICE}，${ARCHIVE_PAPER}`,
  };
}

export function route(c: Credential): RouteDecision {
  return routeFor(c.kind, credentialDate(c), c.foreign);
}
