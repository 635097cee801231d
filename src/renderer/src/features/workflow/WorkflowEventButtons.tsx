import { Button, Flex, Tooltip, Typography } from 'antd';
import type { WorkflowView } from '../../../../shared/api';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';

type WorkflowAction = WorkflowView['events'][number];

interface Props {
  events: WorkflowAction[];
  roles: readonly Role[];
  onPick: (event: WorkflowAction) => void;
}

function isRole(role: string): role is Role {
  return Object.hasOwn(ROLE_LABELS, role);
}

/** Why the signed-in account cannot take a step, or null when it may try. */
export function unavailableReason(event: WorkflowAction, roles: readonly Role[]): string | null {
  if (event.blockedReason) return event.blockedReason;
  if (event.roles.some((role) => isRole(role) && roles.includes(role))) return null;
  const allowed = event.roles.filter(isRole).map((role) => ROLE_LABELS[role]);
  return `仅${allowed.join('、') || '指定人员'}可以执行“${event.label}”。`;
}

/** A button per step the current state allows; a blocked one is disabled and says why. */
export function WorkflowEventButtons({ events, roles, onPick }: Props) {
  if (events.length === 0) {
    return <Typography.Text type="secondary">当前状态没有可执行的流程操作。</Typography.Text>;
  }
  const reasons = events.map((event) => unavailableReason(event, roles));
  const primary = reasons.findIndex((reason) => reason === null);
  const blocked = events.flatMap((event) =>
    event.blockedReason ? [{ label: event.label, reason: event.blockedReason }] : [],
  );
  return (
    <div>
      <Flex gap={8} wrap>
        {events.map((event, index) => {
          const reason = reasons[index] ?? null;
          return (
            <Tooltip key={event.type} title={reason}>
              {/* A disabled button receives no mouse events; the wrapper shows the tooltip instead. */}
              <span style={{ display: 'inline-block', cursor: reason ? 'not-allowed' : undefined }}>
                <Button
                  type={index === primary ? 'primary' : 'default'}
                  disabled={reason !== null}
                  data-event={event.type}
                  style={reason ? { pointerEvents: 'none' } : undefined}
                  onClick={() => onPick(event)}
                >
                  {event.label}
                </Button>
              </span>
            </Tooltip>
          );
        })}
      </Flex>
      {blocked.map((item) => (
        <Typography.Paragraph
          key={item.label}
          type="secondary"
          style={{ margin: '8px 0 0', fontSize: 13 }}
          data-blocked-reason
        >
          {item.label}：{item.reason}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
