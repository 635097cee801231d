import { fireEvent, screen } from '@testing-library/react';

/** Types into the input labelled `label` (antd links labels to inputs by id). */
export function typeInto(label: string, value: string, container: ParentNode = document): void {
  const input = labelled(label, container);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

export function labelled(label: string, container: ParentNode = document): HTMLInputElement {
  const candidates = [...container.querySelectorAll('label')].filter(
    (element) => element.textContent?.trim() === label,
  );
  const target = candidates[0]?.getAttribute('for');
  const input = target ? container.querySelector<HTMLInputElement>(`[id="${target}"]`) : null;
  if (!input) throw new Error(`no input labelled ${label}`);
  return input;
}

/** antd puts a space between two Chinese characters of a button ("登 录"), so match loosely. */
export function button(name: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(name.split('').join('\\s*')) });
}

/** Wizard steps stay mounted and are hidden with the `hidden` attribute when not current. */
export function isShown(element: Element): boolean {
  return element.closest('[hidden]') === null;
}
