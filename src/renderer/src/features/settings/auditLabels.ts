import type { AuditEntry } from '../../../../shared/api';
import { contract, isChannel } from '../../../../shared/api';

/**
 * Entries written outside a channel's own audit step (sign-in is recorded whether it succeeds or not; a
 * signing key issued or replaced is its own entry).
 */
const EXTRA_ACTIONS: Record<string, string> = {
  'auth.signIn': '登录',
  'auth.signIn.failed': '登录失败',
  'auth.signOut': '退出登录',
  'signingKeys.issue': '生成签名密钥',
  'signingKeys.replace': '更换签名密钥',
  'signingKeys.revoke': '停用签名密钥',
};

export function auditActionLabel(action: string): string {
  return EXTRA_ACTIONS[action] ?? (isChannel(action) ? contract[action].title : action);
}

const TARGET_LABELS: Record<string, string> = {
  users: '账号',
  documents: '文件',
  settings: '机关信息',
  setup: '初始设置',
  auth: '账号',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What an entry concerns, in words: the kind of object and, where the entry names it, which one. */
export function auditTarget(entry: AuditEntry): string {
  const kind = entry.targetType ? (TARGET_LABELS[entry.targetType] ?? entry.targetType) : '';
  const input = (entry.detail.input ?? {}) as Record<string, unknown>;
  const admin = (entry.detail.admin ?? {}) as Record<string, unknown>;
  const name =
    text(input.title) ??
    text(input.username) ??
    text(input.agencyName) ??
    text(entry.detail.username) ??
    text(admin.username) ??
    (entry.targetId ? entry.targetId.slice(0, 8) : undefined);
  return [kind, name].filter(Boolean).join(' · ') || '—';
}
