import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  icon?: ReactNode;
  text?: string;
  onClick: () => void;
}

/** A toolbar button that leaves the focus (and so the selection) in the page. */
export function ToolButton({ label, shortcut, active, disabled, icon, text, onClick }: ToolButtonProps) {
  return (
    <Tooltip title={shortcut ? `${label}（${shortcut}）` : label} mouseEnterDelay={0.4}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        icon={icon}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      >
        {text}
      </Button>
    </Tooltip>
  );
}
