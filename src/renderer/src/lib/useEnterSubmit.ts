import { type KeyboardEvent, useCallback } from 'react';

/** antd's dropdowns (select, auto-complete, cascader, date and time pickers) while one is showing. */
const OPEN_DROPDOWN =
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-picker-dropdown:not(.ant-picker-dropdown-hidden), .ant-cascader-dropdown:not(.ant-select-dropdown-hidden)';

/**
 * Whether Enter typed here should submit the dialog: a plain Enter (not while composing Chinese with an
 * input method) in a one-line field; not in a text area or on a button, and not while a dropdown is open,
 * where Enter picks the highlighted option.
 */
export function enterSubmits(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.key !== 'Enter' || event.defaultPrevented) return false;
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || event.nativeEvent.isComposing)
    return false;
  const target = event.target as HTMLElement;
  if (target.tagName !== 'INPUT') return false;
  if (['checkbox', 'radio', 'button', 'submit', 'file'].includes((target as HTMLInputElement).type))
    return false;
  if (target.getAttribute('aria-expanded') === 'true') return false;
  return target.ownerDocument.querySelector(OPEN_DROPDOWN) === null;
}

/**
 * Enter submits the dialog it is typed in: put the returned handler on the dialog's Form (`onKeyDown`).
 * One helper for every dialog, so they all behave alike.
 */
export function useEnterSubmit(submit: () => void): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!enterSubmits(event)) return;
      event.preventDefault();
      submit();
    },
    [submit],
  );
}
