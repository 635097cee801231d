import { Alert } from 'antd';
import { describeIssue } from './issueText';

interface Props {
  /** Validation issues as the server words them: "path.to.field：message". */
  issues: readonly string[] | null;
  /** The input field the issues' paths start with ('profile', 'file'). */
  inputField: string;
  title: string;
}

/** A refused save with each validation issue on its own line, its place named in Chinese. */
export function IssueList({ issues, inputField, title }: Props) {
  if (!issues || issues.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={`${title}（${issues.length} 处问题）`}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {issues.map((issue) => (
            <li key={issue}>{describeIssue(issue, inputField)}</li>
          ))}
        </ul>
      }
    />
  );
}
