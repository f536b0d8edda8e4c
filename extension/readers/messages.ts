// What the readers tell the user, in one place (warnings in PageRead; the side panel and the CLI show them as is).
// Each says what the page is, what was not read and what to do next, in the words a clerk uses: no field keys.

/** What to do when the page itself looks wrong: the site's own page, opened again, is the only source. */
const REOPEN = '请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。';

export const MSG = {
  unknownPage: '这个页面不是学信网或学位网的查验结果，没有读取。请打开在线验证报告或查询结果页面。',
  notSite: (where: string) => `这个页面（${where}）不在学信网或学位网上，不读取：只有在学信网、学位网上打开的页面才能作为查验依据。`,
  readFailed: '读取这个页面时出了错，没有读取。请刷新页面后再试；仍然出错，请对照页面手工核对。',
  archive: '这是申报人自己的学信档案页面，不是在线验证报告，不能作为查验依据。请让申报人提供在线验证码，打开在线验证报告。',
  xueji: '这是学籍在线验证报告，只证明在读（在籍），不能用于核验学历。请让申报人提供学历证书电子注册备案表的在线验证码。',
  queryForm: '这是零散查询的查询页面，还没有结果：填好证书编号、姓名和验证码并点查询，结果出来后会自动读取。',
  rateLimited: '网站要求输入验证码才能继续：请在页面上输入验证码并点“继续”，报告出现后会自动读取。',
  siteSays: (text: string) => `网站提示：${text}`,
  obfuscated: (what: string) =>
    `这份${what}的文字用特殊字体显示，读出来的和屏幕上看到的不一样，没有读取。请对照页面手工核对。`,
  image: (label: string) => `「${label}」在页面上是图片，无法自动读出：请对照页面目视核对。`,
  tooLong: (what: string, label: string) => `这份${what}的「${label}」内容长得不正常，不像学信网的报告，没有读取。${REOPEN}`,
  unsafe: (what: string, label: string) =>
    `这份${what}的「${label}」里藏有页面上看不见的文字，读出的内容可能和看到的不同，没有读取。${REOPEN}`,
  garbled: (what: string, label: string) => `这份${what}的「${label}」是乱码（网页的文字编码不对），没有读取。${REOPEN}`,
  conflict: (what: string, label: string, a: string, b: string) =>
    `这份${what}上有两处「${label}」，内容不同（“${a || '空'}”和“${b || '空'}”），无法确定哪个是真的，没有读取。${REOPEN}`,
  orphan: (what: string, label: string) => `这份${what}的「${label}」旁边没有内容，页面排版乱了，没有读取。${REOPEN}`,
  labelAsValue: (what: string, label: string, value: string) =>
    `这份${what}的「${label}」一栏写的是另一个栏目名（${value}），页面排版乱了，没有读取。${REOPEN}`,
  missing: (labels: string[], what: string) =>
    `页面上找不到${labels.map((l) => `「${l}」`).join('')}，不是完整的${what}，没有读取。请等页面完全打开后再读取，或在学信网上打开完整的报告。`,
  notADate: (label: string, raw: string) => `「${label}」不是完整的日期（${raw}），请对照页面目视核对。`,
  extraSkipped: (label: string) => `「${label}」里有看不见或无法识别的文字，这一栏没有照录，请对照页面手工核对。`,
  vcodeBad: (code: string) => `在线验证码的格式不对（${code}）：应为16位大写字母和数字，或12位数字。请让申报人核对在线验证码。`,
  vcodeTwice: '页面上有两个不同的在线验证码，可能不是学信网原页面，没有读取。请在学信网上输入申报人提供的在线验证码重新打开报告。',
  vcodeTampered: '页面上的在线验证码与网址不一致，可能不是学信网原页面，没有读取。请在学信网上输入申报人提供的在线验证码重新打开报告。',
  vcodeMissing: '页面上没有找到在线验证码：记录中不含验证码，请对照页面手工填写。',
} as const;
