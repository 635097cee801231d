/** The stages the dialog shows while a package is built (the server reports none; see useBuildStages). */
export const BUILD_STAGES = [
  '检查材料',
  '生成备案报告',
  '正式文本',
  '说明、依据与意见',
  '签名并打包',
] as const;

/** Stage to show after `elapsed` ms of a build of about `expected` ms; the last one waits for the answer. */
export function stageAt(elapsed: number, expected: number): number {
  const step = expected / (BUILD_STAGES.length - 1);
  return Math.min(BUILD_STAGES.length - 1, 1 + Math.floor(elapsed / step));
}
