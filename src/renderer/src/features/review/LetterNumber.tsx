import { Button, Popconfirm, Space, Typography } from 'antd';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { call } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useReviewCaseMutation } from './useReviewCaseMutation';

/**
 * 审核意见书文号: shown once given; before that, a concluded case's reviewer gives it (the next number of
 * the year in the profile's format). Until then the exported letter leaves the 顺序号 blank.
 */
export function LetterNumber({ detail }: { detail: ReviewCaseDetail }) {
  const isReviewer = useHasRole('reviewer');
  const assign = useReviewCaseMutation(detail.case.id, () =>
    call('reviews.assignLetterNumber', { caseId: detail.case.id }),
  );
  if (detail.letterNumber) {
    return <Typography.Text data-testid="letter-number">{detail.letterNumber}</Typography.Text>;
  }
  return (
    <Space size="small" wrap>
      <Typography.Text type="secondary">尚未编号，导出的意见书留空待填</Typography.Text>
      {isReviewer && detail.case.state === 'concluded' && (
        <Popconfirm
          title="给意见书编号"
          description="将按规则配置的格式给予本年度下一个文号，编号一经给予不再更改。"
          okText="确认编号"
          cancelText="取消"
          onConfirm={() => assign.mutate(undefined)}
        >
          <Button size="small" loading={assign.isPending}>
            给意见书编号
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
