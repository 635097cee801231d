import { z } from 'zod';
import type { Role } from '../domain/roles';
import {
  Account,
  ChangePasswordInput,
  CreateUserInput,
  ResetPasswordInput,
  SignInInput,
  UpdateUserInput,
} from './schemas/accounts';
import { AgencySettings, SetupInput, SetupStatus } from './schemas/settings';
import {
  ById,
  DocumentDetail,
  DocumentMetadataInput,
  DocumentPage,
  DocumentSummary,
  ListDocumentsInput,
  UpdateDocumentInput,
} from './schemas/documents';
import { AuditPage, AuditVerification, ListAuditInput } from './schemas/audit';

/**
 * Who may call a channel: anyone (`public`, only the setup and sign-in steps), any signed-in account
 * (`signedIn`), or an account holding one of the listed roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
  /** Changes data: runs in one transaction and writes an audit entry. */
  mutates: boolean;
  /** What the audit log calls this operation (Chinese, shown in the audit viewer). */
  title: string;
}

const Empty = z.object({}).strict();
const Nothing = z.null();

const channel = <I extends z.ZodType, O extends z.ZodType>(spec: {
  input: I;
  output: O;
  access: Access;
  mutates: boolean;
  title: string;
}) => spec;

const ADMIN: readonly Role[] = ['admin'];
const DOCUMENT_EDITORS: readonly Role[] = ['drafter', 'reviewer'];

/** The one list of operations. Both transports (Electron IPC and the local host) dispatch from it. */
export const contract = {
  'setup.status': channel({
    input: Empty,
    output: SetupStatus,
    access: 'public',
    mutates: false,
    title: '查询初始设置',
  }),
  'setup.initialize': channel({
    input: SetupInput,
    output: Account,
    access: 'public',
    mutates: true,
    title: '初始设置',
  }),

  'auth.me': channel({
    input: Empty,
    output: Account.nullable(),
    access: 'public',
    mutates: false,
    title: '当前账号',
  }),
  'auth.signIn': channel({
    input: SignInInput,
    output: Account,
    access: 'public',
    mutates: false,
    title: '登录',
  }),
  'auth.signOut': channel({
    input: Empty,
    output: Nothing,
    access: 'signedIn',
    mutates: false,
    title: '退出登录',
  }),
  'auth.changePassword': channel({
    input: ChangePasswordInput,
    output: Nothing,
    access: 'signedIn',
    mutates: true,
    title: '修改密码',
  }),

  'users.list': channel({
    input: Empty,
    output: z.array(Account),
    access: ADMIN,
    mutates: false,
    title: '账号列表',
  }),
  'users.create': channel({
    input: CreateUserInput,
    output: Account,
    access: ADMIN,
    mutates: true,
    title: '新建账号',
  }),
  'users.update': channel({
    input: UpdateUserInput,
    output: Account,
    access: ADMIN,
    mutates: true,
    title: '修改账号',
  }),
  'users.resetPassword': channel({
    input: ResetPasswordInput,
    output: Nothing,
    access: ADMIN,
    mutates: true,
    title: '重置密码',
  }),

  'settings.getAgency': channel({
    input: Empty,
    output: AgencySettings,
    access: 'signedIn',
    mutates: false,
    title: '查询机关信息',
  }),
  'settings.updateAgency': channel({
    input: AgencySettings,
    output: AgencySettings,
    access: ADMIN,
    mutates: true,
    title: '修改机关信息',
  }),

  'documents.list': channel({
    input: ListDocumentsInput,
    output: DocumentPage,
    access: 'signedIn',
    mutates: false,
    title: '文件列表',
  }),
  'documents.get': channel({
    input: ById,
    output: DocumentDetail,
    access: 'signedIn',
    mutates: false,
    title: '查看文件',
  }),
  'documents.create': channel({
    input: DocumentMetadataInput,
    output: DocumentSummary,
    access: DOCUMENT_EDITORS,
    mutates: true,
    title: '登记文件',
  }),
  'documents.update': channel({
    input: UpdateDocumentInput,
    output: DocumentSummary,
    access: DOCUMENT_EDITORS,
    mutates: true,
    title: '修改文件信息',
  }),

  'audit.list': channel({
    input: ListAuditInput,
    output: AuditPage,
    access: ADMIN,
    mutates: false,
    title: '审计日志',
  }),
  'audit.verify': channel({
    input: Empty,
    output: AuditVerification,
    access: ADMIN,
    mutates: false,
    title: '校验审计日志',
  }),
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
