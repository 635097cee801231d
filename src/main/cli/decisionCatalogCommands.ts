import { writeFile } from 'node:fs/promises';
import type { DecisionCatalogView } from '../../shared/api';
import { codeOrLabel, type GroupCommand, type GroupIo, usageError } from './groupCommand';
import {
  DECISION_TYPE_LABELS,
  DECISION_TYPES,
  type DecisionType,
  PROCEDURE_STATE_LABELS,
} from '../../shared/domain/decisionCatalog';

export const DECISIONS_USAGE = `  decisions show --year YYYY                   重大行政决策事项目录：状态、事项及其履行程序、调整记录
  decisions create --year YYYY                 新建该年度目录（征集）
  decisions add --year YYYY --name 事项名称 --type 决策类型 --unit 承办单位 --planned YYYY-MM [--basis 决策依据] [--document 文件ID] [--reason 理由]
  decisions update --year YYYY --item 事项ID [--name …] [--type …] [--unit …] [--planned YYYY-MM] [--basis …] [--document 文件ID|none] [--reason 理由]
  decisions remove --item 事项ID [--reason 理由]      （目录公布后调整须说明理由）
  decisions check --year YYYY --opinion 法治审查意见 [--on YYYY-MM-DD]     法治审查（审核人员）
  decisions approve --year YYYY --reference 党委同意的文件或会议 [--on YYYY-MM-DD]   登记党委同意（负责人）
  decisions publish --year YYYY --channels 政府网站,政府公报 [--on YYYY-MM-DD]      公布（审核人员）
  decisions export --year YYYY --out 目录.docx                            导出 Word`;

type DecisionsCommand = GroupCommand;

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, DECISIONS_USAGE);
}

/** A decision type given as its code (important_plan) or its name (重要规划). */
function decisionTypeOf(value: string): DecisionType | null {
  return codeOrLabel(value, DECISION_TYPES, DECISION_TYPE_LABELS);
}

function describeCatalog(view: DecisionCatalogView | null): string {
  if (!view) return '该年度的重大行政决策事项目录尚未建立。';
  const lines = [`${view.title}（${view.statusLabel}）`];
  if (view.check) lines.push(`法治审查：${view.check.on} ${view.check.byName}：${view.check.opinion}`);
  if (view.approval) lines.push(`党委同意：${view.approval.on} ${view.approval.reference}`);
  if (view.publication) lines.push(`公布：${view.publication.on} ${view.publication.channels.join('、')}`);
  for (const item of view.items) {
    const procedures = item.document
      ? item.document.procedures
          .map((entry) => `${entry.label}${PROCEDURE_STATE_LABELS[entry.state]}`)
          .join('、')
      : '';
    lines.push(
      [
        item.id,
        item.number === null ? '已移出' : String(item.number),
        item.name,
        item.decisionTypeLabel,
        item.leadUnit,
        item.plannedCompletionLabel,
        item.document ? `《${item.document.title}》（${item.document.statusLabel}）${procedures}` : '',
      ].join('\t'),
    );
  }
  for (const change of view.changes.filter((entry) => entry.afterPublication))
    lines.push(`调整：${change.changedOn} ${change.changeLabel}“${change.itemName}”，理由：${change.reason}`);
  return lines.join('\n');
}

const yearOf = (value: string | undefined) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

