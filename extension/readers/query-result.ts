import { hasFieldRows, readFieldPage } from './field-page';
import { QUERY_MATCHES, QUERY_RESULT_EXAMPLES } from './paths';
import type { Reader } from './reader';
import { urlMatchesAny } from './url';

/** The result of a 零散查询 (学历 under /xlcx/, 学位 under /xwcx/): rows of `th` "标签：" + `td`, no 在线验证码. */
export const queryResult: Reader = {
  id: 'query-result',
  kind: 'query-result',
  matches: QUERY_MATCHES,
  examples: QUERY_RESULT_EXAMPLES,
  detect: (doc, url) => urlMatchesAny(QUERY_MATCHES, url) && hasFieldRows(doc),
  read: (doc, url) => readFieldPage(doc, url, { kind: 'query-result', keyFields: ['name', 'certNo'], what: '查询结果', hasVcode: false }),
};
