import { ArrowLeftOutlined, DiffOutlined, EditOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { AppError, errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { comparePath } from '../compare';
import { DisclosureClockPanel, ProactiveDisclosurePanel } from '../disclosure';
import { DocumentFilingTab, FilingStateTag } from '../filing';
import { MaterialsPanel } from '../materials';
import { DocumentReviewTab } from '../review';
import { DocumentLifecycleTag, DocumentValidity } from '../validity';
import { DocumentMetadata } from './DocumentMetadata';
import { DocumentStatusTag } from './DocumentStatusTag';
import { DocumentTimeline } from './DocumentTimeline';
import { EditDocumentModal } from './EditDocumentModal';
import { VersionList } from './VersionList';

/** One document: its registry metadata, versions and timeline. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const detail = useApiQuery('documents.get', { id }, { enabled: id !== '' });
  const canEdit = useHasRole('drafter', 'reviewer');
  const isLeader = useHasRole('leader');
  const [editing, setEditing] = useState(false);

  if (detail.isPending) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (detail.isError) {
    const missing = detail.error instanceof AppError && detail.error.code === 'NOT_FOUND';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '文件不存在' : '无法载入文件'}
        subTitle={missing ? '该文件可能已被删除，或地址有误。' : errorMessage(detail.error)}
        extra={
          <Link to="/documents">
            <Button type="primary">返回文件库</Button>
          </Link>
        }
      />
    );
  }

  const { document, versions, events, deliberations, issuance } = detail.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="flex-start" gap={16}>
          <div>
            <Link to="/documents">
              <ArrowLeftOutlined /> 文件库
            </Link>
            <Typography.Title level={3} style={{ margin: '8px 0' }}>
              {document.title}
            </Typography.Title>
            <Space size={4}>
              <Tag>{DOCUMENT_KIND_LABELS[document.kind]}</Tag>
              <DocumentStatusTag status={document.status} />
              {issuance && <FilingStateTag documentId={document.id} />}
              {issuance && <DocumentLifecycleTag documentId={document.id} />}
            </Space>
          </div>
          <Space>
            <Link to={`/documents/${document.id}/draft`}>
              <Button type="primary" size="large" icon={<FormOutlined />}>
                起草/编辑正文
              </Button>
            </Link>
            <Link to={comparePath(document.id)}>
              <Button size="large" icon={<DiffOutlined />}>
                版本比对
              </Button>
            </Link>
            {canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                编辑信息
              </Button>
            )}
          </Space>
        </Flex>
        <div style={{ marginTop: 16 }}>
          <DocumentMetadata document={document} issuance={issuance} />
        </div>
        {issuance && (
          <div style={{ marginTop: 16 }}>
            <DocumentValidity documentId={document.id} />
          </div>
        )}
        {issuance && document.kind === 'admin_normative' && (
          <div style={{ marginTop: 16 }}>
            <ProactiveDisclosurePanel documentId={document.id} canEdit={canEdit} />
          </div>
        )}
        {document.kind === 'disclosure' && (
          <div style={{ marginTop: 16 }}>
            <DisclosureClockPanel documentId={document.id} canEdit={canEdit} isLeader={isLeader} />
          </div>
        )}
      </Card>
      <Card>
        <Tabs
          // ?tab=filing opens a tab directly (a search hit in a filing outcome links here).
          defaultActiveKey={searchParams.get('tab') ?? undefined}
          items={[
            {
              key: 'versions',
              label: `版本（${versions.length}）`,
              children: <VersionList documentId={document.id} versions={versions} />,
            },
            { key: 'timeline', label: '时间线', children: <DocumentTimeline events={events} /> },
            { key: 'materials', label: '材料', children: <MaterialsPanel documentId={document.id} /> },
            {
              key: 'review',
              label: '审核',
              children: (
                <DocumentReviewTab
                  documentId={document.id}
                  versions={versions}
                  deliberations={deliberations}
                />
              ),
            },
            { key: 'filing', label: '备案', children: <DocumentFilingTab documentId={document.id} /> },
          ]}
        />
      </Card>
      {editing && <EditDocumentModal document={document} onClose={() => setEditing(false)} />}
    </Space>
  );
}
