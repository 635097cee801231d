import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { ProfileEditorModal } from './ProfileEditorModal';
import { ProfileSwitcher } from './ProfileSwitcher';
import { BuiltinSources } from './BuiltinSources';
import { ProfileValuesView } from './ProfileValuesView';

/**
 * 设置 › 规则配置: which profile the workstation counts deadlines and offers outcomes with, every value
 * with its basis; administrators switch to another built-in profile or edit a copy.
 */
export function RuleProfilePanel() {
  const rules = useApiQuery('rules.get', {});
  const isAdmin = useHasRole('admin');
  const [editing, setEditing] = useState(false);

  if (rules.isPending) return <Skeleton active />;
  if (rules.isError) return <Alert type="error" showIcon title={errorMessage(rules.error)} />;
  const { profile, customized, customUnreadable } = rules.data;

  return (
    <>
      {customUnreadable && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="本机修改过的规则配置无法读取（可能由其他版本写入），目前使用下面的内置配置计算期限。请管理员重新修改或选择规则配置。"
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 140 } }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'active',
            label: '当前规则配置',
            children: (
              <Space wrap>
                <Typography.Text strong>{profile.name}</Typography.Text>
                {customized ? <Tag color="orange">本机修改</Tag> : <Tag color="blue">内置</Tag>}
              </Space>
            ),
          },
          { key: 'description', label: '说明', children: profile.description || '—' },
          ...(isAdmin
            ? [
                {
                  key: 'switch',
                  label: '更换或修改',
                  children: (
                    <Space wrap>
                      <ProfileSwitcher rules={rules.data} />
                      <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                        修改规则配置
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!isAdmin && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="规则配置只能由管理员更换或修改。" />
      )}
      <ProfileValuesView profile={profile} />
      <BuiltinSources />
      {editing && <ProfileEditorModal profile={profile} onClose={() => setEditing(false)} />}
    </>
  );
}
