/** Error codes every channel may return, with the Chinese message shown when a handler gives none. */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '提交的内容不符合要求，请检查后重试。',
  UNAUTHENTICATED: '尚未登录或登录已失效，请重新登录。',
  FORBIDDEN: '当前账号没有执行此操作的权限。',
  NOT_FOUND: '要查找的记录不存在或已被删除。',
  CONFLICT: '该记录已存在或与现有记录冲突。',
  INVALID_STATE: '当前状态下不能执行此操作。',
  NOT_INITIALIZED: '系统尚未完成初始设置。',
  ALREADY_INITIALIZED: '系统已完成初始设置，不能重复设置。',
  BAD_CREDENTIALS: '用户名或密码不正确。',
  ACCOUNT_DISABLED: '该账号已停用，请联系管理员。',
  UNKNOWN_CHANNEL: '不存在的操作。',
  BAD_TOKEN: '访问令牌无效，请使用启动时显示的完整地址打开。',
  FILE_TOO_LARGE: '文件过大，超过了允许的大小。',
  INVALID_FILE: '文件无法识别或已损坏。',
  FILE_ENCRYPTED: '文件已加密，请在 Word 中取消密码保护后再导入。',
  UNSAFE_FILE: '文件包含不安全的内容，已拒绝导入。',
  CONTENT_TOO_LARGE: '文件内容超出了正文的容量上限，无法导入。',
  FILE_TOO_COMPLEX: 'Word 文件过大或结构异常，无法导入。',
  TEXT_LOCKED: '文件当前所处的环节不允许修改文本。',
  LAW_UNKNOWN: '法律法规库中没有这一法规，请核对名称。',
  INTERNAL: '系统内部错误，操作未完成，数据未被修改。',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for INVALID_INPUT, as "path: message" in Chinese. */
  issues?: string[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A rule of the domain was broken; the dispatch returns its code and message as they are. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.name = 'DomainError';
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}
