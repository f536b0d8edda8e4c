/** An error as a user reads it: our own errors carry Chinese text already; anything else gets a plain sentence. */
export function userMessage(e: unknown, what: string): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (/[\u4e00-\u9fff]/.test(message)) return `${what}失败：${message}`;
  return `${what}失败：出现意外错误，数据未改动。请重试；如仍出错，请先导出备份，再把问题报告给开发者。`;
}
