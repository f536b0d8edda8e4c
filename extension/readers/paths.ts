// Where the pages live (../shared/sites.md), as match patterns. Errors and interstitials share these URLs with the
// pages they stand in for, so several readers run on the same patterns.

/** The online-verification report (学历, 学籍 and, inferred, 学位): `bg.do?vcode=…` plus noise parameters. */
export const REPORT_MATCHES = ['https://www.chsi.com.cn/xlcx/bg.do*'];
export const REPORT_EXAMPLES = [
  'https://www.chsi.com.cn/xlcx/bg.do?vcode=A7K2M9Q4R8T1W6Y3',
  'https://www.chsi.com.cn/xlcx/bg.do?vcode=A7K2M9Q4R8T1W6Y3&srcid=bgcx',
  'https://www.chsi.com.cn/xlcx/bg.do?vcode=A7K2M9Q4R8T1W6Y3&srcid=archive&trnd=58123467',
  'https://www.chsi.com.cn/xlcx/bg.do?vcode=305518462947&lang=CN',
];

/** 零散查询 (学历 and 学位): query form, SMS step and result pages. */
export const QUERY_MATCHES = ['https://www.chsi.com.cn/xlcx/lscx/*', 'https://www.chsi.com.cn/xwcx/lscx/*'];
export const QUERY_RESULT_EXAMPLES = [
  'https://www.chsi.com.cn/xlcx/lscx/mobileval.do?rndid=8f3c2a917be44d05',
  'https://www.chsi.com.cn/xwcx/lscx/mobileval.do?rndid=17ad93e0c5f24b68',
];
