import dayjs from 'dayjs';

/** Registry and timeline times: local time to the minute. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm');
}

export function formatDateTimeSeconds(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}
