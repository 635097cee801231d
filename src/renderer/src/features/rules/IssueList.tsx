import { Alert } from 'antd';
import { AppError, errorMessage } from '../../api/client';
import { describeIssue } from './issueText';

interface Props {
  error: unknown;
  /** The input field the issues' paths start with ('profile', 'file'). */
  inputField: string;
  title: string;
}

/** A refused save with each of the server's validation issues on its own line. */
export function IssueList({ error, inputField, title }: Props) {
  if (!error) return null;
  const issues = error instanceof AppError ? error.issues : [];
  if (issues.length === 0) {
    return <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(error)} />;
  }
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
