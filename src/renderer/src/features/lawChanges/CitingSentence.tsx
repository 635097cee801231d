import { Typography } from 'antd';
import type { CitingSentence as Citation } from '../../../../shared/api';
import { formatChineseNumber } from '../../../../shared/domain/structure';

/** The citing sentence with the cited title marked, its place in the text and any renumbered article. */
export function CitingSentence({ citation }: { citation: Citation }) {
  const { sentence, citedAs, articles } = citation;
  const at = sentence.indexOf(citedAs);
  const withArticles = articles !== '' && sentence.startsWith(articles, at + citedAs.length);
  const end = at + citedAs.length + (withArticles ? articles.length : 0);
  return (
    <div style={{ marginBottom: 8 }} data-citing-sentence>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {citation.path || '正文'}
      </Typography.Text>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {at < 0 ? (
          sentence
        ) : (
          <>
            {sentence.slice(0, at)}
            <mark>{sentence.slice(at, end)}</mark>
            {sentence.slice(end)}
          </>
        )}
      </Typography.Paragraph>
      {citation.renumbered.map((moved) => (
        <Typography.Text
          key={`${moved.oldArticle}-${moved.newVersion}`}
          type="warning"
          style={{ fontSize: 12, display: 'block' }}
        >
          {moved.cited}
          {moved.newArticle === null
            ? '在现行文本中没有对应条文'
            : `现为第${formatChineseNumber(moved.newArticle)}条`}
          {moved.note ? `：${moved.note}` : ''}
        </Typography.Text>
      ))}
    </div>
  );
}
