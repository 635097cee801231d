export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * JSON.parse with a Chinese message that points at the line and column, since the engine's own message
 * is English and counts characters from the start of the file.
 */
export function parseJsonText(text: string): JsonParseResult {
  if (text.trim() === '') return { ok: false, message: '内容为空，不是有效的 JSON。' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(detail)?.[1];
    if (position === undefined) {
      return { ok: false, message: '不是有效的 JSON，请检查括号、引号和逗号是否成对、完整。' };
    }
    const before = text.slice(0, Number(position)).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    return {
      ok: false,
      message: `不是有效的 JSON：第 ${line} 行第 ${column} 列附近有格式错误，请检查括号、引号和逗号。`,
    };
  }
}
