import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sequentialIds, type Block } from '../../../../../src/shared/domain/blocks';
import {
  createLawLibrary,
  LawArticlesData,
  LawLibraryData,
  RenumberingData,
  type LawLibrary,
} from '../../../../../src/shared/domain/laws';
import {
  runPrecheck,
  type PrecheckFinding,
  type PrecheckInput,
} from '../../../../../src/shared/domain/precheck';
import { textToBlocks } from '../../../../../src/shared/domain/textToBlocks';

const RESOURCES = join(__dirname, '../../../../../resources');

let cached: LawLibrary | undefined;

/** The committed law library, as main loads it. */
export function lawLibrary(): LawLibrary {
  cached ??= createLawLibrary(
    LawLibraryData.parse(JSON.parse(readFileSync(join(RESOURCES, 'laws/library.json'), 'utf8'))),
    RenumberingData.parse(JSON.parse(readFileSync(join(RESOURCES, 'laws/renumbering.json'), 'utf8'))),
    LawArticlesData.parse(JSON.parse(readFileSync(join(RESOURCES, 'laws/articles.json'), 'utf8'))),
  );
  return cached;
}

/** Lines → blocks as a typed document (first line the title). */
export function documentBlocks(lines: readonly string[]): Block[] {
  return textToBlocks(lines, sequentialIds());
}

/** A sentence as the body of a one-article document, so clause rules see it as they would in a draft. */
export function sentenceBlocks(sentence: string): Block[] {
  return documentBlocks(['测试文件', sentence]);
}

export function precheck(
  lines: readonly string[],
  extra: Omit<PrecheckInput, 'blocks'> = {},
): PrecheckFinding[] {
  return runPrecheck({ library: lawLibrary(), ...extra, blocks: documentBlocks(lines) });
}

/** Findings of one rule (or rule prefix, e.g. 'power.') for a single sentence. */
export function findingsOf(
  rule: string,
  sentence: string,
  extra: Omit<PrecheckInput, 'blocks'> = {},
): PrecheckFinding[] {
  return runPrecheck({ library: lawLibrary(), ...extra, blocks: sentenceBlocks(sentence) }).filter(
    (finding) => (rule.endsWith('.') ? finding.ruleId.startsWith(rule) : finding.ruleId === rule),
  );
}

interface DemoDocument {
  title: string;
  issuingAuthority: string;
  kind: string;
  versions: { label: string; text: string[] }[];
}

/** A document of the demo workspace, with {机关} filled as the app fills it at setup. */
export function demoDocument(index: number, agencyName = '某区统计局'): DemoDocument {
  const workspace = JSON.parse(readFileSync(join(RESOURCES, 'demo/workspace.json'), 'utf8')) as {
    documents: DemoDocument[];
  };
  const document = workspace.documents[index];
  if (!document) throw new Error(`no demo document ${index}`);
  const fill = (text: string) => text.replaceAll('{机关}', agencyName);
  return {
    ...document,
    title: fill(document.title),
    issuingAuthority: fill(document.issuingAuthority),
    versions: document.versions.map((version) => ({ ...version, text: version.text.map(fill) })),
  };
}
