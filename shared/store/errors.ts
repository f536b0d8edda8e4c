// Errors of the local store: a Chinese message for the user, the English cause kept for logs.

export type StoreErrorCode = 'quota' | 'invalid' | 'version' | 'blocked' | 'unknown';

export class StoreError extends Error {
  override name = 'StoreError';
  readonly code: StoreErrorCode;
  /** English, for logs: what the database or the validator said. */
  readonly detail: string;

  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown; detail?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.detail = options.detail ?? describeCause(options.cause);
  }
}

const describeCause = (e: unknown): string =>
  e instanceof Error ? `${e.name}: ${e.message}` : e === undefined ? '' : String(e);

export const QUOTA_MESSAGE =
  '存储空间已满，本次保存未完成，已有数据未改动。请先导出备份，再删除不再需要的申报人或查验记录（网页快照最占空间），或在浏览器设置中为本扩展释放空间后重试。';

const UNKNOWN_MESSAGE = '本地数据库出错，本次操作未完成，已有数据未改动。请重试；如仍出错，请先导出备份，再把问题报告给开发者。';

function isQuota(e: unknown): boolean {
  const x = e as { name?: unknown; code?: unknown } | null;
  // Chromium and the spec: QuotaExceededError (legacy code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED.
  return !!x && (x.name === 'QuotaExceededError' || x.name === 'NS_ERROR_DOM_QUOTA_REACHED' || x.code === 22);
}

/** Any failure of an IndexedDB call as a StoreError; a StoreError passes through. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  if (isQuota(e)) return new StoreError('quota', QUOTA_MESSAGE, { cause: e });
  if ((e as { name?: unknown } | null)?.name === 'VersionError') {
    return new StoreError('version', '本机数据库由较新版本的职称核验助手创建，当前版本无法打开。请更新扩展或程序后重试。', { cause: e });
  }
  return new StoreError('unknown', UNKNOWN_MESSAGE, { cause: e });
}

/** The error that made a transaction fail: a quota error wins, since it is what the user can act on. */
export function pickError(first: unknown, txError: unknown): unknown {
  return isQuota(txError) && !isQuota(first) ? txError : first;
}
