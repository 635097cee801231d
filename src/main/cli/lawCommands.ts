import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ChannelOutput, LawChangeImpact, LawChangeView } from '../../shared/api';
import { type GroupCommand, type GroupIo, usageError } from './groupCommand';
import { isIsoDate } from '../../shared/domain/calendar/isoDate';
import { LAW_CHANGE_KINDS, type LawChangeKind } from '../../shared/domain/cleanup/lawChanges';
import { formatChineseNumber } from '../../shared/domain/structure';

export const LAW_USAGE = `  laws mark --title 《法规名称》 --status amended|renumbered|repealed --date YYYY-MM-DD [--superseded-by 《…》] [--note 说明]
                                                  记录法规的修改、条文序号调整或废止，列出引用它的已印发文件及引用语句
  laws changes                                    法规变化记录及各自涉及的文件件数
  laws impact --change 变化ID                     某一法规变化涉及的文件、效力状态和引用语句
  laws import-changes --file 变化.json            导入法规变化（[{title, change, changedOn, supersededBy?, note?}]，有一条不对即整份不导入）
  citations reindex                               重建已印发文件的引用索引（进度显示在标准错误输出）`;

interface LawCommand extends GroupCommand {
  group: string;
}

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, LAW_USAGE);
}

function describeChange(change: LawChangeView): string {
  return [
    change.id,
    `《${change.title}》`,
    change.changeLabel,
    change.changedOn,
    change.recordedByName,
    `涉及文件 ${change.documentCount} 件（现行有效 ${change.inForceCount} 件）`,
  ].join('\t');
}

export function describeImpact(impact: LawChangeImpact): string {
  const lines = [describeChange(impact.change)];
  for (const document of impact.documents) {
    lines.push(
      `${document.docNumber}\t${document.title}\t${document.lifecycleLabel}${document.inForce ? '' : '（非现行）'}`,
    );
    for (const citation of document.citations) {
      lines.push(`  ${citation.path || '正文'}：${citation.sentence}`);
      for (const moved of citation.renumbered)
        lines.push(
          `    ${moved.cited}${moved.newArticle === null ? '在现行文本中没有对应条文' : `现为第${formatChineseNumber(moved.newArticle)}条`}${moved.note ? `：${moved.note}` : ''}`,
        );
    }
  }
  if (impact.documents.length === 0) lines.push('没有在变化生效前印发、现行文本引用该法规的文件。');
  return lines.join('\n');
}

/** `laws …` and `citations reindex` over the same dispatch as the app (roles and audit included). */
export function runLawCommand(command: LawCommand): Promise<number> | number {
  const { io, group, action, text, emit, signedIn } = command;
  switch (`${group} ${action ?? ''}`) {
    case 'laws mark': {
      const title = text('title');
      const change = text('status');
      const changedOn = text('date');
      if (!title || !change || !changedOn)
        return usage(io, '请用 --title、--status 和 --date 给出法规名称、变化类型和生效日期。');
      if (!(LAW_CHANGE_KINDS as readonly string[]).includes(change))
        return usage(io, `变化类型应为 ${LAW_CHANGE_KINDS.join('、')} 之一。`);
      if (!isIsoDate(changedOn))
        return usage(io, `生效日期“${text('date') ?? ''}”不是有效日期（YYYY-MM-DD）。`);
      return signedIn(async () =>
        emit(
          await io.call('laws.mark', {
            title,
            change: change as LawChangeKind,
            changedOn,
            supersededBy: text('superseded-by')?.replace(/^《|》$/g, '') ?? null,
            note: text('note') ?? '',
          }),
          describeImpact,
        ),
      );
    }
    case 'laws changes':
      return signedIn(async () =>
        emit(await io.call('laws.changes', {}), (changes: LawChangeView[]) =>
          changes.length === 0 ? '尚无法规变化记录' : changes.map(describeChange).join('\n'),
        ),
      );
    case 'laws impact': {
      const id = text('change');
      if (!id) return usage(io, '请用 --change 指定法规变化记录。');
      return signedIn(async () => emit(await io.call('laws.changeImpact', { id }), describeImpact));
    }
    case 'laws import-changes': {
      const file = text('file');
      if (!file) return usage(io, '请用 --file 指定法规变化文件（JSON）。');
      return signedIn(async () => {
        const content = await readFile(file, 'utf8').catch(() => null);
        if (content === null)
          return emit(
            { ok: false, error: { code: 'NOT_FOUND', message: `无法读取文件：${file}` } },
            () => '',
          );
        return emit(
          await io.call('laws.importChanges', { fileName: basename(file), content }),
          (value: ChannelOutput<'laws.importChanges'>) =>
            [`已导入 ${value.changes.length} 条法规变化`, ...value.changes.map(describeChange)].join('\n'),
        );
      });
    }
    case 'citations reindex':
      return signedIn(async () => {
        let rebuild = true;
        let indexed = 0;
        let citations = 0;
        for (;;) {
          const result = await io.call('citations.reindex', { rebuild, limit: 200 });
          if (!result.ok) return emit(result, () => '');
          const batch = result.value as ChannelOutput<'citations.reindex'>;
          rebuild = false;
          indexed += batch.indexed;
          citations += batch.citations;
          io.err(`已索引 ${indexed}/${indexed + batch.remaining} 个印发版本`);
          if (batch.remaining === 0 || batch.indexed === 0) break;
        }
        return emit(
          { ok: true, value: { indexed, citations } },
          () => `已重建引用索引：${indexed} 个印发版本，${citations} 处引用`,
        );
      });
    default:
      return usage(io, `未知的命令“${group} ${action ?? ''}”。`);
  }
}
