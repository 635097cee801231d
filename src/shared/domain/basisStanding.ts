import type { RuleConfidence } from './ruleCodes';

/**
 * How much weight a cited basis carries, in the words an office uses. The confidence tags of the rule
 * data (P, W, L, S, M) stay in the data and in 设置 › 规则配置; everywhere else a basis is cited as a user
 * cites it, and only where it matters gets a short plain note: another place's practice, or not yet
 * checked against the official text.
 */
export const BASIS_STANDINGS = ['statutory', 'local', 'own', 'elsewhere', 'unverified'] as const;
export type BasisStanding = (typeof BASIS_STANDINGS)[number];

export const BASIS_STANDING_LABELS: Record<BasisStanding, string> = {
  statutory: '法定依据',
  local: '本地规定',
  own: '本机关规定',
  elsewhere: '外地做法',
  unverified: '待核实',
};

/** The note shown beside a basis; none where the basis can be relied on as cited. */
export const BASIS_NOTES: Record<BasisStanding, string | null> = {
  statutory: null,
  local: null,
  own: null,
  elsewhere: '依据为外地做法，请按本地规定核实',
  unverified: '依据待核实，请以正式文本为准',
};

/** The legend beside a list that carries such notes. */
export const BASIS_LEGEND: readonly { standing: BasisStanding; label: string; meaning: string }[] = [
  {
    standing: 'statutory',
    label: '法定依据',
    meaning: '法律、法规、规章或者国务院文件的规定，已核对正式文本',
  },
  { standing: 'local', label: '本地规定', meaning: '本机关所在地的地方性规定（所在地见规则配置）' },
  { standing: 'own', label: '本机关规定', meaning: '本机关在规则配置中自行设定' },
  { standing: 'elsewhere', label: '外地做法', meaning: '其他地方的规定或者做法，供参考，请按本地规定核实' },
  { standing: 'unverified', label: '待核实', meaning: '尚未核对正式文本，请以正式文本为准' },
];

/** 上海市 → 上海: the name as it appears inside a citation (上海市…规定, 沪…). */
function placeName(locality: string): string {
  return locality
    .trim()
    .replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|省|市|区|县)$/u, '');
}

/**
 * Whether a local basis is the active profile's own place: its citation or recorded origin names the
 * profile's locality. Without a locality every local rule is another place's.
 */
export function isOwnLocality(locality: string, ...texts: (string | undefined)[]): boolean {
  const place = placeName(locality);
  return place.length >= 2 && texts.some((text) => text?.includes(place));
}

/**
 * The standing of a basis for the office using the profile of `locality`: a local rule ([L]) is 本地规定
 * when it is this place's own (named in its citation or origin), otherwise 外地做法.
 */
export function standingOf(
  confidence: RuleConfidence,
  locality = '',
  ...citedAs: (string | undefined)[]
): BasisStanding {
  if (confidence === 'L' && isOwnLocality(locality, ...citedAs)) return 'local';
  switch (confidence) {
    case 'P':
    case 'W':
      return 'statutory';
    case 'local':
      return 'own';
    case 'L':
      return 'elsewhere';
    case 'S':
    case 'M':
      return 'unverified';
  }
}

/** The plain note for a basis of this confidence, or null where none is needed. */
export function basisNote(
  confidence: RuleConfidence,
  locality = '',
  ...citedAs: (string | undefined)[]
): string | null {
  return BASIS_NOTES[standingOf(confidence, locality, ...citedAs)];
}
