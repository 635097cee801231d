import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { CampaignDetail, CampaignSummary, ScopePreview } from '../../shared/api';
import { type GroupCommand, type GroupIo, usageError } from './groupCommand';
import { CLEANUP_CATALOGS } from '../../shared/api/schemas/cleanup';
import { CAMPAIGN_KINDS, type CampaignScope, DISPOSITIONS } from '../../shared/domain/cleanup/campaigns';
import { LIFECYCLE_STATES } from '../../shared/domain/cleanup/lifecycle';
import { DOCUMENT_KINDS } from '../../shared/domain/documentKinds';
import { lawKey, stripTitleMarks } from '../../shared/domain/laws';

const SCOPE_FLAGS =
  '[--doc-kinds admin_normative,…] [--authority 制定机关] [--government] [--year-from YYYY] [--year-to YYYY] [--states in_force,expiring,…] [--cites-law 《法规名称》] [--q 文字] [--documents 文件ID,文件ID]';

export const CLEANUP_USAGE = `  cleanup list                                清理活动列表及进度
  cleanup show --campaign 清理活动ID            清理活动中的文件、效力状态和处理意见
  cleanup preview ${SCOPE_FLAGS}
                                              预览按条件将列入清理的文件
  cleanup create --kind periodic|special|immediate --name 名称 --due YYYY-MM-DD [--law-change 法规变化ID] ${SCOPE_FLAGS}
  cleanup scope --campaign 清理活动ID ${SCOPE_FLAGS}   调整清理范围（已拟定处理意见的文件保留）
  cleanup decide --campaign 清理活动ID --documents 文件ID,文件ID --disposition continue|amend|repeal|declare_invalid --reason 理由
  cleanup approve --campaign 清理活动ID (--documents 文件ID,文件ID | --all)   负责人批准处理意见
  cleanup apply --campaign 清理活动ID [--decided-on YYYY-MM-DD]   应用清理结果（负责人）
  cleanup export --campaign 清理活动ID --catalog continue|amend|repeal|declare_invalid|report --format docx|xlsx --out 文件`;

interface CleanupCommand extends GroupCommand {
  flag: (name: string) => boolean;
}

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, CLEANUP_USAGE);
}

const list = (value: string | undefined) =>
  value
    ?.split(/[,，、]/)
    .map((part) => part.trim())
    .filter(Boolean);

function listOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  what: string,
): T[] | undefined | string {
  const items = list(value);
  if (!items) return undefined;
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  return unknown.length > 0
    ? `未知的${what}：${unknown.join('、')}（可选：${allowed.join('、')}）`
    : (items as T[]);
}

function yearOf(value: string | undefined, flag: string): number | undefined | string {
  if (value === undefined) return undefined;
  return /^\d{4}$/.test(value) ? Number(value) : `${flag} 应为四位年份。`;
}

/** The scope filters given on the command line, or the Chinese problem with one of them. */
function scopeOf(text: CleanupCommand['text'], flag: CleanupCommand['flag']): CampaignScope | string {
  const kinds = listOf(text('doc-kinds'), DOCUMENT_KINDS, '文件类型');
  const states = listOf(text('states'), LIFECYCLE_STATES, '效力状态');
  const yearFrom = yearOf(text('year-from'), '--year-from');
  const yearTo = yearOf(text('year-to'), '--year-to');
  for (const value of [kinds, states, yearFrom, yearTo]) if (typeof value === 'string') return value;
  const law = text('cites-law');
  const scope: CampaignScope = {
    ...(kinds ? { kinds: kinds as CampaignScope['kinds'] } : {}),
    ...(text('authority') ? { issuingAuthority: text('authority') } : {}),
    ...(flag('government') ? { inGovernmentName: true } : {}),
    ...(yearFrom !== undefined ? { yearFrom: yearFrom as number } : {}),
    ...(yearTo !== undefined ? { yearTo: yearTo as number } : {}),
    ...(states ? { states: states as CampaignScope['states'] } : {}),
    // The library's id of a law is the key of its title: 《中华人民共和国统计法》 and 统计法 name the same.
    ...(law ? { citesLaw: lawKey(stripTitleMarks(law)) } : {}),
    ...(text('q') ? { text: text('q') } : {}),
    ...(list(text('documents'))?.length ? { documentIds: list(text('documents')) } : {}),
  };
  return scope;
}

