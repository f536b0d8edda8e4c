import { CREDENTIAL_KIND_LABELS, type CredentialKind } from '../../shared/model';

/** A 零散查询 page (../shared/sites.md): where it is and which inputs take the certificate number and the name. */
export interface QueryPage {
  kind: CredentialKind;
  url: string;
  certNoInput: string;
  nameInput: string;
  captchaInput: string;
  /** The button that sends the query (the content script notes the number it sends). */
  submitButton: string;
}

export const QUERY_PAGES: Record<CredentialKind, QueryPage> = {
  xueli: {
    kind: 'xueli',
    url: 'https://www.chsi.com.cn/xlcx/lscx/query.do',
    certNoInput: '#zsbh',
    nameInput: '#xm',
    captchaInput: '#yzm',
    submitButton: '#xueliSubmit',
  },
  // The degree form's inputs are inferred to match the diploma form's (sites.md).
  xuewei: {
    kind: 'xuewei',
    url: 'https://www.chsi.com.cn/xwcx/lscx/query.do',
    certNoInput: '#zsbh',
    nameInput: '#xm',
    captchaInput: '#yzm',
    submitButton: '#xueliSubmit, button[type="submit"], input[type="submit"]',
  },
};

/** Which query page a URL is (host and path; the query string does not matter), or null. */
export function queryPageKind(url: string): CredentialKind | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  for (const page of Object.values(QUERY_PAGES)) {
    const q = new URL(page.url);
    if (u.protocol === q.protocol && u.host === q.host && u.pathname === q.pathname) return page.kind;
  }
  return null;
}

export const queryPageLabel = (kind: CredentialKind): string => `${CREDENTIAL_KIND_LABELS[kind]}零散查询`;
