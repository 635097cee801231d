import { z } from 'zod';
import { IsoDateSchema, isIsoDate } from '../calendar/isoDate';
import type { LawStatus } from '../laws';

/** A law's change as the workstation records it (法规库修改 or an imported update). */
export const LAW_CHANGE_KINDS = ['amended', 'renumbered', 'repealed'] as const;
export type LawChangeKind = (typeof LAW_CHANGE_KINDS)[number];
export const LawChangeKindSchema = z.enum(LAW_CHANGE_KINDS);

export const LAW_CHANGE_LABELS: Record<LawChangeKind, string> = {
  amended: '修改',
  renumbered: '条文序号调整',
  repealed: '废止',
};

/** The library status a change leaves the law in: a renumbering is an amendment of the text. */
export const LAW_CHANGE_STATUS: Record<LawChangeKind, Exclude<LawStatus, '有效'>> = {
  amended: '已修改',
  renumbered: '已修改',
  repealed: '已废止',
};

/** One entry of an imported update file: {title, change, changedOn, supersededBy?, note?}. */
export const LawChangeFileEntry = z
  .object({
    title: z.string().trim().min(1).max(200),
    change: LawChangeKindSchema,
    changedOn: IsoDateSchema,
    supersededBy: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type LawChangeFileEntry = z.infer<typeof LawChangeFileEntry>;

export type LawChangeFileReading =
  { ok: true; entries: LawChangeFileEntry[] } | { ok: false; message: string };

const FIELD_WORDS: Record<string, string> = {
  title: '法规名称（title）',
  change: '变化类型（change，应为 amended、renumbered 或 repealed）',
  changedOn: '生效日期（changedOn，格式 YYYY-MM-DD）',
  supersededBy: '替代法规（supersededBy）',
  note: '备注（note）',
};

/** What is wrong with one entry, in words a user can act on. */
function entryProblem(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return '不是一个对象';
  const parsed = LawChangeFileEntry.safeParse(entry);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  if (!issue) return '格式不正确';
  if (issue.code === 'unrecognized_keys') return `含有不认识的字段：${issue.keys.join('、')}`;
  const field = String(issue.path[0] ?? '');
  if (field === 'changedOn' && typeof (entry as { changedOn?: unknown }).changedOn === 'string')
    return isIsoDate((entry as { changedOn: string }).changedOn)
      ? '生效日期不正确'
      : `生效日期“${(entry as { changedOn: string }).changedOn}”不是有效日期（格式 YYYY-MM-DD）`;
  return `${FIELD_WORDS[field] ?? field}缺少或不正确`;
}

/** How an entry is named in a message: its position and, when it has one, its title. */
export function entryName(index: number, entry: unknown): string {
  const title = (entry as { title?: unknown } | null)?.title;
  return `第 ${index + 1} 条${typeof title === 'string' && title.trim() ? `（${title.trim()}）` : ''}`;
}

/**
 * Reads an update file strictly: a JSON list of entries, every one valid, or the whole file is refused
 * with the first bad entry named.
 */
export function readLawChangeFile(text: string): LawChangeFileReading {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON。' };
  }
  if (!Array.isArray(data)) return { ok: false, message: '文件应为法规变化的列表（JSON 数组）。' };
  if (data.length === 0) return { ok: false, message: '文件中没有法规变化。' };
  for (const [index, entry] of data.entries()) {
    const problem = entryProblem(entry);
    if (problem) return { ok: false, message: `${entryName(index, entry)}${problem}，整个文件未导入。` };
  }
  return { ok: true, entries: data.map((entry) => LawChangeFileEntry.parse(entry)) };
}
