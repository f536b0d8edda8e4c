import type { Outcome, PageKind, PageOutcome } from '../../shared/model';
import type { PageVerdict } from '../messaging/page-state';

const NEW_CODE = '请申请人重新提供在线验证码（或在学信网延长报告有效期），仍无法查验的转档案审查。';

/** What a page means and what the user does next, in the notice's terms. One table: the panel only shows it. */
export function adviceFor(input: {
  kind: PageKind;
  pageOutcome: PageOutcome;
  verdict: PageVerdict;
  outcome?: Outcome;
  problem?: string;
  /** Labels of fields drawn as images that still await confirmation by eye. */
  unconfirmed?: readonly string[];
  /** The page is a 零散查询 form (which readers report as an unknown page). */
  onQueryForm?: boolean;
}): string {
  const { kind, pageOutcome, verdict, outcome } = input;
  if (verdict === 'failed') return `查验结果未能保存：${input.problem ?? '未知原因'}`;
  if (verdict === 'refused') {
    if (kind === 'archive-page') return '这是学信档案页面，不是在线验证报告：请申请人提供在线验证码，在学信网打开验证报告后再读取。';
    if (kind === 'xueji-report') return '这是学籍在线验证报告，只证明在籍，不能作为学历查验结果：请申请人提供学历证书编号或学历的在线验证码。';
    return '页面内容无法可靠读取（如使用了混淆字体），未保存：请核对后手工记录，或转档案审查。';
  }
  switch (pageOutcome) {
    case 'invalid-code':
    case 'malformed-code':
      return `在线验证码无效。${NEW_CODE}`;
    case 'expired':
      return `在线验证报告已过期。${NEW_CODE}`;
    case 'closed':
      return `在线验证报告已被本人关闭。${NEW_CODE}`;
    case 'rate-limited':
      return '网站要求输入验证码：请在页面上输入验证码后继续，结果页面打开后会自动读取。';
    case 'not-found':
      return '未查到该证书：请核对证书编号和姓名后重新查询；仍查不到的，转档案审查。';
    default:
      break;
  }
  if (verdict === 'not-a-result') {
    if (input.onQueryForm) {
      return '这是零散查询页面：核对已填入的证书编号和姓名，输入图片验证码并查询，按网站提示完成短信验证；结果页面打开后会自动读取。';
    }
    return kind === 'unknown'
      ? '本页不是查验结果页面。在查询页面上输入验证码并提交后，结果会自动读取。'
      : '本页不是查验结果页面。';
  }
  if (verdict === 'unmatched') return '页面上的证书编号不在名单中：请先导入该申报人，或核对证书编号。';
  if (verdict === 'duplicate') return '此页面的查验结果已保存过，无需重复保存。';
  switch (outcome) {
    case 'verified':
      if (input.unconfirmed?.length) {
        return `已保存查验结果：能读取的项目一致；${input.unconfirmed.join('、')}在页面上以图片显示，请对照页面目视核对后确认。`;
      }
      return '已保存查验结果：各项一致。';
    case 'mismatch':
      return '已保存查验结果：有不一致的项目，请逐项核对（见下方红色标出的项目）。';
    case 'not-found':
      return '已保存：未查到。请核对证书编号和姓名；仍查不到的，转档案审查。';
    case 'expired':
      return `已保存：报告已过期。${NEW_CODE}`;
    case 'error':
      return '已保存，但页面有无法读取的项目：请对照页面核对。';
    default:
      return '本页不是查验结果页面。';
  }
}