const progress = (campaign: CampaignSummary) =>
  `拟定 ${campaign.decided}/${campaign.total}，批准 ${campaign.approved}/${campaign.total}`;

function describeList(campaigns: CampaignSummary[]): string {
  if (campaigns.length === 0) return '尚无清理活动。';
  return campaigns
    .map((campaign) =>
      [
        campaign.id,
        campaign.kindLabel,
        campaign.name,
        `截止 ${campaign.dueOn}`,
        progress(campaign),
        campaign.statusLabel,
      ].join('\t'),
    )
    .join('\n');
}

function describeCampaign(detail: CampaignDetail): string {
  const rescope = detail.rescope
    ? [
        `调整范围：新增 ${detail.rescope.added} 件，移出未拟定的 ${detail.rescope.dropped} 件，` +
          `保留已拟定处理意见但不再符合条件的 ${detail.rescope.keptDecided} 件。`,
      ]
    : [];
  return [
    `${detail.name}（${detail.kindLabel}，${detail.statusLabel}）截止 ${detail.dueOn}`,
    `范围：${detail.scopeText}`,
    `进度：${progress(detail)}`,
    ...rescope,
    ...detail.items.map((item) =>
      [
        item.documentId,
        item.title,
        item.docNumber,
        item.stateLabel,
        item.dispositionLabel ?? '未拟定',
        item.reason,
        item.approvedAt ? `已批准（${item.approvedByName ?? ''}）` : '未批准',
        item.outOfScope ? '不再符合范围条件' : '',
      ].join('\t'),
    ),
  ].join('\n');
}

function describePreview(preview: ScopePreview): string {
  return [
    ...preview.documents.map((document) =>
      [
        document.documentId,
        document.title,
        document.docNumber,
        document.publishedOn,
        document.stateLabel,
      ].join('\t'),
    ),
    `共 ${preview.total} 件`,
  ].join('\n');
}

/** `cleanup export`: writes the file the channel gives and answers what was written. */
async function exportFile(command: CleanupCommand, campaignId: string): Promise<number> {
  const { io, text } = command;
  const out = text('out');
  if (!out) return usage(io, '请用 --out 给出输出文件。');
  const catalog = text('catalog') ?? 'report';
  if (!(CLEANUP_CATALOGS as readonly string[]).includes(catalog))
    return usage(io, `--catalog 应为 ${CLEANUP_CATALOGS.join('、')} 之一。`);
  const format = text('format') ?? (extname(out).slice(1).toLowerCase() || 'docx');
  if (format !== 'docx' && format !== 'xlsx') return usage(io, '--format 应为 docx 或 xlsx。');
  if (format === 'xlsx' && text('catalog') === 'report')
    return usage(io, '清理情况报告只能导出为 Word（docx）。');
  return command.signedIn(async () => {
    const file = await io.call('cleanup.export', {
      campaignId,
      catalog: catalog as (typeof CLEANUP_CATALOGS)[number],
      format,
    });
    if (!file.ok) return command.emit(file, () => '');
    const { fileName, data } = file.value as { fileName: string; data: string };
    const problem = await writeFile(out, Buffer.from(data, 'base64')).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (problem !== null)
      return command.emit(
        { ok: false, error: { code: 'INVALID_INPUT', message: `无法写出文件：${out}（${problem}）` } },
        () => '',
      );
    return command.emit(
      { ok: true, value: { file: out, fileName, format, catalog } },
      () => `已写出：${out}（${fileName}）`,
    );
  });
}

