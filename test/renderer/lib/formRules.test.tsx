import { fireEvent, render, screen } from '@testing-library/react';
import { Button, Form, Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AntdProviders } from '../../../src/renderer/src/lib/antd/AntdProviders';
import { zodRule } from '../../../src/renderer/src/lib/formRules';

const Title = z.string().trim().min(1, '请填写标题');
const Note = z.string().max(10, '说明不超过10字');

function TwoFields() {
  return (
    <AntdProviders>
      <Form>
        <Form.Item label="标题" name="title" rules={[zodRule(Title)]}>
          <Input />
        </Form.Item>
        <Form.Item label="说明" name="note" rules={[zodRule(Note)]}>
          <Input />
        </Form.Item>
        <Button htmlType="submit">提交</Button>
      </Form>
    </AntdProviders>
  );
}

describe('zodRule', () => {
  it('marks a field the schema refuses empty as required (the red mark), and an optional one not', () => {
    render(<TwoFields />);
    const required = (name: string) =>
      document.querySelector(`label[for="${name}"]`)?.classList.contains('ant-form-item-required');
    expect(required('title')).toBe(true);
    expect(required('note')).toBe(false);
  });

  it("keeps the schema's own message for an empty required field", async () => {
    render(<TwoFields />);
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请填写标题')).toBeTruthy();
  });
});
