import type { ParsedInput } from '../../shared/api';
import type { CampaignDetail } from '../../shared/api/schemas/cleanup';
import { DISPOSITIONS, type Disposition } from '../../shared/domain/cleanup/campaigns';
import { XLSX_MEDIA_TYPE } from '../export/catalogXlsx';
import {
  buildCleanupCatalogDocx,
  buildCleanupReportDocx,
  type CleanupCatalogRow,
  cleanupCatalogTitle,
  cleanupReportTitle,
} from '../export/cleanupDocx';
import { buildCleanupXlsx } from '../export/cleanupXlsx';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { campaignDetail } from './cleanup';
import { requireAccount, type ServiceContext } from './context';
import { today } from './rules';
import { getAgency } from './settings';

/** A cleanup campaign's result catalogs (Word, Excel) and its 清理情况报告 draft (Word). */

/** The decided documents of a campaign, by disposition, as its catalogs list them. */
function catalogRows(detail: CampaignDetail): Record<Disposition, CleanupCatalogRow[]> {
  const rows: Record<Disposition, CleanupCatalogRow[]> = {
    continue: [],
    amend: [],
    repeal: [],
    declare_invalid: [],
  };
  for (const item of detail.items) {
    if (!item.disposition) continue;
    rows[item.disposition].push({
      title: item.title,
      docNumber: item.docNumber,
      registrationNumber: item.registrationNumber,
      publishedOn: item.publishedOn,
      reason: item.reason,
    });
  }
  return rows;
}

/**
 * `cleanup.export`: a result catalog (继续有效 / 修改 / 废止 / 宣布失效) or the 清理情况报告 as Word, or every
 * catalog as one Excel workbook (a sheet each).
 */
export async function exportCampaign(ctx: ServiceContext, input: ParsedInput<'cleanup.export'>) {
  const actor = requireAccount(ctx);
  const detail = campaignDetail(ctx, input.campaignId);
  const { agencyName } = getAgency(ctx);
  const rows = catalogRows(detail);
  if (input.format === 'xlsx') {
    const titles = Object.fromEntries(
      DISPOSITIONS.map((disposition) => [disposition, cleanupCatalogTitle(agencyName, disposition)]),
    ) as Record<Disposition, string>;
    const data = await buildCleanupXlsx({
      titles,
      creator: actor.displayName,
      createdAt: ctx.clock.now(),
      rows,
    });
    return {
      fileName: `${detail.name}清理结果目录.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      data: data.toString('base64'),
    };
  }
  if (input.catalog === 'report') {
    const data = await buildCleanupReportDocx(
      {
        agencyName,
        campaignName: detail.name,
        kindLabel: detail.kindLabel,
        scopeText: detail.scopeText,
        startedOn: detail.createdAt.slice(0, 10),
        dueOn: detail.dueOn,
        decidedOn: detail.decidedOn,
        decided: detail.decided,
        approved: detail.approved,
        creator: actor.displayName,
        on: today(ctx),
        rows,
      },
      detail.total,
    );
    return {
      fileName: `${cleanupReportTitle(agencyName)}（${detail.name}）.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      data: data.toString('base64'),
    };
  }
  const title = cleanupCatalogTitle(agencyName, input.catalog);
  const data = await buildCleanupCatalogDocx({
    title,
    campaignName: detail.name,
    creator: actor.displayName,
    rows: rows[input.catalog],
  });
  return {
    fileName: `${title}（${detail.name}）.docx`,
    mediaType: DOCX_MEDIA_TYPE,
    data: data.toString('base64'),
  };
}
