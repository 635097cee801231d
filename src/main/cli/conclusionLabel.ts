import type { ChannelOutput } from '../../shared/api';
import { REVIEW_CONCLUSIONS } from '../../shared/domain/ruleCodes';
import type { GroupIo } from './groupCommand';

/**
 * `workflow step CONCLUDE_REVIEW --conclusion …`: a code (PARTY_PASSED) or the label the profile gives the
 * document's kind (通过前置审核, 合法 …), so that a Party document is concluded in the Party outcome set.
 * An unknown value is passed on unchanged and the API refuses it, naming the outcomes the kind allows.
 */
export async function conclusionCode(io: GroupIo, documentId: string, value: string): Promise<string> {
  if ((REVIEW_CONCLUSIONS as readonly string[]).includes(value)) return value;
  const document = await io.call('documents.get', { id: documentId });
  const rules = await io.call('rules.get', {});
  if (!document.ok || !rules.ok) return value;
  const kind = (document.value as ChannelOutput<'documents.get'>).document.kind;
  const outcomes = (rules.value as ChannelOutput<'rules.get'>).profile.reviewOutcomes[kind];
  return outcomes.find((outcome) => outcome.label === value)?.code ?? value;
}
