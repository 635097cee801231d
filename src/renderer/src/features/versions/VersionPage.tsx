import { Button, Result, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { AppError, errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { VersionHeader } from './VersionHeader';
import { VersionReader } from './VersionReader';

/** /documents/:id/versions/:versionId — one frozen version, read-only, with its annotation threads. */
export function VersionPage() {
  const { id = '', versionId = '' } = useParams();
  const version = useApiQuery('versions.get', { id: versionId }, { enabled: versionId !== '' });
  const document = useApiQuery('documents.get', { id }, { enabled: id !== '' });

  if (version.isPending) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const wrongDocument = version.isSuccess && version.data.documentId !== id;
  if (version.isError || wrongDocument) {
    const missing =
      wrongDocument || (version.error instanceof AppError && version.error.code === 'NOT_FOUND');
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '版本不存在' : '无法载入版本'}
        subTitle={missing ? '该文件没有这个版本，可能地址有误。' : errorMessage(version.error)}
        extra={
          <Link to={id ? `/documents/${id}` : '/documents'}>
            <Button type="primary">返回文件</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <VersionHeader detail={version.data} documentTitle={document.data?.document.title} />
      <VersionReader key={version.data.summary.id} detail={version.data} />
    </Space>
  );
}
