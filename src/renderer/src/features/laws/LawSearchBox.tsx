import { Input } from 'antd';
import { useState } from 'react';

interface Props {
  q: string;
  onSearch: (q: string) => void;
}

/** The search box keeps what is being typed, and follows the address when it changes (back, a link). */
export function LawSearchBox({ q, onSearch }: Props) {
  const [text, setText] = useState(q);
  const [searched, setSearched] = useState(q);
  if (searched !== q) {
    setSearched(q);
    setText(q);
  }
  return (
    <Input.Search
      aria-label="搜索法律法规"
      placeholder="名称或简称，例如：统计法"
      value={text}
      onChange={(event) => setText(event.target.value)}
      allowClear
      enterButton="搜索"
      style={{ width: 360 }}
      onSearch={(value) => onSearch(value.trim())}
    />
  );
}
