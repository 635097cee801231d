import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Button, Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { SaveVersionModal } from '../../../src/renderer/src/features/drafting/versions/SaveVersionModal';
import { AntdProviders } from '../../../src/renderer/src/lib/antd/AntdProviders';
import { useEnterSubmit } from '../../../src/renderer/src/lib/useEnterSubmit';

function renderSaveVersion() {
  const onSubmit = vi.fn(() => Promise.resolve());
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AntdProviders>
        <SaveVersionModal open onCancel={() => undefined} onSubmit={onSubmit} />
      </AntdProviders>
    </QueryClientProvider>,
  );
  return onSubmit;
}

describe('Enter submits the dialog it is typed in', () => {
  it('保存版本: Enter in the label field saves with the label typed', async () => {
    const onSubmit = renderSaveVersion();
    const label = await screen.findByLabelText('版本标签');
    fireEvent.change(label, { target: { value: '征求意见稿' } });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    fireEvent.keyDown(label, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ label: '征求意见稿', note: '' }));
  });

  it('保存版本: Enter in the 说明 text area starts a new line and does not save', async () => {
    const onSubmit = renderSaveVersion();
    const note = await screen.findByLabelText('说明');
    fireEvent.keyDown(note, { key: 'Enter', code: 'Enter' });
    // Give a wrongly started submit the time to reach onSubmit: validation resolves in a microtask.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('保存版本: Enter while the label suggestions are open picks one and does not save', async () => {
    const onSubmit = renderSaveVersion();
    const label = await screen.findByLabelText('版本标签');
    fireEvent.change(label, { target: { value: '' } });
    fireEvent.mouseDown(label);
    fireEvent.focus(label);
    fireEvent.keyDown(label, { key: 'ArrowDown', code: 'ArrowDown' });
    await waitFor(() => expect(label.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(label, { key: 'Enter', code: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a required field empty: Enter shows its message instead of submitting, and the field shows the red mark', async () => {
    const onSubmit = renderSaveVersion();
    const label = await screen.findByLabelText('版本标签');
    fireEvent.change(label, { target: { value: '' } });
    fireEvent.keyDown(label, { key: 'Enter', code: 'Enter' });
    expect(await screen.findByText('请填写版本标签')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    const mark = document.querySelector('label[for="label"]');
    expect(mark?.className).toContain('ant-form-item-required');
  });

  it('the shared hook leaves composing text (输入法) alone', () => {
    const submit = vi.fn();
    function Dialog() {
      const onKeyDown = useEnterSubmit(submit);
      return (
        <Form onKeyDown={onKeyDown}>
          <Input aria-label="名称" />
        </Form>
      );
    }
    render(<Dialog />);
    const input = screen.getByLabelText('名称');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(submit).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(submit).toHaveBeenCalledTimes(1);
  });
});

describe('buttons', () => {
  it('two-character labels are not spaced apart (保存, not 保 存)', () => {
    render(
      <AntdProviders>
        <Button>保存</Button>
        <Button type="primary">打印</Button>
      </AntdProviders>,
    );
    for (const name of ['保存', '打印']) {
      const button = screen.getByRole('button', { name });
      expect(button.textContent).toBe(name);
    }
  });

  it("without the app's setting antd would space them (so the check above can fail)", () => {
    render(<Button>取消</Button>);
    expect(screen.getByRole('button').textContent).toBe('取 消');
  });
});
