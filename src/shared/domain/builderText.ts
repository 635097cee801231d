/**
 * Text that belongs to the people who built the app, not to the office using it: file paths, section
 * signs of the design notes, confidence tags such as [P], template placeholders and the leftovers of a
 * value that was never filled in (undefined, NaN, [object Object]). The screen-text test scans every page
 * with it; nothing of the kind may reach a user's screen (outside 设置 › 规则配置, which shows sources).
 */

export type BuilderTextKind = 'file_path' | 'section_sign' | 'bracket_tag' | 'placeholder' | 'missing_value';

export interface BuilderTextMatch {
  kind: BuilderTextKind;
  match: string;
}

const FILE_EXTENSIONS = 'json|tsx?|jsx?|mjs|cjs|sql|md|yml|yaml|html|css';

const PATTERNS: readonly { kind: BuilderTextKind; pattern: RegExp }[] = [
  // resources/laws/library.json, src/main/…, C:\Users\…, /home/…, library.json, blocks.ts
  {
    kind: 'file_path',
    pattern: new RegExp(
      [
        String.raw`\b(?:resources|src|test|scripts|node_modules|out)/[\w./-]+`,
        String.raw`\b[A-Za-z]:\\[^\s，。；、）)]+`,
        String.raw`(?<![\w/])/(?:home|usr|tmp|var|etc|Users|opt|work)/[^\s，。；、）)]*`,
        String.raw`\b[\w-]+\.(?:${FILE_EXTENSIONS})\b`,
      ].join('|'),
      'g',
    ),
  },
  { kind: 'section_sign', pattern: /§\s*[\d.a-z–-]*/g },
  // [P] [M] [L] [W] [S] [TODO] [FIXME] — ASCII square brackets around a short Latin tag.
  { kind: 'bracket_tag', pattern: /\[(?:[A-Z]{1,3}|TODO|FIXME|XXX|TBD)(?:[/,][A-Z]{1,3})*\]/g },
  // {title}, ${count}, {{name}}
  { kind: 'placeholder', pattern: /\$?\{\{?\s*[A-Za-z_][\w.]*\s*\}?\}/g },
  {
    kind: 'missing_value',
    pattern: /(?<![A-Za-z])(?:undefined|null|NaN|\[object Object\])(?![A-Za-z])/g,
  },
];

/** Every piece of builders' text in a page's text, in the order of the patterns, each once. */
export function findBuilderText(text: string): BuilderTextMatch[] {
  const found: BuilderTextMatch[] = [];
  const seen = new Set<string>();
  for (const { kind, pattern } of PATTERNS) {
    for (const hit of text.matchAll(pattern)) {
      const match = hit[0].trim();
      const key = `${kind}|${match}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ kind, match });
    }
  }
  return found;
}
