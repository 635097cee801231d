import type { MaterialCheck } from '../materials';
import type { WorkflowContext, WorkflowEffect } from './types';

/** A document that has just been registered: only its title and materials are known. */
export function initialContext(title: string, materials: readonly MaterialCheck[]): WorkflowContext {
  return { title, materials, review: null, deliberation: null, issuance: null, filing: null, procedures: {} };
}

/**
 * The context after a transition's effects, as the caller's records would hold it. Services store the
 * effects in their own tables; this fold documents what each effect means and lets tests walk a path.
 */
export function applyEffects(context: WorkflowContext, effects: readonly WorkflowEffect[]): WorkflowContext {
  return effects.reduce<WorkflowContext>((current, effect) => {
    switch (effect.type) {
      case 'submitted':
        // A (re-)submission opens a new review round; earlier conclusions and opinions no longer count.
        return {
          ...current,
          review: null,
          deliberation: null,
          legalOpinion: null,
          submission: {
            on: effect.on,
            requestedAnswerOn: effect.requestedAnswerOn,
            earliestAnswerOn: effect.earliestAnswerOn,
            warning: effect.warning,
          },
        };
      case 'review_started':
        return {
          ...current,
          review: {
            materialsCompleteOn: effect.materialsCompleteOn,
            dueOn: effect.dueOn,
            conclusion: null,
            concludedOn: null,
          },
        };
      case 'review_concluded':
        return current.review
          ? {
              ...current,
              review: { ...current.review, conclusion: effect.conclusion, concludedOn: effect.on },
            }
          : current;
      case 'revision_confirmed':
        return current.review
          ? { ...current, review: { ...current.review, revisionConfirmedOn: effect.on } }
          : current;
      case 'procedure_recorded':
        return { ...current, procedures: { ...current.procedures, [effect.procedure]: effect.record } };
      case 'legal_opinion_recorded':
        return { ...current, legalOpinion: effect.opinion };
      case 'legal_risk_accepted':
        return current.legalOpinion
          ? { ...current, legalOpinion: { ...current.legalOpinion, riskAccepted: effect.acceptance } }
          : current;
      case 'deliberation_recorded':
        return {
          ...current,
          deliberation: {
            heldOn: effect.heldOn,
            decision: effect.decision,
            versionId: effect.versionId,
            contentHash: effect.contentHash,
          },
        };
      case 'issued':
        return {
          ...current,
          issuance: {
            publishedOn: effect.publishedOn,
            effectiveOn: effect.effectiveOn,
            validUntil: effect.validUntil,
          },
        };
      case 'filing_submitted':
        return { ...current, filing: { status: 'submitted', submittedOn: effect.on, correctionDueOn: null } };
      case 'filing_result':
        return current.filing
          ? {
              ...current,
              filing: { ...current.filing, status: effect.result, correctionDueOn: effect.correctionDueOn },
            }
          : current;
      case 'revision_opened':
        // A new cycle: the earlier review, meeting and filing concern the issued text, not the revision.
        return { ...current, review: null, deliberation: null, filing: null, legalOpinion: null };
      case 'returned':
      case 'entered_into_force':
      case 'ended':
        return current;
    }
  }, context);
}
