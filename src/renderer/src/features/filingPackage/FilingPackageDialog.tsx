import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Descriptions,
  Input,
  List,
  Modal,
  Select,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import type { FilingPackageSummary } from '../../../../shared/api/schemas/filingPackage';
import { versionTitle } from '../../../../shared/domain/versionName';
import { AppError, call, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { BUILD_STAGES, stageAt } from './buildStages';

/** About how long a build takes on an office machine; only paces the stages shown. */
const EXPECTED_MS = 2500;

interface Props {
  documentId: string;
  onClose: () => void;
}

/**
 * 生成备案材料包: recipients (preselected by the issuer's level), the deadline, the materials with every
 * gap named, an optional 对照表 base version and the password that signs the manifest; then the build
 * with its stages, and 保存 to download the .zip.
 */
export function FilingPackageDialog({ documentId, onClose }: Props) {
  const showError = useApiError();
  const [recipients, setRecipients] = useState<string[] | undefined>(undefined);
  const [baseVersionId, setBaseVersionId] = useState<string | undefined>(undefined);
  const [password, setPassword] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [stage, setStage] = useState(0);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const check = useApiQuery(
    'filingPackages.check',
    { documentId, ...(recipients ? { recipients } : {}) },
    { keepPrevious: true },
  );
  const build = useMutation({
    mutationFn: () =>
      call('filingPackages.build', {
        documentId,
        recipients: recipients ?? check.data?.recipients ?? [],
        password,
        ...(baseVersionId ? { comparisonBaseVersionId: baseVersionId } : {}),
        ...(overrideReason.trim() ? { overrideReason: overrideReason.trim() } : {}),
      }),
    onMutate: () => {
      setPasswordError(null);
      setStage(0);
    },
    onError: (error) => {
      if (error instanceof AppError && error.code === 'BAD_CREDENTIALS') setPasswordError('密码不正确。');
    },
  });
  const download = useMutation({
    mutationFn: (built: FilingPackageSummary) => call('filingPackages.download', { id: built.id }),
    onSuccess: (file) => downloadFile(file),
    onError: (error) => showError(error),
  });

  useEffect(() => {
    if (!build.isPending) return;
    const started = Date.now();
    const timer = setInterval(() => setStage(stageAt(Date.now() - started, EXPECTED_MS)), 200);
    return () => clearInterval(timer);
  }, [build.isPending]);

  const data = check.data;
  const chosen = recipients ?? data?.recipients ?? [];
  const gaps = data?.gaps ?? [];
  const blocked = gaps.length > 0 && !(data?.canOverride && overrideReason.trim());
  const built = build.data;
  const running = build.isPending;

  return (
    <Modal
      open
      title="生成备案材料包"
      width={720}
      onCancel={onClose}
      closable={!running}
      mask={{ closable: false }}
      footer={
        built ? (
          <Space>
            <Button onClick={onClose}>关闭</Button>
            <Button type="primary" loading={download.isPending} onClick={() => download.mutate(built)}>
              保存
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={onClose} disabled={running}>
              取消
            </Button>
            <Button
              type="primary"
              loading={running}
              disabled={!data || blocked || chosen.length === 0 || password === ''}
              onClick={() => build.mutate()}
            >
              生成
            </Button>
          </Space>
        )
      }
    >
      {check.isError && <Alert type="error" showIcon title={errorMessage(check.error)} />}
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="filing-package-dialog">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="制定机关类别">{data.issuerLevelLabel}</Descriptions.Item>
            <Descriptions.Item label="备案机关">
              <Checkbox.Group
                value={chosen}
                disabled={running || Boolean(built)}
                options={data.recipientOptions.map((option) => ({ label: option.name, value: option.name }))}
                onChange={(value) => setRecipients(value)}
              />
            </Descriptions.Item>
            <Descriptions.Item label="报送期限">
              {data.period ?? '无需报送备案'}
              {data.due && `，截止 ${data.due}`}
              {data.late && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  已逾期
                </Tag>
              )}
              {data.dueWarnings.map((warning) => (
                <Typography.Text key={warning.message} type="warning" style={{ display: 'block' }}>
                  {warning.message}
                </Typography.Text>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label="备案字号">
              {data.nextReportNumber ?? '编号格式无法填写'}
            </Descriptions.Item>
            <Descriptions.Item label="报送材料">
              {data.materialsText}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                依据：{data.source}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <List
            size="small"
            header="材料清单"
            dataSource={data.materials}
            renderItem={(material) => (
              <List.Item>
                <Space>
                  <Tag color={material.present ? 'green' : 'red'}>{material.present ? '齐备' : '缺少'}</Tag>
                  {material.label}
                  <Typography.Text type="secondary">{material.note}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {gaps.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="材料不齐全，不能生成"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {gaps.map((gap) => (
                    <li key={gap}>{gap}</li>
                  ))}
                </ul>
              }
            />
          )}
          {gaps.length > 0 && data.canOverride && (
            <Input.TextArea
              aria-label="强制生成理由"
              placeholder="管理员可填写理由后强制生成，理由将记入材料包和审计日志"
              value={overrideReason}
              onChange={(event) => setOverrideReason(event.target.value)}
              maxLength={500}
            />
          )}
          <Select
            allowClear
            aria-label="修改对照表"
            placeholder="附修改对照表（可选）：选择与正式文本比对的早先版本"
            style={{ width: '100%' }}
            value={baseVersionId}
            onChange={(value: string | undefined) => setBaseVersionId(value)}
            options={data.versions
              .filter((version) => version.id !== data.issuedVersionId)
              .map((version) => ({ value: version.id, label: versionTitle(version.seq, version.label) }))}
          />
          <Input.Password
            aria-label="密码"
            placeholder="输入本人密码，用于对材料清单签名"
            value={password}
            status={passwordError ? 'error' : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
          {passwordError && <Typography.Text type="danger">{passwordError}</Typography.Text>}
          {(running || built || build.isError) && (
            <Steps
              size="small"
              current={built ? BUILD_STAGES.length : stage}
              status={build.isError ? 'error' : built ? 'finish' : 'process'}
              items={BUILD_STAGES.map((title) => ({ title }))}
            />
          )}
          {build.isError && !passwordError && (
            <Alert type="error" showIcon title="生成失败" description={errorMessage(build.error)} />
          )}
          {built && (
            <Alert
              type="success"
              showIcon
              title={`已生成备案材料包，备案字号 ${built.reportNumber}`}
              description={`共 ${built.files.length} 个文件；点击“保存”下载 .zip。`}
            />
          )}
        </Space>
      )}
    </Modal>
  );
}
