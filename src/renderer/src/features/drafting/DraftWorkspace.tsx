import { useQuery } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import type { VersionSummary } from '../../../../shared/api';
import type { DraftPart } from '../../../../shared/api/schemas/drafting';
import { errorMessage } from '../../api/client';
import { loadDraft } from '../../lib/draftRequests';
import { apiKey } from '../../lib/useApi';
import { DraftSession } from './DraftSession';

/**
 * Loads one part's draft fresh every time it is opened (never from a cache: another window or the other
 * part's last save may have moved it on) and hands it to a session.
 */
export function DraftWorkspace({
  documentId,
  part,
  canEdit,
  versions,
}: {
  documentId: string;
  part: DraftPart;
  canEdit: boolean;
  versions: VersionSummary[];
}) {
  const input = { documentId, part };
  const draft = useQuery({
    queryKey: apiKey('drafts.get', input),
    queryFn: () => loadDraft(documentId, part),
    staleTime: Infinity,
    gcTime: 0,
  });
  if (draft.isPending) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (draft.isError) {
    return <Result status="error" title="无法载入草稿" subTitle={errorMessage(draft.error)} />;
  }
  // The workflow locks the text from 送审 until the review returns it, and from 印发 on.
  return (
    <DraftSession
      draft={draft.data}
      canEdit={canEdit && draft.data.lockedReason === null}
      lockedReason={canEdit ? draft.data.lockedReason : null}
      versions={versions}
    />
  );
}
