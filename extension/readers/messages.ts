// What the readers tell the user, in one place (warnings in PageRead; the side panel and the CLI show them as is).

export const MSG = {
  unknownPage: '无法识别的页面',
  notSite: (where: string) => `此网址（${where}）不是学信网或学位网的https页面，不读取`,
  readFailed: '读取页面时出错，未读取：请对照页面手工核对',
  archive: '这是学信档案页面，不是在线验证报告',
  xueji: '这是学籍在线验证报告，只证明在籍，不能用于核验学历',
  queryForm: '这是零散查询的查询页面，不是查询结果：输入证书编号、姓名和验证码并查询后再读取',
  rateLimited: '网站要求输入验证码以继续：在页面上输入验证码并点“继续”，报告出现后再读取',
  siteSays: (text: string) => `页面提示：${text}`,
  obfuscated:
    '页面文字使用了混淆字体（私用区字符），读出的文字与显示的不同，未读取：请对照页面手工核对',
  image: (label: string) => `「${label}」以图片显示，请目视核对`,
  tooLong: (label: string, n: number) => `「${label}」的内容过长（${n}个字），不像验证报告，未读取`,
  unsafe: (label: string) => `「${label}」中含有脚本或隐藏的内容，页面不可信，未读取`,
  garbled: (label: string) => `「${label}」的文字是乱码（网页编码不对），未读取`,
  conflict: (label: string) => `「${label}」在页面上出现多次且内容不同，无法确定，未读取`,
  orphan: (label: string) => `「${label}」旁边没有内容，页面结构异常，未读取`,
  labelAsValue: (label: string, value: string) => `「${label}」的内容是另一个项目名称（${value}），页面结构异常，未读取`,
  missing: (labels: string[], what: string) => `页面上没有${labels.map((l) => `「${l}」`).join('')}，不是完整的${what}，未读取`,
  notADate: (label: string, raw: string) => `「${label}」不是完整的日期（${raw}），请目视核对`,
  vcodeBad: (code: string) => `在线验证码格式不对（${code}）：应为16位大写字母和数字，或12位数字`,
  vcodeConflict: '页面上的在线验证码前后不一致（或与网址中的不同），未采用',
  vcodeMissing: '页面上没有找到在线验证码',
} as const;
