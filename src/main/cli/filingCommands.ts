import type { DocumentFilingView, FilingClock, FilingRegisterPage } from '../../shared/api';
import { codeOrLabel, type GroupCommand, type GroupIo, usageError } from './groupCommand';
import {
  FILING_METHODS,
  FILING_METHOD_LABELS,
  REGISTER_ROW_STATE_LABELS,
  REGISTER_VIEW_LABELS,
  REGISTER_VIEWS,
  type RegisterView,
  clockText,
} from '../../shared/domain/filingRegister';

export const FILING_USAGE = `  filing list [--state 待报送|已报送待登记|暂缓/补正中|已备案|不予备案|逾期] [--recipient 备案机关] [--year YYYY] [--q 文字] [--page N] [--page-size N]
  filing show --document 文件ID                  文件的备案情况：期限、各备案机关的报送、结果、补正期限和来函
  filing submit --document 文件ID --package 材料包ID --method paper|electronic|platform [--sent-on YYYY-MM-DD] [--recipient 机关,机关]
  filing outcome --submission 报送ID --outcome 结果代码 [--on YYYY-MM-DD] [--note 说明]
  filing letter --submission 报送ID --kind explanation_request|review_suggestion|reply --dated-on YYYY-MM-DD --text 内容 [--reference 文号] [--due YYYY-MM-DD] [--replies-to 来函ID]`;

type FilingCommand = GroupCommand;

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, FILING_USAGE);
}

/** A state given as its code (to_submit) or as the register shows it (待报送). */
function registerView(value: string): RegisterView | null {
  return codeOrLabel(value, REGISTER_VIEWS, REGISTER_VIEW_LABELS);
}

const clock = (value: FilingClock | null) => (value ? `${value.dueOn}（${clockText(value)}）` : '');

function describeRegister(page: FilingRegisterPage): string {
  return [
    ...page.items.map((row) =>
      [
        row.submissionId ?? row.documentId,
        REGISTER_ROW_STATE_LABELS[row.state],
        row.title,
        row.docNumber ?? '',
        row.recipient ?? '',
        row.sentOn ? `报送 ${row.sentOn}${row.late ? '（逾期报送）' : ''}` : '',
        row.clock ? clock(row.clock) : row.dueOn ? `期限 ${row.dueOn}` : '',
      ].join('\t'),
    ),
    `共 ${page.total} 条`,
  ].join('\n');
}

function describeDocument(view: DocumentFilingView): string {
  return [
    `备案状态：${view.stateLabel}${view.clock ? `，期限 ${clock(view.clock)}` : ''}`,
    ...view.submissions.map(
      (row) =>
        `${row.id}\t第 ${row.round} 轮\t${row.recipient}\t${FILING_METHOD_LABELS[row.method]} ${row.sentOn}` +
        `${row.late ? '（逾期报送）' : ''}\t${row.outcomeLabel ?? '待登记'}` +
        `${row.clock ? `\t补正期限 ${clock(row.clock)}` : ''}`,
    ),
  ].join('\n');
}

/** `filing …`: the filing register over the same dispatch as the app (roles and audit included). */
export function runFilingCommand(command: FilingCommand): Promise<number> | number {
  const { io, action, text, emit, signedIn } = command;
  const date = (name: string) => text(name);
  switch (action) {
    case 'list': {
      const state = text('state');
      const view = state === undefined ? undefined : registerView(state);
      if (view === null) return usage(io, `未知的备案状态“${state ?? ''}”。`);
      const year = text('year');
      return signedIn(async () =>
        emit(
          await io.call('filings.list', {
            view,
            recipient: text('recipient'),
            year: year ? Number(year) : undefined,
            q: text('q'),
            page: Number(text('page') ?? 1),
            pageSize: Number(text('page-size') ?? 50),
          }),
          describeRegister,
        ),
      );
    }
    case 'show': {
      const documentId = text('document');
      if (!documentId) return usage(io, '请用 --document 指定文件。');
      return signedIn(async () =>
        emit(await io.call('filings.forDocument', { documentId }), describeDocument),
      );
    }
    case 'submit': {
      const documentId = text('document');
      const packageId = text('package');
      const method = text('method');
      if (!documentId || !packageId || !method)
        return usage(io, '请用 --document、--package 和 --method 指定文件、备案材料包和报送方式。');
      if (!(FILING_METHODS as readonly string[]).includes(method))
        return usage(io, `报送方式应为 ${FILING_METHODS.join('、')} 之一。`);
      const recipients = text('recipient')?.split(',').filter(Boolean);
      return signedIn(async () =>
        emit(
          await io.call('filings.submit', {
            documentId,
            packageId,
            method: method as (typeof FILING_METHODS)[number],
            sentOn: date('sent-on'),
            recipients,
          }),
          describeDocument,
        ),
      );
    }
    case 'outcome': {
      const submissionId = text('submission');
      const outcome = text('outcome');
      if (!submissionId || !outcome)
        return usage(io, '请用 --submission 和 --outcome 指定报送记录和备案结果。');
      return signedIn(async () =>
        emit(
          await io.call('filings.recordOutcome', {
            submissionId,
            outcome: outcome as never,
            on: date('on'),
            note: text('note'),
          }),
          describeDocument,
        ),
      );
    }
    case 'letter': {
      const submissionId = text('submission');
      const kind = text('kind');
      const datedOn = date('dated-on');
      const body = text('text');
      if (!submissionId || !kind || !datedOn || !body)
        return usage(io, '请用 --submission、--kind、--dated-on 和 --text 给出来函或答复。');
      return signedIn(async () =>
        emit(
          await io.call('filings.addLetter', {
            submissionId,
            kind: kind as never,
            datedOn,
            text: body,
            reference: text('reference'),
            dueOn: date('due'),
            repliesTo: text('replies-to'),
          }),
          describeDocument,
        ),
      );
    }
    default:
      return usage(io, `未知的备案命令“${action ?? ''}”。`);
  }
}
