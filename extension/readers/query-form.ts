import { QUERY_PAGES, queryPageKind } from '../messaging/query-pages';
import { MSG } from './messages';
import { emptyRead, type Reader } from './reader';

const FORM_MATCHES = Object.values(QUERY_PAGES).map((p) => `${p.url}*`);

/**
 * The 零散查询 form itself (#zsbh, #xm, #yzm): recognised so that the user is told what to do, never read. Its URL
 * and inputs are the side panel's pre-fill table (extension/messaging/query-pages.ts).
 */
export const queryForm: Reader = {
  id: 'query-form',
  kind: 'unknown',
  matches: FORM_MATCHES,
  examples: [...Object.values(QUERY_PAGES).map((p) => p.url), 'https://www.chsi.com.cn/xlcx/lscx/query.do?from=index'],
  detect: (doc, url) => {
    const kind = queryPageKind(url);
    if (!kind) return false;
    const page = QUERY_PAGES[kind];
    return doc.querySelector(page.certNoInput) !== null && doc.querySelector(page.nameInput) !== null;
  },
  read: () => emptyRead('unknown', 'unknown', [MSG.queryForm]),
};
