import type { PageKind, PageOutcome } from '../../shared/model';
import { REPORT_TITLES } from './report-page';

/** Page kinds and outcomes as users read them (CLI output, side panel). */
export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  'xueli-report': REPORT_TITLES['xueli-report'],
  'xueji-report': REPORT_TITLES['xueji-report'],
  'xuewei-report': REPORT_TITLES['xuewei-report'],
  'query-result': '零散查询结果',
  'legacy-degree-result': '学位网（旧）查询结果',
  'archive-page': '学信档案页面',
  'error-page': '提示页面（无报告）',
  unknown: '无法识别的页面',
};

export const PAGE_OUTCOME_LABELS: Record<PageOutcome, string> = {
  report: '已读取',
  'invalid-code': '在线验证码无效',
  'malformed-code': '在线验证码不合要求',
  expired: '报告已过期',
  closed: '报告已关闭',
  'rate-limited': '需要输入验证码',
  'not-found': '未查到',
  refused: '拒绝读取',
  unknown: '无法读取',
};
