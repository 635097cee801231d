import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';

/** 校验完整性: walks the hash chain in main and says whether any entry was changed, removed or inserted. */
export function AuditVerifier() {
  const showError = useApiError();
  const verify = useMutation({ mutationFn: () => call('audit.verify', {}), onError: showError });
  const result = verify.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => verify.mutate()} loading={verify.isPending}>
        校验完整性
      </Button>
      {result?.ok === true && (
        <Alert type="success" showIcon title={`审计日志完整，已校验 ${result.checked} 条`} />
      )}
      {result?.ok === false && (
        <Alert
          type="error"
          showIcon
          title={`审计日志不完整：第 ${result.firstBrokenSeq ?? '?'} 条记录校验未通过`}
          description={`${result.reason ?? ''}（此前 ${result.checked} 条校验通过）`}
        />
      )}
    </Space>
  );
}
