import { useRef, useState } from 'react';
import { call } from '../../api/client';
import { readFileAsBase64 } from '../../lib/readFileAsBase64';

/**
 * The minutes picked in the 集体审议 dialog, stored as the document's 集体审议（讨论）记录 through the
 * ordinary material upload before the record is sent. A file already uploaded is not uploaded again when
 * the record is refused and sent once more.
 */
export function useMinutesUpload(documentId: string) {
  const uploaded = useRef<{ file: File; id: string } | null>(null);
  const [isPending, setPending] = useState(false);
  const upload = async (file: File): Promise<string> => {
    if (uploaded.current?.file === file) return uploaded.current.id;
    setPending(true);
    try {
      const stored = await call('materials.upload', {
        documentId,
        materialKind: 'deliberation_record',
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        data: await readFileAsBase64(file),
      });
      uploaded.current = { file, id: stored.id };
      return stored.id;
    } finally {
      setPending(false);
    }
  };
  return { upload, isPending };
}
