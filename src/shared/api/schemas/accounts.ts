import { z } from 'zod';
import { ROLES } from '../../domain/roles';

export const RoleSchema = z.enum(ROLES);

export const Username = z
  .string()
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名最多 32 个字符')
  .regex(/^[A-Za-z0-9_.-]+$/, '用户名只能包含字母、数字、下划线、点和连字符');

export const Password = z.string().min(8, '密码至少 8 位').max(128, '密码最多 128 位');

export const DisplayName = z.string().trim().min(1, '请填写姓名').max(40, '姓名最多 40 个字符');

export const Account = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  active: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof Account>;

export const CreateUserInput = z.object({
  username: Username,
  displayName: DisplayName,
  password: Password,
  roles: z.array(RoleSchema).min(1, '至少选择一个角色'),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  id: z.string().min(1),
  displayName: DisplayName.optional(),
  roles: z.array(RoleSchema).min(1, '至少选择一个角色').optional(),
  active: z.boolean().optional(),
});

export const ResetPasswordInput = z.object({ id: z.string().min(1), password: Password });

export const SignInInput = z.object({
  username: z.string().trim().min(1, '请输入用户名'),
  password: z.string().min(1, '请输入密码').max(128, '密码最多 128 位'),
});

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: Password,
});
