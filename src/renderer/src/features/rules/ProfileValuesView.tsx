import { Alert } from 'antd';
import { useMemo } from 'react';
import type { RuleProfile } from '../../../../shared/domain/ruleProfileSchema';
import { needsChecking } from './confidence';
import { profileGroups } from './profileGroups';
import { RuleGroupTable } from './RuleGroupTable';

/** Every value of the active profile, grouped, each with its basis and how sure that basis is. */
export function ProfileValuesView({ profile }: { profile: RuleProfile }) {
  const groups = useMemo(() => profileGroups(profile), [profile]);
  const unchecked = groups
    .flatMap((group) => group.rows)
    .filter((row) => needsChecking(row.source.confidence)).length;
  return (
    <>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title={profile.locality ? `所在地：${profile.locality}` : '所在地：未设定'}
        description={
          profile.locality
            ? `${profile.locality}的地方规定在审核要点和预审中标为“本地规定”，其他地方的规定标为“外地做法”。`
            : '未设定所在地时，各地的地方规定均标为“外地做法”，请按本地规定核实。可在“编辑配置”中填写所在地（locality）。'
        }
      />
      {unchecked > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`有 ${unchecked} 项取值标为“M 待核实”`}
          description="这些数值未能核对原文，请按本省、市现行规定核对；确认或调整后，将可信度改为相应等级。"
        />
      )}
      {groups.map((group) => (
        <RuleGroupTable key={group.key} group={group} />
      ))}
    </>
  );
}
