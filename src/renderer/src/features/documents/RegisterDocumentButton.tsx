import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../lib/useApi';
import { RegisterDocumentModal } from './RegisterDocumentModal';

/** 登记文件 and its dialog (the agency is the default 制定机关). */
export function RegisterDocumentButton() {
  const [registering, setRegistering] = useState(false);
  const agency = useApiQuery('settings.getAgency', {});
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
        登记文件
      </Button>
      {registering && (
        <RegisterDocumentModal
          agencyName={agency.data?.agencyName ?? ''}
          onClose={() => setRegistering(false)}
        />
      )}
    </>
  );
}
