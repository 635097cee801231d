import { AppError } from '../../api/client';

/** The issues of a refused INVALID_INPUT call, or null for any other outcome. */
export function invalidInputIssues(error: unknown): string[] | null {
  return error instanceof AppError && error.code === 'INVALID_INPUT' ? error.issues : null;
}
