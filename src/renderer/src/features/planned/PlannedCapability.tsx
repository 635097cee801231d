import { Card, Result } from 'antd';

/** A section whose capability is not built yet: says so plainly instead of showing sample data. */
export function PlannedCapability({ title, description }: { title: string; description: string }) {
  return (
    <Card>
      <Result status="info" title={`${title}功能将在后续版本提供`} subTitle={description} />
    </Card>
  );
}
