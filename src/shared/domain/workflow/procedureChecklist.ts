import type { IsoDate } from '../calendar/isoDate';
import { procedureProgress, type ProcedureState } from '../decisionCatalog';
import type { MaterialCheck, MaterialKind } from '../materials';
import type { MajorDecisionProcedure } from '../ruleCodes';
import { reviewOutcomeOf, type RuleProfile } from '../ruleProfileSchema';
import { legalOpinionMaterial } from './legalOpinion';
import type { WorkflowContext } from './types';

/**
 * The five procedures of a 重大行政决策 (重大行政决策程序暂行条例第二章、第三章) as the document page shows
 * them: each one done (on its day), not applicable (with the reason) or pending, and the materials it
 * produces — 征求意见情况及采纳说明, 专家论证意见（署名、盖章）, 风险评估报告, 合法性审查意见 with the 法律顾问、
 * 公职律师 opinion (第二十八条), 集体讨论记录 (第三十三条).
 */

export interface ProcedureMaterialLine {
  label: string;
  present: boolean;
  /** The 法律顾问 opinion as recorded, or why the material is not needed. */
  note?: string;
}

export interface ProcedureChecklistEntry {
  procedure: MajorDecisionProcedure;
  label: string;
  state: ProcedureState;
  on: IsoDate | null;
  note: string | null;
  /** Where the procedure comes from in the profile. */
  basis: string;
  materials: ProcedureMaterialLine[];
}

const FILED_MATERIALS: Partial<Record<MajorDecisionProcedure, { kind: MaterialKind; label: string }>> = {
  public_participation: { kind: 'public_participation', label: '征求意见情况及采纳说明' },
  expert_argument: { kind: 'expert_opinion', label: '专家论证意见（署名、盖章）' },
  risk_assessment: { kind: 'risk_assessment', label: '风险评估报告' },
  collective_decision: { kind: 'deliberation_record', label: '集体讨论记录' },
};

export function procedureChecklist(
  profile: RuleProfile,
  context: Pick<WorkflowContext, 'procedures' | 'review' | 'deliberation' | 'legalOpinion'>,
  materials: readonly MaterialCheck[],
): ProcedureChecklistEntry[] {
  const review = context.review;
  const outcome = review?.conclusion ? reviewOutcomeOf(profile, 'major_decision', review.conclusion) : null;
  const progress = procedureProgress({
    procedures: context.procedures ?? null,
    review: review
      ? { concludedOn: review.concludedOn, allowsDeliberation: !!outcome?.allowsDeliberation }
      : null,
    deliberation: context.deliberation ?? null,
  });
  const filed = (kind: MaterialKind) => materials.some((check) => check.kind === kind && check.present);
  return progress.map((entry) => {
    const rule = profile.majorDecisionProcedures.find((procedure) => procedure.id === entry.procedure);
    const label = rule?.label ?? entry.label;
    let lines: ProcedureMaterialLine[];
    if (entry.procedure === 'legality_review') {
      const opinion = profile.majorDecisionLegalOpinion.required
        ? [legalOpinionMaterial({ legalOpinion: context.legalOpinion ?? null } as WorkflowContext)]
        : [];
      lines = [
        {
          label: '合法性审查意见',
          present: !!review?.concludedOn,
          ...(outcome ? { note: outcome.label } : {}),
        },
        ...opinion.map(({ label: line, present, note }) => ({
          label: line,
          present,
          ...(note ? { note } : {}),
        })),
      ];
    } else {
      const material = FILED_MATERIALS[entry.procedure];
      lines = material
        ? [
            entry.state === 'not_applicable'
              ? { label: material.label, present: true, note: '程序不适用，无需此项材料' }
              : { label: material.label, present: filed(material.kind) },
          ]
        : [];
    }
    return { ...entry, label, basis: rule?.source.basis ?? '', materials: lines };
  });
}