/** `cleanup …`: cleanup campaigns over the same dispatch as the app (roles and audit included). */
export function runCleanupCommand(command: CleanupCommand): Promise<number> | number {
  const { io, action, text, flag, emit, signedIn } = command;
  const campaignId = text('campaign');
  const needsCampaign = ['show', 'scope', 'decide', 'approve', 'apply', 'export'];
  if (action && needsCampaign.includes(action) && !campaignId)
    return usage(io, '请用 --campaign 指定清理活动。');
  const id = campaignId ?? '';
  switch (action) {
    case 'list':
      return signedIn(async () => emit(await io.call('cleanup.list', {}), describeList));
    case 'show':
      return signedIn(async () => emit(await io.call('cleanup.get', { campaignId: id }), describeCampaign));
    case 'preview': {
      const scope = scopeOf(text, flag);
      if (typeof scope === 'string') return usage(io, scope);
      return signedIn(async () => emit(await io.call('cleanup.preview', { scope }), describePreview));
    }
    case 'create': {
      const kind = text('kind');
      const name = text('name');
      const dueOn = text('due');
      if (!kind || !name || !dueOn)
        return usage(io, '请用 --kind、--name 和 --due 给出清理类型、名称和截止日期。');
      if (!(CAMPAIGN_KINDS as readonly string[]).includes(kind))
        return usage(io, `清理类型应为 ${CAMPAIGN_KINDS.join('、')} 之一。`);
      const scope = scopeOf(text, flag);
      if (typeof scope === 'string') return usage(io, scope);
      const lawChangeId = text('law-change');
      // From a law's change without other filters, the service scopes it to the documents citing that law.
      const filtered = Object.keys(scope).length > 0;
      return signedIn(async () =>
        emit(
          await io.call('cleanup.create', {
            kind: kind as (typeof CAMPAIGN_KINDS)[number],
            name,
            dueOn,
            ...(filtered || !lawChangeId ? { scope } : {}),
            ...(lawChangeId ? { lawChangeId } : {}),
          }),
          describeCampaign,
        ),
      );
    }
    case 'scope': {
      const scope = scopeOf(text, flag);
      if (typeof scope === 'string') return usage(io, scope);
      return signedIn(async () =>
        emit(await io.call('cleanup.rescope', { campaignId: id, scope }), describeCampaign),
      );
    }
    case 'decide': {
      const documentIds = list(text('documents'));
      const disposition = text('disposition');
      const reason = text('reason');
      if (!documentIds?.length || !disposition || !reason)
        return usage(io, '请用 --documents、--disposition 和 --reason 给出文件、处理意见和理由。');
      if (!(DISPOSITIONS as readonly string[]).includes(disposition))
        return usage(io, `处理意见应为 ${DISPOSITIONS.join('、')} 之一。`);
      return signedIn(async () =>
        emit(
          await io.call('cleanup.decide', {
            campaignId: id,
            documentIds,
            disposition: disposition as (typeof DISPOSITIONS)[number],
            reason,
          }),
          describeCampaign,
        ),
      );
    }
    case 'approve': {
      const named = list(text('documents'));
      if (!named?.length && !flag('all'))
        return usage(io, '请用 --documents 指定文件，或用 --all 批准全部已拟定的处理意见。');
      return signedIn(async () => {
        let documentIds = named ?? [];
        if (!named?.length) {
          const detail = await io.call('cleanup.get', { campaignId: id });
          if (!detail.ok) return emit(detail, () => '');
          documentIds = (detail.value as CampaignDetail).items
            .filter((item) => item.disposition !== null && !item.approvedAt)
            .map((item) => item.documentId);
          if (documentIds.length === 0)
            return emit(
              { ok: false, error: { code: 'INVALID_STATE', message: '没有待批准的处理意见。' } },
              () => '',
            );
        }
        return emit(await io.call('cleanup.approve', { campaignId: id, documentIds }), describeCampaign);
      });
    }
    case 'apply':
      return signedIn(async () =>
        emit(
          await io.call('cleanup.apply', { campaignId: id, decidedOn: text('decided-on') }),
          describeCampaign,
        ),
      );
    case 'export':
      return exportFile(command, id);
    default:
      return usage(io, `未知的清理命令“${action ?? ''}”。`);
  }
}
