import type { ChannelInput, DocumentValidityView, LifecycleView, ValidityPage } from '../../shared/api';
import { codeOrLabel, type GroupCommand, type GroupIo, usageError } from './groupCommand';
import {
  VALIDITY_VIEW_LABELS,
  VALIDITY_VIEWS,
  type ValidityView,
} from '../../shared/domain/cleanup/validityWatch';

export const VALIDITY_USAGE = `  validity list [--view expiring|expired_undecided|ended|all] [--expiring-months N] [--kind K] [--q 文字] [--page N] [--page-size N]
                                              有效期监测：即将到期、到期未处理、已失效或全部已印发文件
  validity show --document 文件ID               文件的效力状态、有效期、提醒日期、有效期规则和清理决定`;

type ValidityCommand = GroupCommand;

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, VALIDITY_USAGE);
}

/** A view given as its code (expiring) or as the 清理 page names it (即将到期). */
function validityView(value: string): ValidityView | null {
  return codeOrLabel(value, VALIDITY_VIEWS, VALIDITY_VIEW_LABELS);
}

/** A positive whole number, or null. */
function count(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

function remaining(lifecycle: LifecycleView): string {
  if (lifecycle.daysLeft === null) return '';
  return lifecycle.daysLeft >= 0 ? `剩余 ${lifecycle.daysLeft} 天` : `已过 ${-lifecycle.daysLeft} 天`;
}

function describePage(page: ValidityPage): string {
  return [
    `${VALIDITY_VIEW_LABELS[page.view]}（${page.today}；${page.rule.reminder}）`,
    ...page.items.map((row) =>
      [
        row.documentId,
        row.lifecycle.label,
        row.title,
        row.docNumber,
        row.lifecycle.validUntil ? `有效期至 ${row.lifecycle.validUntil}` : '未设有效期',
        remaining(row.lifecycle),
        row.lifecycle.lastDecision
          ? `${row.lifecycle.lastDecision.label} ${row.lifecycle.lastDecision.decidedOn}`
          : '',
      ].join('\t'),
    ),
    `共 ${page.total} 件`,
  ].join('\n');
}

function describeDocument(view: DocumentValidityView): string {
  const { lifecycle } = view;
  if (!lifecycle) return '尚未印发，没有效力状态。';
  return [
    `效力状态：${lifecycle.label}${lifecycle.since ? `（自 ${lifecycle.since}）` : ''}`,
    `发文字号：${view.docNumber ?? ''}`,
    `有效期至：${lifecycle.validUntil ?? '未设有效期'}${lifecycle.daysLeft === null ? '' : `（${remaining(lifecycle)}）`}`,
    ...(lifecycle.reminderFrom ? [`评估提醒：${lifecycle.reminderFrom} 起`] : []),
    ...(view.term ? [`有效期规则：${view.term.basis}，${view.term.defaultYears} 年`] : []),
    `依据：${view.rule.basis}`,
    ...view.decisions.map(
      (decision) => `${decision.decidedOn}\t${decision.label}\t${decision.docNumber}\t${decision.reason}`,
    ),
  ].join('\n');
}

/** `validity …`: the validity watch over the same dispatch as the app. */
export function runValidityCommand(command: ValidityCommand): Promise<number> | number {
  const { io, action, text, emit, signedIn } = command;
  switch (action) {
    case 'list': {
      const given = text('view');
      const view = given === undefined ? 'expiring' : validityView(given);
      if (view === null) return usage(io, `未知的视图“${given ?? ''}”。`);
      const expiringMonths = count(text('expiring-months'));
      if (expiringMonths === null) return usage(io, '--expiring-months 应为正整数。');
      const page = count(text('page'));
      const pageSize = count(text('page-size'));
      if (page === null || pageSize === null) return usage(io, '--page 和 --page-size 应为正整数。');
      return signedIn(async () =>
        emit(
          await io.call('validity.list', {
            view,
            expiringMonths,
            kind: text('kind') as ChannelInput<'validity.list'>['kind'],
            q: text('q'),
            page: page ?? 1,
            pageSize: pageSize ?? 50,
          }),
          describePage,
        ),
      );
    }
    case 'show': {
      const documentId = text('document');
      if (!documentId) return usage(io, '请用 --document 指定文件。');
      return signedIn(async () =>
        emit(await io.call('validity.forDocument', { documentId }), describeDocument),
      );
    }
    default:
      return usage(io, `未知的命令“validity ${action ?? ''}”。`);
  }
}
