import { parseCitations, type ArticleReference, type Citation } from '../citations';
import {
  lawKey,
  predecessorOf,
  renumberArticle,
  type LawEntry,
  type LawLibrary,
  type RenumberingTable,
} from '../laws';
import { formatChineseNumber } from '../structure/chineseNumerals';
import { formatChineseDate } from './dates';
import { report, sentenceAround, type ScanContext, type ScannedBlock } from './scan';
import { citingContext, longestSharedRun, overlap } from './citingContext';
import { checkDoubtful } from './citationStatus';
import { isOwnTitle, ownTitles } from './ownTitle';

/**
 * Citations checked against the law library: repealed → error naming the replacement; an older version
 * cited by name → warning; articles of an amended and renumbered law → warning with the current number;
 * titles of laws and documents the library does not know → note.
 */

/** Titles that name a legal instrument (not a form, a book or a newspaper). */
const INSTRUMENT =
  /(?:法|条例|规定|办法|细则|决定|规则|意见|通知|解释|标准|准则|纲要|制度|规范|方案)(?:[（(][^）)]*[)）])?$/;

const AMENDING_ACT = /关于(?:修改|废止|修订)/;
/** 《决定》, 《规定》: a short name defined earlier in the text (以下简称《规定》), not a title. */
const GENERIC_NAME = /^(?:本)?(?:法|决定|规定|办法|条例|细则|意见|通知|规则|标准|方案)$/;

function article(number: number): string {
  return `第${formatChineseNumber(number)}条`;
}

function year(iso: string): string {
  return iso.slice(0, 4);
}

function checkRepealed(
  context: ScanContext,
  library: LawLibrary,
  scanned: ScannedBlock,
  cited: Citation,
  law: LawEntry,
) {
  const replacement = library.replacement(law);
  const when = law.repealed ? `（${formatChineseDate(law.repealed)}起）` : '';
  const instead = replacement
    ? `，已由《${replacement.title}》代替，请改引现行有效的《${replacement.title}》`
    : '，请删除或者改引现行有效的依据';
  report(
    context,
    'citation.repealed',
    scanned,
    cited.start,
    cited.titleEnd,
    `《${law.title}》已废止${when}${instead}。`,
  );
}

function checkVersion(context: ScanContext, scanned: ScannedBlock, cited: Citation, law: LawEntry) {
  const hint = cited.version;
  const latest = law.versions?.[law.versions.length - 1];
  if (law.status === '已修改') {
    report(
      context,
      'citation.outdated_version',
      scanned,
      cited.start,
      cited.titleEnd,
      `《${law.title}》已被修改，请引用现行文本。`,
    );
    return;
  }
  if (!hint || !latest || hint.year >= Number(year(latest.date))) return;
  report(
    context,
    'citation.outdated_version',
    scanned,
    cited.start,
    cited.end,
    `所引为《${law.title}》${hint.year}年文本，该法已于${formatChineseDate(latest.date)}修改，请核对并引用现行文本。`,
  );
}

function renumberMessage(
  law: LawEntry,
  ref: ArticleReference,
  from: string,
  to: string,
  newArticle?: number,
) {
  const cited = article(ref.article);
  const head = `《${law.title}》已于${formatChineseDate(to)}修改，条文序号调整：`;
  if (newArticle === undefined) return `${head}${year(from)}年文本${cited}在现行文本中没有对应条文，请核对。`;
  return `${head}${year(from)}年文本${cited}现为${article(newArticle)}。`;
}

/** A reading wins when its article shares clearly more of the sentence's wording than the other. */
const CLEAR_LEAD = 1.25;
const MIN_LEAD = 0.03;

type Reading = 'old' | 'new' | 'unclear';

/** A restated run this long (characters) that the other reading lacks by MIN_RUN_LEAD settles the numbering. */
const MIN_RUN = 8;
const MIN_RUN_LEAD = 4;

/** Close bigram shares: the sentence may still quote one of the two articles word for word. */
function verbatimReading(sentence: string, asOldText?: string, asNewText?: string): Reading {
  const asOld = longestSharedRun(sentence, asOldText);
  const asNew = longestSharedRun(sentence, asNewText);
  if (asNew >= MIN_RUN && asNew - asOld >= MIN_RUN_LEAD) return 'new';
  if (asOld >= MIN_RUN && asOld - asNew >= MIN_RUN_LEAD) return 'old';
  return 'unclear';
}

/**
 * Which numbering the sentence most likely follows: the words around 第四十一条 are compared with the
 * current article 41 and with the current successor of the old article 41. Without article texts the
 * old numbering is assumed, as a stale citation is the costlier mistake.
 */
