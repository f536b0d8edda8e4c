import { describe, expect, it } from 'vitest';
import { READERS, classifyPage, readPage } from '../../../extension/readers';
import { MAX_VALUE_CHARS } from '../../../extension/readers/fields';
import { decodeSavedPage } from '../../../extension/readers/saved-page';
import { FIXTURES, fixtureHtml, parsePage } from './fixtures';

const URL_REPORT = 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A3D7K9M2P5R8T4W6';
const BASE: [string, string][] = [
  ['姓名', '陈𠮷祥'],
  ['性别', '女'],
  ['证书编号', '190021201302000356'],
];

/** A layout-3 学历 report with the given rows (value as HTML) and extras inside #resultTable. */
function items(rows: [string, string][], extra = '', title = '教育部学历证书电子注册备案表'): Document {
  const html = rows.map(([l, v]) => `<div class="report-info-item"><div class="label">${l}</div><div class="value">${v}</div></div>`).join('');
  return parsePage(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>学信网</title></head><body><div id="resultTable"><h3 class="report-title">${title}</h3><div class="report-info">${html}</div>${extra}</div></body></html>`,
  );
}
const readItems = (rows: [string, string][], extra = '', url = URL_REPORT) => readPage(items(rows, extra), url);

describe('classification', () => {
  for (const x of FIXTURES.filter((e) => e.kind !== 'unknown')) {
    it(`${x.file} is picked by the reader for ${x.kind}`, () => {
      const doc = parsePage(fixtureHtml(x.file));
      const before = doc.documentElement.outerHTML;
      const reader = classifyPage(doc, x.url);
      expect(reader?.kind).toBe(x.kind);
      expect(reader!.detect(doc, x.url)).toBe(true);
      expect(doc.documentElement.outerHTML).toBe(before); // detection is pure
    });
  }
  it('recognises no page kind on the manual entry page', () => {
    const x = FIXTURES.find((e) => e.file === 'unknown-page.html')!;
    expect(classifyPage(parsePage(fixtureHtml(x.file)), x.url)).toBeNull();
  });
  it('reads a report only when exactly one report title is shown', () => {
    expect(readPage(items(BASE, '', ''), URL_REPORT)).toMatchObject({ kind: 'unknown', outcome: 'unknown', warnings: ['这个页面不是学信网或学位网的查验结果，没有读取。请打开在线验证报告或查询结果页面。'] });
    const two = items(BASE, '<h4>教育部学籍在线验证报告</h4>');
    expect(readPage(two, URL_REPORT)).toMatchObject({ kind: 'unknown', outcome: 'unknown' });
    expect(readPage(items(BASE, '', '中国高等教育学位在线验证报告'), URL_REPORT).kind).toBe('xuewei-report');
  });
  it('never throws, whatever the document', () => {
    for (const html of ['', '<p>', '<html></html>', '<!-- -->', '\u0000\uFFFF', '<table><tr><th>姓名</th>']) {
      expect(readPage(parsePage(html), URL_REPORT).outcome).not.toBe('report');
    }
  });
  it('every reader reads without throwing on every fixture, classified or not', () => {
    for (const x of FIXTURES) {
      const doc = parsePage(fixtureHtml(x.file));
      for (const r of READERS) expect(() => r.read(doc, x.url)).not.toThrow();
    }
  });
});

describe('reading by label', () => {
  it('reads labels in any width, with spaces and either colon', () => {
    const r = readItems([['姓　名：', '陈𠮷祥'], ['性 别:', '女'], ['证书编号：', '1900 2120 1302 0003 56'], ['毕（结）业日期', '2013年7月1日']]);
    expect(r.outcome).toBe('report');
    expect(r.fields.name?.value).toBe('陈𠮷祥');
    expect(r.fields.certNo).toEqual({ label: '证书编号', raw: '1900 2120 1302 0003 56', value: '190021201302000356', image: false });
    expect(r.fields.gradDate).toEqual({ label: '毕(结)业日期', raw: '2013年7月1日', value: '2013-07-01', image: false });
  });
  it('keeps a date it cannot read as raw text with no value, and says so', () => {
    const r = readItems([...BASE, ['出生日期', '1987年02月30日']]);
    expect(r.fields.birthDate).toEqual({ label: '出生日期', raw: '1987年02月30日', value: null, image: false });
    expect(r.warnings).toContain('「出生日期」不是完整的日期（1987年02月30日），请对照页面目视核对。');
  });
  it('takes text from inline markup inside a value, and escaped markup as text', () => {
    const r = readItems([...BASE, ['专业', '<b>外</b><span>科学</span>'], ['学校名称', '&lt;script&gt;x&lt;/script&gt;']]);
    expect(r.fields.major?.raw).toBe('外科学');
    expect(r.fields.school?.raw).toBe('<script>x</script>');
  });
  it('records an image value as an image, never a text', () => {
    const r = readItems([['姓名', '<img class="by_img" src="data:,">'], BASE[1]!, BASE[2]!]);
    expect(r.outcome).toBe('report');
    expect(r.fields.name).toEqual({ label: '姓名', raw: '', value: null, image: true });
    expect(r.warnings).toEqual(['「姓名」在页面上是图片，无法自动读出：请对照页面目视核对。']);
  });
  it('accepts a label given twice with the same value', () => {
    expect(readItems([...BASE, ['姓名', '陈𠮷祥']]).outcome).toBe('report');
  });
  it('ignores label/input pairs of a form on the page', () => {
    const r = readItems(BASE, '<table><tr><th>姓名：</th><td><input id="xm"></td></tr></table>');
    expect(r.outcome).toBe('report');
    expect(r.fields.name?.value).toBe('陈𠮷祥');
  });
});

describe('never a wrong record', () => {
  const cases: [string, [string, string][], string, string][] = [
    ['two different values for one label', [...BASE, ['姓名', '陈吉祥']], 'unknown', '这份《教育部学历证书电子注册备案表》上有两处「姓名」，内容不同（“陈𠮷祥”和“陈吉祥”），无法确定哪个是真的，没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    ['a value in private-use code points', [...BASE, ['专业', '\uE123\uE456']], 'refused', '这份《教育部学历证书电子注册备案表》的文字用特殊字体显示，读出来的和屏幕上看到的不一样，没有读取。请对照页面手工核对。'],
    ['a script inside a value', [...BASE, ['专业', '<script>document.write("内")</script>外科学']], 'refused', '这份《教育部学历证书电子注册备案表》的「专业」里藏有页面上看不见的文字，读出的内容可能和看到的不同，没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    ['hidden text inside a value', [...BASE, ['专业', '外<span style="display: none">内</span>科学']], 'refused', '这份《教育部学历证书电子注册备案表》的「专业」里藏有页面上看不见的文字，读出的内容可能和看到的不同，没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    ['a hidden attribute inside a value', [...BASE, ['专业', '外<i hidden>内</i>科学']], 'refused', '这份《教育部学历证书电子注册备案表》的「专业」里藏有页面上看不见的文字，读出的内容可能和看到的不同，没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    ['replacement characters', [...BASE, ['专业', '外\uFFFD学']], 'refused', '这份《教育部学历证书电子注册备案表》的「专业」是乱码（网页的文字编码不对），没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    ['UTF-8 read as Latin-1', [...BASE, ['专业', 'å¤\u0096ç§\u0091å\u00ad¦']], 'refused', '这份《教育部学历证书电子注册备案表》的「专业」是乱码（网页的文字编码不对），没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    ['a value that is another label', [...BASE, ['专业', '学校名称']], 'unknown', '这份《教育部学历证书电子注册备案表》的「专业」一栏写的是另一个栏目名（学校名称），页面排版乱了，没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    ['a label with its value missing', [...BASE, ['专业', '']], 'report', ''],
  ];
  for (const [what, rows, outcome, warning] of cases) {
    it(`${what} → ${outcome}`, () => {
      const r = readItems(rows);
      expect(r.outcome).toBe(outcome);
      if (outcome !== 'report') expect(r).toMatchObject({ fields: {}, vcode: null, warnings: [warning] });
    });
  }
  it(`refuses a value longer than ${MAX_VALUE_CHARS} characters rather than cutting it`, () => {
    expect(readItems([...BASE, ['专业', '学'.repeat(MAX_VALUE_CHARS)]]).outcome).toBe('report');
    expect(readItems([...BASE, ['专业', '学'.repeat(MAX_VALUE_CHARS + 1)]])).toMatchObject({
      outcome: 'refused',
      fields: {},
      warnings: ['这份《教育部学历证书电子注册备案表》的「专业」内容长得不正常，不像学信网的报告，没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'],
    });
  });
  it('reads nothing from a report without its key fields', () => {
    expect(readItems([BASE[1]!, ['专业', '外科学']])).toEqual({
      kind: 'xueli-report',
      outcome: 'unknown',
      vcode: null,
      fields: {},
      extra: [],
      order: [],
      warnings: ['页面上找不到「姓名」「证书编号」，不是完整的《教育部学历证书电子注册备案表》，没有读取。请等页面完全打开后再读取，或在学信网上打开完整的报告。'],
    });
    expect(readItems([['姓名', ''], BASE[1]!, BASE[2]!]).outcome).toBe('unknown');
  });
  it('treats a label with no value beside it as a broken page', () => {
    const doc = items(BASE, '<table><tr><td>内科学</td><th>专业</th></tr></table>');
    expect(readPage(doc, URL_REPORT)).toMatchObject({ outcome: 'unknown', warnings: ['这份《教育部学历证书电子注册备案表》的「专业」旁边没有内容，页面排版乱了，没有读取。请关闭此页，在学信网上重新打开该报告后再读取；仍然如此，请对照页面手工核对并记录。'] });
  });
  it('ignores private-use icons outside the report rows', () => {
    expect(readItems(BASE, '<div class="tips"><i class="iconfont">\uE62B</i>提示</div>').outcome).toBe('report');
  });
});

/** A 学历 report whose rows are written in the given markup. */
const inMarkup = (rows: string, url = URL_REPORT) =>
  readPage(
    parsePage(`<!DOCTYPE html><html><head><title>教育部学历证书电子注册备案表</title></head><body><div class="card">${rows}</div></body></html>`),
    url,
  );
const NAME_AND_NO = { name: '陈𠮷祥', certNo: '190021201302000356' };
const valuesOf = (r: ReturnType<typeof readPage>) => Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f!.value]));

describe('pairing by label in any markup', () => {
  const markups: [string, string][] = [
    ['dl/dt/dd', '<dl><dt>姓名</dt><dd>陈𠮷祥</dd><dt>证书编号</dt><dd>1900 2120 1302 0003 56</dd></dl>'],
    ['list items of two spans', '<ul><li><span>姓名</span><span>陈𠮷祥</span></li><li><span>证书编号</span><span>190021201302000356</span></li></ul>'],
    ['one element per field "label：value"', '<p>姓名：陈𠮷祥</p><p>证书编号：1900 2120 1302 0003 56</p>'],
    ['a bold label followed by text', '<p><b>姓名：</b>陈𠮷祥</p><p><strong>证书编号</strong>：190021201302000356</p>'],
    ['two fields in one text', '<p>姓名：陈𠮷祥　证书编号：190021201302000356</p>'],
    ['fields split by <br>', '<div>姓名：陈𠮷祥<br>证书编号：190021201302000356</div>'],
    ['td/td with a label cell', '<table><tr><td>姓名</td><td>陈𠮷祥</td><td>证书编号</td><td>190021201302000356</td></tr></table>'],
    ['a wrapped label and value', '<div class="r"><div class="l"><span><i>姓名</i></span></div><div><div class="v"><span>陈𠮷祥</span></div></div></div><div class="r"><div class="l">证书编号</div><div>190021201302000356</div></div>'],
  ];
  for (const [what, rows] of markups) {
    it(`reads ${what}`, () => {
      const r = inMarkup(rows);
      expect(r.outcome).toBe('report');
      expect(valuesOf(r)).toEqual(NAME_AND_NO);
    });
  }
  it('reads a label whose value is empty as empty, beside a filled one (分院 / 系所)', () => {
    const r = inMarkup('<dl><dt>姓名</dt><dd>陈𠮷祥</dd><dt>分院</dt><dd>继续教育学院</dd><dt>系所</dt><dd></dd><dt>证书编号</dt><dd>190021201302000356</dd></dl>');
    expect(r.fields.college).toEqual({ label: '分院', raw: '继续教育学院', value: '继续教育学院', image: false });
    expect(r.fields.section).toEqual({ label: '系所', raw: '', value: null, image: false });
  });
  it('keeps every label it does not know, dressed like the known ones, in page order', () => {
    const r = inMarkup('<dl><dt>姓名</dt><dd>陈𠮷祥</dd><dt>报告说明</dt><dd>仅供验证</dd><dt>证书编号</dt><dd>190021201302000356</dd><dt>页脚</dt><dd></dd></dl><p>客服电话：010-00000000</p>');
    expect(r.extra).toEqual([{ label: '报告说明', raw: '仅供验证' }]);
    expect(r.order).toEqual(['fields.name', 'extra.0', 'fields.certNo']);
  });
  it('keeps refusing two different values for one label, in any markup', () => {
    expect(inMarkup('<p>姓名：陈𠮷祥</p><p>证书编号：190021201302000356</p><dl><dt>姓名</dt><dd>陈吉祥</dd></dl>')).toMatchObject({ outcome: 'unknown', fields: {} });
  });
  it('never takes a menu link for a label', () => {
    const r = inMarkup('<nav><a href="/xlcx/">学历类别</a><a href="/">首页</a></nav><p>姓名：陈𠮷祥</p><p>证书编号：190021201302000356</p>');
    expect(r.fields.eduCategory).toBeUndefined();
  });
});

describe('hidden means hidden', () => {
  const ROWS = '<p>姓名：陈𠮷祥</p><p>证书编号：190021201302000356</p>';
  for (const [what, hidden] of [
    ['a row inside <div hidden>', '<div hidden><p>专业：内科学</p></div>'],
    ['display:none on an ancestor', '<section style="display: none"><div><p>专业：内科学</p></div></section>'],
    ['visibility:hidden on an ancestor', '<div style="visibility:hidden"><dl><dt>专业</dt><dd>内科学</dd></dl></div>'],
    ['a closed <details>', '<details><summary>更多</summary><p>专业：内科学</p></details>'],
    ['a <noscript> a browser running scripts never shows', '<noscript><table><tr><th>专业</th><td>内科学</td></tr></table></noscript>'],
  ] as const) {
    it(`does not read ${what}`, () => {
      const r = inMarkup(ROWS + hidden);
      expect(r.outcome).toBe('report');
      expect(r.fields.major).toBeUndefined();
    });
  }
  it('reads the row of an open <details>', () => {
    expect(inMarkup(`${ROWS}<details open><summary>更多</summary><p>专业：内科学</p></details>`).fields.major?.value).toBe('内科学');
  });
  it('refuses a visible label whose value hides text', () => {
    expect(inMarkup(`${ROWS}<p>专业：外<span style="display:none">内</span>科学</p>`)).toMatchObject({ outcome: 'refused', fields: {} });
  });
});

describe('零散查询 pages without a result', () => {
  const page = (body: string) => parsePage(`<html><head><title>学信网</title></head><body><div class="result-error"><h2>此在线验证码无效！</h2></div>${body}</body></html>`);
  const QUERY_URL = 'https://www.chsi.com.cn/xlcx/lscx/mobileval.do?rndid=8f3c2a917be44d05';
  it('name the number looked up, beside its label', () => {
    expect(readPage(page('<p>证书编号：1900 1120 0205 0004 21</p>'), QUERY_URL)).toMatchObject({ outcome: 'invalid-code', queriedCertNo: '190011200205000421' });
  });
  it('name no number when the page shows none (the tab\'s submission decides)', () => {
    expect(readPage(page(''), QUERY_URL).queriedCertNo).toBeUndefined();
  });
});

describe('在线验证码', () => {
  const withCode = (code: string, url = URL_REPORT) => readItems(BASE, `<span class="yzm">${code}</span>`, url);
  it('takes the code printed on the page, spaces removed', () => {
    expect(withCode('A3D7 K9M2 P5R8 T4W6').vcode).toBe('A3D7K9M2P5R8T4W6');
    expect(withCode('305518462947', 'https://www.chsi.com.cn/xlcx/bg.do?vcode=305518462947').vcode).toBe('305518462947');
  });
  it('falls back on the URL and checks its shape', () => {
    expect(readItems(BASE).vcode).toBe('A3D7K9M2P5R8T4W6');
    const r = readItems(BASE, '', 'https://www.chsi.com.cn/xlcx/bg.do?vcode=a3d7k9m2p5r8t4w6');
    expect(r).toMatchObject({ outcome: 'report', vcode: null });
    expect(r.warnings).toEqual(['在线验证码的格式不对（a3d7k9m2p5r8t4w6）：应为16位大写字母和数字，或12位数字。请让申报人核对在线验证码。']);
    expect(readItems(BASE, '', 'https://www.chsi.com.cn/xlcx/bg.do').warnings).toEqual(['页面上没有找到在线验证码：记录中不含验证码，请对照页面手工填写。']);
  });
  it('refuses a page whose code differs from the URL\'s: an edited copy, not the site\'s page', () => {
    expect(withCode('B4E8G2K6M1Q5U9X3')).toEqual({
      kind: 'xueli-report',
      outcome: 'refused',
      vcode: null,
      fields: {},
      extra: [],
      order: [],
      warnings: ['页面上的在线验证码与网址不一致，可能不是学信网原页面，没有读取。请在学信网上输入申报人提供的在线验证码重新打开报告。'],
    });
    expect(withCode('a3d7k9m2p5r8t4w6')).toMatchObject({ outcome: 'report', vcode: null }); // case aside, the same code
  });
  it('refuses a page showing two different codes', () => {
    const r = readItems(BASE, '<span class="yzm">A3D7K9M2P5R8T4W6</span><span class="vcode-detail">A3D7K9M2P5R8T4W7</span>', 'https://www.chsi.com.cn/xlcx/bg.do');
    expect(r).toMatchObject({ outcome: 'refused', fields: {}, warnings: ['页面上有两个不同的在线验证码，可能不是学信网原页面，没有读取。请在学信网上输入申报人提供的在线验证码重新打开报告。'] });
  });
  it('refuses shapes other than 16 letters/digits or 12 digits', () => {
    for (const code of ['A3D7K9M2P5R8T4W', 'A3D7K9M2P5R8T4W67', '30551846294A', 'A3D7-K9M2-P5R8-T4W6']) {
      expect(withCode(code, 'https://www.chsi.com.cn/xlcx/bg.do').vcode).toBeNull();
    }
  });
});

describe('decodeSavedPage', () => {
  const gbk = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb]); // 姓名 in GBK
  const page = (meta: string) =>
    Uint8Array.from([...new TextEncoder().encode(`<html><head>${meta}</head><body>`), ...gbk, ...new TextEncoder().encode('</body></html>')]);
  it('decodes GBK, GB2312 and GB18030 pages as their meta charset says', () => {
    for (const meta of ['<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "<meta charset='GB18030'>"]) {
      expect(decodeSavedPage(page(meta))).toContain('<body>姓名</body>');
    }
  });
  it('lets a byte order mark decide before the meta charset, as a browser does', () => {
    const html = '<html><head><meta charset="gb2312"></head><body>姓名</body></html>';
    expect(decodeSavedPage(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]))).toBe(html);
    const utf16 = (bom: number[], le: boolean) => {
      const out = [...bom];
      for (const c of html) {
        const u = c.charCodeAt(0);
        out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
      }
      return Uint8Array.from(out);
    };
    expect(decodeSavedPage(utf16([0xff, 0xfe], true))).toBe(html);
    expect(decodeSavedPage(utf16([0xfe, 0xff], false))).toBe(html);
  });
  it('decodes everything else as UTF-8, without a BOM', () => {
    expect(decodeSavedPage(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>姓名</p>')]))).toBe('<p>姓名</p>');
    expect(decodeSavedPage(page('<meta charset="utf-8">'))).toContain('\uFFFD');
  });
});
