import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { AppError, errorMessage } from '../api/client';
import { ME_KEY } from './queryClient';
import { issuesToFields } from './formRules';

/**
 * What the UI does with a failed call: an expired session goes back to sign-in; invalid input lands on
 * the form's fields when a form is given; everything else is a message with the Chinese text.
 */
export function useApiError(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        void message.warning(error.message);
        void queryClient.invalidateQueries({ queryKey: ME_KEY });
        return;
      }
      if (form && error instanceof AppError && error.code === 'INVALID_INPUT' && error.issues.length > 0) {
        const { fields, general } = issuesToFields(error.issues);
        const known = fields.filter((field) => isRegistered(form, field.name));
        form.setFields(known);
        const rest = [
          ...general,
          ...fields.filter((field) => !known.includes(field)).flatMap((f) => f.errors),
        ];
        void message.error(rest.length > 0 ? `${error.message}${rest.join('；')}` : error.message);
        return;
      }
      void message.error(errorMessage(error));
    },
    [message, queryClient],
  );
}

function isRegistered(form: FormInstance, name: (string | number)[]): boolean {
  return form.getFieldInstance(name) !== undefined;
}
