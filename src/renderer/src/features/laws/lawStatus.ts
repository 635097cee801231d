import type { LawView } from '../../../../shared/api';
import type { z } from 'zod';

export type Law = z.infer<typeof LawView>;
export type LawStatus = Law['status'];
export const LAW_STATUSES: readonly LawStatus[] = ['有效', '已修改', '已废止'];
