import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ChannelInput, DocumentFilingView } from '../../../../shared/api';
import { AppError, call, errorMessage } from '../../api/client';
import { useApiError } from '../../lib/useApiError';

type FilingMutation = 'filings.submit' | 'filings.recordOutcome' | 'filings.addLetter';

/** The calendar day of a date picker's value, as the API writes dates. */
export function isoDay(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

export const todayValue = () => dayjs();

/**
 * One change of the register from a dialog. A refusal of the rules or of the role stays in the dialog
 * in Chinese; what else changed (the document's status, the register, the dashboard) is read again by
 * the client (shared/api/invalidation.ts).
 */
export function useFilingMutation<C extends FilingMutation>(
  channel: C,
  onDone: (view: DocumentFilingView) => void,
) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const showError = useApiError();
  const mutation = useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input) as Promise<DocumentFilingView>,
  });
  const run = (input: ChannelInput<C>, form: FormInstance) => {
    setRefusal(null);
    mutation.mutate(input, {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof AppError && error.code !== 'UNAUTHENTICATED' && error.code !== 'INTERNAL') {
          setRefusal(errorMessage(error));
          if (error.code === 'INVALID_INPUT') showError(error, form);
        } else {
          showError(error);
        }
      },
    });
  };
  return { run, refusal, pending: mutation.isPending };
}
