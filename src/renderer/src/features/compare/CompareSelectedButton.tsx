import { DiffOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import type { VersionSummary } from '../../../../shared/api';
import { comparePath } from './paths';

/** Compares the two versions ticked in a version list, the older one as the original. */
export function CompareSelectedButton({
  documentId,
  versions,
  selected,
}: {
  documentId: string;
  versions: readonly VersionSummary[];
  selected: readonly string[];
}) {
  const navigate = useNavigate();
  const picked = versions.filter((version) => selected.includes(version.id)).sort((a, b) => a.seq - b.seq);
  const [older, newer] = picked;
  const ready = picked.length === 2 && older !== undefined && newer !== undefined;
  return (
    <Tooltip title={ready ? undefined : '勾选两个版本后比对'}>
      <Button
        icon={<DiffOutlined />}
        disabled={!ready}
        onClick={() => ready && void navigate(comparePath(documentId, older.id, newer.id))}
      >
        比对所选版本
      </Button>
    </Tooltip>
  );
}