function reading(
  table: RenumberingTable,
  sentence: string,
  cited: number,
  successor: number | undefined,
): Reading {
  if (!table.newTexts || successor === undefined) return 'old';
  const context = citingContext(sentence);
  const asOld = overlap(context, table.newTexts[String(successor)]);
  const asNew = overlap(context, table.newTexts[String(cited)]);
  if (asOld >= asNew * CLEAR_LEAD && asOld - asNew >= MIN_LEAD) return 'old';
  if (asNew >= asOld * CLEAR_LEAD && asNew - asOld >= MIN_LEAD) return 'new';
  return verbatimReading(sentence, table.newTexts[String(successor)], table.newTexts[String(cited)]);
}

function checkRenumbering(
  context: ScanContext,
  library: LawLibrary,
  scanned: ScannedBlock,
  cited: Citation,
  law: LawEntry,
) {
  for (const table of library.renumberingTables(law)) {
    // A citation that names the new version already uses the new numbering.
    if (cited.version && cited.version.year >= Number(year(table.newVersion))) continue;
    const namesOldVersion = cited.version !== null && cited.version.year <= Number(year(table.oldVersion));
    const [sentenceStart, sentenceEnd] = sentenceAround(scanned, cited.start);
    // A 法律依据 line of a 裁量基准 says nothing of its subject; its row's 违法行为 and 处罚幅度 lines do.
    const sentence = scanned.row ?? scanned.text.slice(sentenceStart, sentenceEnd);
    const seen = new Set<number>();
    for (const ref of cited.articles) {
      if (seen.has(ref.article)) continue;
      seen.add(ref.article);
      const moved = renumberArticle(table, ref.article);
      if (!moved || moved.newArticle === ref.article) continue;
      const how = namesOldVersion ? 'old' : reading(table, sentence, ref.article, moved.newArticle);
      if (how === 'new') continue;
      const sameNumber = predecessorOf(table, ref.article);
      if (how === 'unclear') {
        const now =
          moved.newArticle === undefined ? '在现行文本中没有对应条文' : `现为${article(moved.newArticle)}`;
        const current =
          sameNumber === undefined ? '' : `，现行文本的${article(ref.article)}是原${article(sameNumber)}`;
        report(
          context,
          'citation.renumber_unclear',
          scanned,
          ref.start,
          ref.end,
          `《${law.title}》已于${formatChineseDate(table.newVersion)}修改，条文序号调整：原${article(ref.article)}${now}${current}。无法从上下文判断所引序号属于哪一文本，请核对。`,
        );
        continue;
      }
      let message = renumberMessage(law, ref, table.oldVersion, table.newVersion, moved.newArticle);
      if (moved.newArticle !== undefined) message += '引用语境与该条内容一致，请改为现行序号。';
      if (moved.note) message += moved.note;
      if (table.computed) message += '（条文对照由两版文本自动对齐得出，请核对。）';
      report(context, 'citation.renumbered', scanned, ref.start, ref.end, message);
    }
  }
}

/** 《…》同时废止: the sentence repeals the cited law rather than relying on it. */
function repealClause(scanned: ScannedBlock, cited: Citation): boolean {
  const [, sentenceEnd] = sentenceAround(scanned, cited.start);
  return /废止|失效/.test(scanned.text.slice(cited.end, sentenceEnd));
}

export function checkCitations(context: ScanContext): void {
  const { library } = context;
  if (!library) return;
  const ownKey = context.title ? lawKey(context.title) : '';
  for (const scanned of context.blocks) {
    if (!scanned.text.includes('《')) continue;
    for (const cited of parseCitations(scanned.text)) {
      if (ownKey && lawKey(cited.title) === ownKey) continue;
      const match = library.find(cited.title);
      if (!match) {
        // An amending or repealing decision is cited as history, not as a basis.
        const generic = GENERIC_NAME.test(cited.title) || AMENDING_ACT.test(cited.title);
        if (INSTRUMENT.test(cited.title) && !generic && !isOwnTitle(ownTitles(context), scanned, cited)) {
          report(
            context,
            'citation.unknown',
            scanned,
            cited.start,
            cited.titleEnd,
            `法规库中没有《${cited.title}》，请人工核对其名称和效力状态。`,
          );
        }
        continue;
      }
      const law = match.law;
      if (law.status === '已废止') {
        if (!repealClause(scanned, cited)) checkRepealed(context, library, scanned, cited, law);
        continue;
      }
      checkDoubtful(context, scanned, cited, law);
      checkVersion(context, scanned, { ...cited, version: cited.version ?? match.version }, law);
      checkRenumbering(context, library, scanned, { ...cited, version: cited.version ?? match.version }, law);
    }
  }
}
