import { Alert, Button, Input, Typography } from 'antd';
import { useState } from 'react';
import type { RuleProfile } from '../../../../shared/domain/ruleProfileSchema';
import { parseJsonText } from './jsonText';

interface Props {
  profile: RuleProfile;
  saving: boolean;
  /** Any parsed JSON: whether it is a valid profile is for the profile's schema to say. */
  onSave: (profile: RuleProfile) => void;
}

/** The whole profile as JSON, for the values the form does not offer (outcome sets, formats, sources). */
export function ProfileJsonEditor({ profile, saving, onSave }: Props) {
  const [text, setText] = useState(() => JSON.stringify(profile, null, 2));
  const [syntaxError, setSyntaxError] = useState<string | null>(null);

  const submit = () => {
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      setSyntaxError(parsed.message);
      return;
    }
    setSyntaxError(null);
    onSave(parsed.value as RuleProfile);
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        可修改全部内容，包括审核结论、备案结果、编号格式和各项依据。每项的可信度（confidence）可填
        P、W、L、S、M 或 local。
      </Typography.Paragraph>
      {syntaxError && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={syntaxError} />
      )}
      <Input.TextArea
        aria-label="规则配置 JSON"
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        autoSize={{ minRows: 18, maxRows: 28 }}
        style={{ fontFamily: 'Consolas, "Courier New", monospace', fontSize: 12 }}
      />
      <Button type="primary" loading={saving} style={{ marginTop: 12 }} onClick={submit}>
        保存 JSON
      </Button>
    </>
  );
}
