import { Form, Input, Select } from 'antd';
import { DocumentMetadataInput } from '../../../../shared/api';
import { zodRule } from '../../lib/formRules';
import { KIND_OPTIONS } from './labels';

const SHAPE = DocumentMetadataInput.shape;

/** The registry metadata fields, shared by 登记文件 and 编辑信息; rules are the contract's. */
export function DocumentMetadataFields() {
  return (
    <>
      <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
        <Select options={KIND_OPTIONS} placeholder="请选择类别" />
      </Form.Item>
      <Form.Item label="标题" name="title" rules={[zodRule(SHAPE.title)]}>
        <Input placeholder="例如：关于规范统计调查项目管理的通知" maxLength={200} />
      </Form.Item>
      <Form.Item label="起草单位" name="draftingUnit" rules={[zodRule(SHAPE.draftingUnit)]}>
        <Input placeholder="例如：综合科" maxLength={100} />
      </Form.Item>
      <Form.Item label="制定机关" name="issuingAuthority" rules={[zodRule(SHAPE.issuingAuthority)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="责任人" name="responsiblePerson" rules={[zodRule(SHAPE.responsiblePerson)]}>
        <Input placeholder="选填" maxLength={40} />
      </Form.Item>
    </>
  );
}
