/** 第 n 版: how a saved version is named by its sequence number, everywhere in the app and its files. */
export function versionName(seq: number): string {
  return `第 ${seq} 版`;
}

/** 第 n 版 · 送审稿: a version with its label (just 第 n 版 when the label is empty). */
export function versionTitle(seq: number, label: string): string {
  return label ? `${versionName(seq)} · ${label}` : versionName(seq);
}
