import { Space, Tag, Tooltip } from 'antd';
import type { DecisionItemView } from '../../../../shared/api';
import { PROCEDURE_STATE_LABELS } from '../../../../shared/domain/decisionCatalog';

type Procedures = NonNullable<DecisionItemView['document']>['procedures'];

const COLORS = { done: 'green', not_applicable: 'default', pending: 'orange' } as const;

/** The five procedures of a linked decision as small tags: done (with its day), 不适用 (with why), not done. */
export function ProcedureTags({ procedures }: { procedures: Procedures }) {
  return (
    <Space size={[4, 4]} wrap>
      {procedures.map((entry) => {
        const detail = entry.on ?? entry.note;
        const tag = (
          <Tag
            key={entry.procedure}
            color={COLORS[entry.state]}
            data-procedure={entry.procedure}
            data-state={entry.state}
            style={{ marginInlineEnd: 0 }}
          >
            {entry.label}
            {entry.state === 'done' ? '' : `（${PROCEDURE_STATE_LABELS[entry.state]}）`}
          </Tag>
        );
        return detail ? (
          <Tooltip key={entry.procedure} title={entry.state === 'done' ? `${detail}完成` : detail}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </Space>
  );
}
