import { SearchOutlined } from '@ant-design/icons';
import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { searchPagePath } from './searchParams';

/** The search box Ctrl+K opens: Enter goes to the 搜索 page with the words typed. */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [warning, setWarning] = useState('');
  const submit = () => {
    if (text.trim() === '') {
      setWarning('请输入要搜索的文字。');
      return;
    }
    onClose();
    void navigate(searchPagePath({ q: text.trim() }));
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      destroyOnHidden
      title="搜索"
      width={560}
      afterOpenChange={(visible) => {
        if (!visible) {
          setText('');
          setWarning('');
        }
      }}
    >
      <Input
        autoFocus
        size="large"
        prefix={<SearchOutlined />}
        placeholder="标题、文号、条文、批注、审核意见……"
        aria-label="搜索内容"
        value={text}
        status={warning ? 'warning' : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setWarning('');
        }}
        onPressEnter={submit}
      />
      <Typography.Text type={warning ? 'warning' : 'secondary'} style={{ display: 'block', marginTop: 8 }}>
        {warning || '按回车搜索；一个字也可以搜索，用引号括起的文字按整句查找。'}
      </Typography.Text>
    </Modal>
  );
}
