import { Checkbox } from 'antd';
import type { GetProps } from 'antd';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/roles';

const OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** All five roles as checkboxes; used inside a Form.Item, which supplies value and onChange. */
export function RoleCheckboxes(props: GetProps<typeof Checkbox.Group>) {
  return <Checkbox.Group options={OPTIONS} {...props} />;
}
