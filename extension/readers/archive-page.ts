import { MSG } from './messages';
import { emptyRead, type Reader } from './reader';

/** The applicant's own logged-in 学信档案: not a verification, and drawn in an obfuscation font. Never read. */
export const archivePage: Reader = {
  id: 'archive-page',
  kind: 'archive-page',
  matches: ['https://my.chsi.com.cn/*'],
  examples: ['https://my.chsi.com.cn/archive/index.jsp', 'https://my.chsi.com.cn/archive/gdjy/xl/show.action', 'https://my.chsi.com.cn/archive/bab/index.action'],
  detect: () => true,
  read: () => emptyRead('archive-page', 'refused', [MSG.archive]),
};
