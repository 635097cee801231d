import type { DisclosureClocks, DisclosureView, ProactiveDisclosureView } from '../../shared/api';
import { type GroupCommand, type GroupIo, usageError } from './groupCommand';

export const DISCLOSURE_USAGE = `  disclosure show --document 文件ID            政府信息公开申请的答复期限、延期和征求第三方意见
  disclosure receive --document 文件ID --on YYYY-MM-DD [--applicant 申请人]   登记申请收到日期
  disclosure consult --document 文件ID --third-party 名称 --from YYYY-MM-DD --to YYYY-MM-DD   登记征求第三方意见（不计入答复期限）
  disclosure extend --document 文件ID --days N --reason 理由 --notified-on YYYY-MM-DD   负责人批准延长答复期限
  disclosure answer --document 文件ID --on YYYY-MM-DD   登记答复日期
  disclosure proactive --document 文件ID [--on YYYY-MM-DD --channel 渠道]   已印发文件的主动公开期限；给出日期和渠道时登记公开
  disclosure clocks                               尚未办结的答复期限和主动公开期限`;

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, DISCLOSURE_USAGE);
}

function describeView(view: DisclosureView): string {
  if (!view.request) return '尚未登记申请收到日期。';
  const { clock } = view;
  return [
    `申请收到日期：${view.request.receivedOn}${view.request.applicant ? `（申请人：${view.request.applicant}）` : ''}`,
    ...(clock
      ? [
          `答复期限：${clock.dueOn}（${clock.stateLabel}${clock.state === 'running' || clock.state === 'due_soon' ? `，剩余 ${clock.workingDaysLeft} 个工作日` : ''}）`,
          `法定期限：${clock.statutoryDueOn}；延长 ${clock.extensionDays} 个工作日；不计入的征求意见工作日 ${clock.excludedWorkingDays} 日`,
          ...clock.warnings.map((warning) => warning.message),
        ]
      : []),
    ...(view.extension
      ? [
          `延期：${view.extension.workingDays} 个工作日，${view.extension.approvedByName} ${view.extension.approvedOn} 批准，${view.extension.notifiedOn} 告知申请人；理由：${view.extension.reason}`,
        ]
      : []),
    ...view.consultations.map((c) => `征求第三方意见：${c.thirdParty}\t${c.fromOn} 至 ${c.toOn}`),
    ...(view.request.answeredOn ? [`答复日期：${view.request.answeredOn}`] : []),
    `依据：${view.basis.reply}`,
  ].join('\n');
}

function describeProactive(view: ProactiveDisclosureView | null): string {
  if (!view) return '不是已印发的行政规范性文件，没有主动公开期限。';
  return [
    `印发公布日期：${view.formedOn}`,
    `主动公开期限：${view.dueOn}（${view.stateLabel}）`,
    view.disclosedOn ? `已于 ${view.disclosedOn} 通过${view.channel ?? ''}公开` : '尚未登记主动公开',
    `依据：${view.basis}`,
  ].join('\n');
}

function describeClocks(clocks: DisclosureClocks): string {
  if (clocks.items.length === 0) return '没有未办结的政府信息公开期限。';
  return clocks.items
    .map((item) =>
      [
        item.documentId,
        item.clock === 'reply' ? '答复' : '主动公开',
        item.dueOn,
        item.stateLabel,
        item.title,
      ].join('\t'),
    )
    .join('\n');
}

/** `disclosure …`: the 政府信息公开 clocks over the same dispatch as the app. */
export function runDisclosureCommand(command: GroupCommand): Promise<number> | number {
  const { io, action, text, emit, signedIn } = command;
  if (action === 'clocks')
    return signedIn(async () => emit(await io.call('disclosure.clocks', {}), describeClocks));
  const documentId = text('document');
  if (!documentId) return usage(io, '请用 --document 指定文件。');
  switch (action) {
    case 'show':
      return signedIn(async () => emit(await io.call('disclosure.get', { documentId }), describeView));
    case 'receive': {
      const receivedOn = text('on');
      if (!receivedOn) return usage(io, '请用 --on 给出申请收到日期。');
      const input = { documentId, receivedOn, applicant: text('applicant') ?? '' };
      return signedIn(async () => emit(await io.call('disclosure.recordRequest', input), describeView));
    }
    case 'consult': {
      const [thirdParty, fromOn, toOn] = [text('third-party'), text('from'), text('to')];
      if (!thirdParty || !fromOn || !toOn) return usage(io, '请给出 --third-party、--from 和 --to。');
      const input = { documentId, thirdParty, fromOn, toOn };
      return signedIn(async () => emit(await io.call('disclosure.recordConsultation', input), describeView));
    }
    case 'extend': {
      const days = text('days');
      const [reason, notifiedOn] = [text('reason'), text('notified-on')];
      if (!days || !/^\d+$/.test(days)) return usage(io, '--days 应为正整数（延长的工作日数）。');
      if (!reason || !notifiedOn) return usage(io, '请给出 --reason 和 --notified-on。');
      const input = { documentId, workingDays: Number(days), reason, notifiedOn };
      return signedIn(async () => emit(await io.call('disclosure.recordExtension', input), describeView));
    }
    case 'answer': {
      const answeredOn = text('on');
      if (!answeredOn) return usage(io, '请用 --on 给出答复日期。');
      return signedIn(async () =>
        emit(await io.call('disclosure.recordAnswer', { documentId, answeredOn }), describeView),
      );
    }
    case 'proactive': {
      const [disclosedOn, channel] = [text('on'), text('channel')];
      if (!disclosedOn && !channel)
        return signedIn(async () =>
          emit(await io.call('disclosure.proactive', { documentId }), describeProactive),
        );
      if (!disclosedOn || !channel) return usage(io, '登记主动公开须同时给出 --on 和 --channel。');
      const input = { documentId, disclosedOn, channel };
      return signedIn(async () =>
        emit(await io.call('disclosure.recordProactive', input), describeProactive),
      );
    }
    default:
      return usage(io, `未知的命令“disclosure ${action ?? ''}”。`);
  }
}
