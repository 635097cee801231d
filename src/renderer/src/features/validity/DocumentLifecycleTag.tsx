import { LifecycleTag } from '../../lib/LifecycleTag';
import { useApiQuery } from '../../lib/useApi';

/** The document page header's 效力状态 (issued documents only; the 有效期 section reads the same answer). */
export function DocumentLifecycleTag({ documentId }: { documentId: string }) {
  const lifecycle = useApiQuery('validity.forDocument', { documentId }).data?.lifecycle;
  return lifecycle ? <LifecycleTag state={lifecycle.state} label={lifecycle.label} /> : null;
}
