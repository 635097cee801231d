import { Alert, Divider, Spin, Typography } from 'antd';
import { errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { AddLegalBasisForm } from './AddLegalBasisForm';
import { LegalBasisTable } from './LegalBasisTable';
import { MaterialChecklist } from './MaterialChecklist';
import { MaterialFileTable } from './MaterialFileTable';
import { UploadMaterialForm } from './UploadMaterialForm';

/** 材料 tab of a document: the checklist of required materials, the files, and the 制定依据 list. */
export function MaterialsPanel({ documentId }: { documentId: string }) {
  const overview = useApiQuery('materials.list', { documentId });
  const canUpload = useHasRole('drafter', 'reviewer');
  const canEditBases = useHasRole('drafter');

  if (overview.isPending) return <Spin style={{ display: 'block', margin: '40px auto' }} />;
  if (overview.isError) return <Alert type="error" showIcon title={errorMessage(overview.error)} />;
  const { checks, files, legalBases } = overview.data;
  return (
    <>
      <Typography.Title level={5}>送审材料清单</Typography.Title>
      <MaterialChecklist documentId={documentId} checks={checks} />

      <Divider />
      <Typography.Title level={5}>已提交的材料</Typography.Title>
      <MaterialFileTable files={files} canWithdraw={canUpload} />
      {canUpload && (
        <div style={{ marginTop: 16 }}>
          <UploadMaterialForm documentId={documentId} />
        </div>
      )}

      <Divider />
      <Typography.Title level={5}>制定依据</Typography.Title>
      <LegalBasisTable legalBases={legalBases} canEdit={canEditBases} />
      {canEditBases && (
        <div style={{ marginTop: 16 }}>
          <AddLegalBasisForm documentId={documentId} />
        </div>
      )}
    </>
  );
}
