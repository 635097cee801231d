/**
 * Number templates for 发文字号 and 规范性文件登记号 (RULES.md §1.8, §5 7.2.5). Localities write their
 * 登记号 differently (杨管规〔2012〕001, HFGS—2017—9 …), so the format is a rule-profile setting written in
 * a small template language: literal text plus the fields {year}, {seq}, {seq:3} (zero-padded to 3
 * digits), {agencyCode} (机关代字) and {region} (区域简称).
 */

export const NUMBER_FIELDS = ['year', 'seq', 'agencyCode', 'region'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export const NUMBER_FIELD_LABELS: Record<NumberField, string> = {
  year: '年份',
  seq: '流水号',
  agencyCode: '机关代字',
  region: '区域简称',
};

export interface NumberValues {
  year: number;
  seq: number;
  agencyCode?: string;
  region?: string;
}

type Token = { type: 'text'; text: string } | { type: 'field'; name: NumberField; width?: number };

interface ParsedTemplate {
  tokens: Token[];
  problems: string[];
}

const FIELD = /^([A-Za-z]+)(?::(\d+))?$/;

function isNumberField(name: string): name is NumberField {
  return (NUMBER_FIELDS as readonly string[]).includes(name);
}

function tokenize(template: string): ParsedTemplate {
  const tokens: Token[] = [];
  const problems: string[] = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close !== -1 && (open === -1 || close < open)) {
      problems.push('模板中有多余的“}”');
      break;
    }
    if (open === -1) {
      tokens.push({ type: 'text', text: rest });
      break;
    }
    if (open > 0) tokens.push({ type: 'text', text: rest.slice(0, open) });
    const end = rest.indexOf('}', open);
    if (end === -1) {
      problems.push('模板中的“{”没有对应的“}”');
      break;
    }
    const body = rest.slice(open + 1, end);
    const match = FIELD.exec(body);
    const name = match?.[1] ?? '';
    if (!match || !isNumberField(name)) {
      problems.push(`模板中有未知的字段“{${body}}”（可用：{year} {seq} {seq:3} {agencyCode} {region}）`);
    } else if (match[2] !== undefined) {
      const width = Number(match[2]);
      if (name !== 'seq') problems.push(`只有流水号可以指定位数，“{${body}}”不可以`);
      else if (width < 1 || width > 6) problems.push('流水号位数应在 1–6 之间');
      tokens.push({ type: 'field', name, width });
    } else {
      tokens.push({ type: 'field', name });
    }
    rest = rest.slice(end + 1);
  }
  const fields = tokens.flatMap((token) => (token.type === 'field' ? [token.name] : []));
  for (const required of ['year', 'seq'] as const) {
    if (!fields.includes(required))
      problems.push(`模板必须包含${NUMBER_FIELD_LABELS[required]}{${required}}`);
  }
  if (new Set(fields).size !== fields.length) problems.push('同一字段在模板中只能出现一次');
  return { tokens, problems };
}

/** Problems of a template in Chinese; empty when it can be used. */
export function templateProblems(template: string): string[] {
  return tokenize(template).problems;
}

/**
 * Extra rules for a 发文字号 template (GB/T 9704—2012 7.2.5): the year in 六角括号〔〕, no "第", no
 * padded sequence (不编虚位), ending with "号".
 */
export function docNumberTemplateProblems(template: string): string[] {
  const problems = templateProblems(template);
  if (!template.includes('〔{year}〕')) problems.push('发文字号的年份应写在六角括号中：〔{year}〕');
  if (template.includes('第')) problems.push('发文字号的顺序号前不加“第”字');
  if (/\{seq:\d+\}/.test(template)) problems.push('发文字号的顺序号不编虚位（不补零）');
  if (!/\{seq(?::\d+)?\}号$/.test(template)) problems.push('发文字号应以“{seq}号”结尾');
  return problems;
}

function fieldText(token: Extract<Token, { type: 'field' }>, values: NumberValues): string {
  const value = values[token.name];
  if (token.name === 'year' || token.name === 'seq') {
    const number = value as number;
    const [min, max] = token.name === 'year' ? [1000, 9999] : [1, 999_999];
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new RangeError(`${NUMBER_FIELD_LABELS[token.name]}不正确：${String(number)}`);
    }
    return token.width ? String(number).padStart(token.width, '0') : String(number);
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new RangeError(`编号格式用到了${NUMBER_FIELD_LABELS[token.name]}，但尚未设置`);
  return text;
}