/** `decisions …`: the 重大行政决策事项目录 over the same dispatch as the app (roles and audit included). */
export function runDecisionsCommand(command: DecisionsCommand): Promise<number> | number {
  const { io, action, text, emit, signedIn } = command;
  const year = yearOf(text('year'));
  const needsYear = ['show', 'create', 'add', 'update', 'check', 'approve', 'publish', 'export'];
  if (action && needsYear.includes(action) && year === null)
    return usage(io, '请用 --year 给出四位年份（例如 --year 2026）。');
  const y = year ?? 0;
  const type = text('type');
  const decisionType = type === undefined ? undefined : decisionTypeOf(type);
  if (decisionType === null)
    return usage(
      io,
      `决策类型应为 ${DECISION_TYPES.map((code) => `${code}（${DECISION_TYPE_LABELS[code]}）`).join('、')} 之一。`,
    );

  switch (action) {
    case 'show':
      return signedIn(async () => emit(await io.call('decisionCatalogs.get', { year: y }), describeCatalog));
    case 'create':
      return signedIn(async () =>
        emit(await io.call('decisionCatalogs.create', { year: y }), describeCatalog),
      );
    case 'add': {
      const name = text('name');
      const leadUnit = text('unit');
      const plannedCompletion = text('planned');
      if (!name || !decisionType || !leadUnit || !plannedCompletion)
        return usage(
          io,
          '请用 --name、--type、--unit 和 --planned 给出事项名称、决策类型、承办单位和计划完成时间。',
        );
      return signedIn(async () =>
        emit(
          await io.call('decisionCatalogs.addItem', {
            year: y,
            name,
            decisionType,
            leadUnit,
            plannedCompletion,
            basis: text('basis') ?? '',
            documentId: text('document') ?? null,
            reason: text('reason'),
          }),
          describeCatalog,
        ),
      );
    }
    case 'update': {
      const itemId = text('item');
      if (!itemId) return usage(io, '请用 --item 指定事项。');
      return signedIn(async () => {
        const current = await io.call('decisionCatalogs.get', { year: y });
        if (!current.ok) return emit(current, () => '');
        const item = (current.value as DecisionCatalogView | null)?.items.find(
          (entry) => entry.id === itemId,
        );
        if (!item)
          return emit(
            { ok: false, error: { code: 'NOT_FOUND', message: `${y}年度目录中没有这个事项。` } },
            () => '',
          );
        const document = text('document');
        return emit(
          await io.call('decisionCatalogs.updateItem', {
            itemId,
            name: text('name') ?? item.name,
            decisionType: decisionType ?? item.decisionType,
            leadUnit: text('unit') ?? item.leadUnit,
            basis: text('basis') ?? item.basis,
            plannedCompletion: text('planned') ?? item.plannedCompletion,
            documentId: document === undefined ? item.documentId : document === 'none' ? null : document,
            reason: text('reason'),
          }),
          describeCatalog,
        );
      });
    }
    case 'remove': {
      const itemId = text('item');
      if (!itemId) return usage(io, '请用 --item 指定事项。');
      return signedIn(async () =>
        emit(
          await io.call('decisionCatalogs.removeItem', { itemId, reason: text('reason') }),
          describeCatalog,
        ),
      );
    }
    case 'check': {
      const opinion = text('opinion');
      if (!opinion) return usage(io, '请用 --opinion 给出法治审查意见。');
      return signedIn(async () =>
        emit(
          await io.call('decisionCatalogs.recordCheck', { year: y, opinion, on: text('on') }),
          describeCatalog,
        ),
      );
    }
    case 'approve': {
      const reference = text('reference');
      if (!reference) return usage(io, '请用 --reference 给出党委同意的文件或会议。');
      return signedIn(async () =>
        emit(
          await io.call('decisionCatalogs.recordApproval', { year: y, reference, on: text('on') }),
          describeCatalog,
        ),
      );
    }
    case 'publish': {
      const channels =
        text('channels')
          ?.split(/[,，、]/)
          .filter(Boolean) ?? [];
      if (channels.length === 0) return usage(io, '请用 --channels 给出公布渠道（例如 政府网站,政府公报）。');
      return signedIn(async () =>
        emit(
          await io.call('decisionCatalogs.publish', { year: y, channels: channels as never, on: text('on') }),
          describeCatalog,
        ),
      );
    }
    case 'export': {
      const out = text('out');
      if (!out) return usage(io, '请用 --out 给出输出的 Word 文件（.docx）。');
      if (!out.toLowerCase().endsWith('.docx')) return usage(io, '输出文件应为 .docx。');
      return signedIn(async () => {
        const file = await io.call('decisionCatalogs.export', { year: y });
        if (!file.ok) return emit(file, () => '');
        const { fileName, data } = file.value as { fileName: string; data: string };
        const problem = await writeFile(out, Buffer.from(data, 'base64')).then(
          () => null,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        );
        if (problem !== null)
          return emit(
            { ok: false, error: { code: 'INVALID_INPUT', message: `无法写出文件：${out}（${problem}）` } },
            () => '',
          );
        return emit(
          { ok: true, value: { file: out, title: fileName.replace(/\.docx$/, '') } },
          () => `已写出：${out}`,
        );
      });
    }
    default:
      return usage(io, `未知的目录命令“${action ?? ''}”。`);
  }
}
