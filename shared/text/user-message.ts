// Used by the side panel and the generator page alike: no DOM, Node or extension APIs here.

/** What to tell the user about an error whose own text is not for them. */
export const UNEXPECTED = '出现意外错误。请重试；如仍出错，请把问题报告给开发者。';

/**
 * An error as a user reads it: our own errors (and a worker's, which keep their message) carry Chinese text already;
 * anything else (English internals) becomes `unexpected`.
 */
export function userMessage(e: unknown, what: string, unexpected: string = UNEXPECTED): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (/[\u4e00-\u9fff]/.test(message)) return `${what}失败：${message}`;
  return `${what}失败：${unexpected}`;
}
