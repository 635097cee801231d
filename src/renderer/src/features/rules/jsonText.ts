export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters (RFC 8259 §7), so the pattern names them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Where a JSON text first goes wrong. The engine's own message names the offset only for some errors
 * ("Unexpected token ']' … is not valid JSON" has none), so the text is scanned again here.
 */
function syntaxErrorOffset(text: string): number | null {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) throw new SyntaxAt(at);
    at = pattern.lastIndex;
  };
  const list = (close: string, member: () => void) => {
    at += 1;
    space();
    if (text.charAt(at) === close) {
      at += 1;
      return;
    }
    for (;;) {
      member();
      space();
      const next = text.charAt(at);
      at += 1;
      if (next === close) return;
      if (next !== ',') throw new SyntaxAt(at - 1);
      space();
    }
  };
  const value = (): void => {
    space();
    const first = text.charAt(at);
    if (first === '{') {
      list('}', () => {
        if (text.charAt(at) !== '"') throw new SyntaxAt(at);
        sticky(STRING);
        space();
        if (text.charAt(at) !== ':') throw new SyntaxAt(at);
        at += 1;
        value();
      });
    } else if (first === '[') list(']', value);
    else if (first === '"') sticky(STRING);
    else if (text.startsWith('true', at)) at += 4;
    else if (text.startsWith('false', at)) at += 5;
    else if (text.startsWith('null', at)) at += 4;
    else sticky(NUMBER);
  };
  try {
    value();
    space();
    return at < text.length ? at : null;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
}

/** JSON.parse with a Chinese message that points at the line and column of the first mistake. */
export function parseJsonText(text: string): JsonParseResult {
  if (text.trim() === '') return { ok: false, message: '内容为空，不是有效的 JSON。' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const offset = syntaxErrorOffset(text);
    if (offset === null) {
      return { ok: false, message: '不是有效的 JSON，请检查括号、引号和逗号是否成对、完整。' };
    }
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    return {
      ok: false,
      message: `不是有效的 JSON：第 ${line} 行第 ${column} 列附近有格式错误，请检查括号、引号和逗号。`,
    };
  }
}
