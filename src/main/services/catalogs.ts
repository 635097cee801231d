import type { ParsedInput } from '../../shared/api';
import type { CatalogPreview, CatalogQuery } from '../../shared/api/schemas/catalogs';
import {
  type CatalogPeriod,
  annualCatalogDueOn,
  annualDueText,
  catalogRows,
  catalogTitle,
  periodLabel,
  periodRange,
} from '../../shared/domain/filing/catalog';
import { listCatalogSources } from '../db/repos/filingCatalog';
import type { Deps } from '../deps';
import { buildCatalogDocx, catalogSubtitle } from '../export/catalogDocx';
import { XLSX_MEDIA_TYPE, buildCatalogXlsx } from '../export/catalogXlsx';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { type ServiceContext, requireAccount } from './context';
import { activeRuleProfile, today } from './rules';
import { getAgency } from './settings';

function periodOf(input: CatalogQuery): CatalogPeriod {
  return { year: input.year, quarter: input.quarter };
}

/** The 目录 of the period: its rows, its title and when the year's catalogue is due. */
function catalogOf(deps: Deps, input: CatalogQuery): CatalogPreview {
  const period = periodOf(input);
  const { from, to } = periodRange(period);
  const rule = activeRuleProfile(deps).profile.catalog;
  return {
    year: period.year,
    quarter: period.quarter,
    title: catalogTitle(getAgency(deps).agencyName, period),
    periodLabel: periodLabel(period),
    from,
    to,
    annualDueOn: annualCatalogDueOn(period.year, rule),
    annualDueText: annualDueText(period.year, rule),
    rows: catalogRows(listCatalogSources(deps.db, from, to), period, today(deps)),
  };
}

export function previewCatalog(ctx: ServiceContext, input: ParsedInput<'catalogs.preview'>): CatalogPreview {
  requireAccount(ctx);
  return catalogOf(ctx, input);
}

/** The 目录 as a Word file (GB/T 9704 table) or an Excel sheet, named by its title. */
export async function exportCatalog(ctx: ServiceContext, input: ParsedInput<'catalogs.export'>) {
  const actor = requireAccount(ctx);
  const catalog = catalogOf(ctx, input);
  if (input.format === 'xlsx') {
    const data = await buildCatalogXlsx({
      title: catalog.title,
      sheetName: catalog.periodLabel,
      creator: actor.displayName,
      createdAt: ctx.clock.now(),
      rows: catalog.rows,
    });
    return { fileName: `${catalog.title}.xlsx`, mediaType: XLSX_MEDIA_TYPE, data: data.toString('base64') };
  }
  const data = await buildCatalogDocx({
    title: catalog.title,
    subtitle: catalogSubtitle(catalog.from, catalog.to, catalog.rows.length),
    creator: actor.displayName,
    rows: catalog.rows,
  });
  return { fileName: `${catalog.title}.docx`, mediaType: DOCX_MEDIA_TYPE, data: data.toString('base64') };
}
