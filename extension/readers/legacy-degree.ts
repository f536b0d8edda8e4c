import { readableText } from './dom';
import { hasFieldRows, readFieldPage } from './field-page';
import { MSG } from './messages';
import { emptyRead, type Reader } from './reader';
import { urlMatchesAny } from './url';

/** The old degree site's lookup result (before 2022-08-15; users still bring its links). */
const MATCHES = ['https://www.chinadegrees.cn/cqva/report/*', 'https://www.cdgdc.edu.cn/cqva/report/*'];
const NOT_FOUND = /没有查询到该报告相关信息[!！。]?/;

/** The site's not-found wording as the page prints it, or null. */
const notFoundText = (doc: Document): string | null => NOT_FOUND.exec(readableText(doc.body ?? doc))?.[0] ?? null;

export const legacyDegree: Reader = {
  id: 'legacy-degree-result',
  kind: 'legacy-degree-result',
  matches: MATCHES,
  examples: [
    'https://www.chinadegrees.cn/cqva/report/result.html?appcod=2019112614270016&finishcod=3FA9C2',
    'https://www.cdgdc.edu.cn/cqva/report/result.html?appcod=2018050911230045&finishcod=77B01E',
  ],
  detect: (doc, url) => urlMatchesAny(MATCHES, url) && (notFoundText(doc) !== null || hasFieldRows(doc)),
  read: (doc, url) => {
    const notFound = notFoundText(doc);
    if (notFound) return emptyRead('legacy-degree-result', 'not-found', [MSG.siteSays(notFound)]);
    return readFieldPage(doc, url, { kind: 'legacy-degree-result', keyFields: ['name', 'certNo'], what: '学位认证报告', hasVcode: false });
  },
};