/** formatNumber('{region}规〔{year}〕{seq:3}', {region: '杨管', year: 2012, seq: 1}) → '杨管规〔2012〕001'. */
export function formatNumber(template: string, values: NumberValues): string {
  const { tokens, problems } = tokenize(template);
  if (problems.length > 0) throw new RangeError(`编号格式有误：${problems.join('；')}`);
  return tokens.map((token) => (token.type === 'text' ? token.text : fieldText(token, values))).join('');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads the fields back from a number written with the template (to find the highest 流水号 of a year,
 * or to check a typed-in number). Known text fields narrow the match. Null when the text does not fit.
 */
export function parseNumber(
  template: string,
  text: string,
  known: Pick<NumberValues, 'agencyCode' | 'region'> = {},
): NumberValues | null {
  const { tokens, problems } = tokenize(template);
  if (problems.length > 0) return null;
  const names: NumberField[] = [];
  const pattern = tokens
    .map((token) => {
      if (token.type === 'text') return escapeRegExp(token.text);
      names.push(token.name);
      if (token.name === 'year') return '(\\d{4})';
      if (token.name === 'seq') return token.width ? `(\\d{${token.width},})` : '([1-9]\\d*)';
      const fixed = known[token.name];
      return fixed ? `(${escapeRegExp(fixed)})` : '(.+?)';
    })
    .join('');
  const match = new RegExp(`^${pattern}$`, 'u').exec(text.trim());
  if (!match) return null;
  const result: NumberValues = { year: 0, seq: 0 };
  names.forEach((name, index) => {
    const value = match[index + 1] ?? '';
    if (name === 'year' || name === 'seq') result[name] = Number(value);
    else result[name] = value;
  });
  return result;
}

/**
 * The series a template numbers in, with its text fields filled in and the year and 流水号 left as
 * fields: `区统〔{year}〕{seq}号`. Two kinds whose templates render the same share one series (and one
 * counter), so that they can never be given the same number.
 */
export function seriesScope(template: string, known: Pick<NumberValues, 'agencyCode' | 'region'>): string {
  const { tokens, problems } = tokenize(template);
  if (problems.length > 0) throw new RangeError(`编号格式有误：${problems.join('；')}`);
  return tokens
    .map((token) => {
      if (token.type === 'text') return token.text;
      if (token.name === 'year' || token.name === 'seq')
        return token.width ? `{${token.name}:${token.width}}` : `{${token.name}}`;
      return fieldText(token, { year: 0, seq: 0, ...known });
    })
    .join('');
}

const DIGIT_WORDS = ['', '一', '两', '三', '四', '五', '六'];

/**
 * A template in words for the people who read it (never `{placeholder}`s):
 * `{agencyCode}〔{year}〕{seq}号` with 机关代字 区统 → 机关代字“区统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位.
 * `seqName` is how the series calls its number (发文字号: 顺序号; 登记号: 流水号).
 */
export function describeNumberFormat(
  template: string,
  known: Pick<NumberValues, 'agencyCode' | 'region'> = {},
  seqName: string = NUMBER_FIELD_LABELS.seq,
): string {
  const { tokens, problems } = tokenize(template);
  if (problems.length > 0) return `编号格式有误：${problems.join('；')}`;
  const parts: string[] = [];
  let padded = false;
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    if (token.type === 'text') {
      // 〔{year}〕 reads as one part: 六角括号年份.
      let text = token.text;
      if (after?.type === 'field' && after.name === 'year' && text.endsWith('〔')) text = text.slice(0, -1);
      if (before?.type === 'field' && before.name === 'year' && text.startsWith('〕')) text = text.slice(1);
      if (text) parts.push(`“${text}”`);
      return;
    }
    switch (token.name) {
      case 'agencyCode':
      case 'region': {
        const value = known[token.name]?.trim();
        parts.push(`${NUMBER_FIELD_LABELS[token.name]}${value ? `“${value}”` : '（尚未设置）'}`);
        return;
      }
      case 'year': {
        const bracketed =
          before?.type === 'text' &&
          before.text.endsWith('〔') &&
          after?.type === 'text' &&
          after.text.startsWith('〕');
        parts.push(bracketed ? '六角括号年份' : '四位年份');
        return;
      }
      case 'seq':
        if (token.width) {
          padded = true;
          const digits = DIGIT_WORDS[token.width] ?? String(token.width);
          parts.push(`${digits}位${seqName}（不足${digits}位前面补零）`);
        } else parts.push(seqName);
    }
  });
  return `${parts.join('＋')}${padded ? '' : `，${seqName}不编虚位`}`;
}
