import { z } from 'zod';

/**
 * What the library knows of the articles of a law's text in force (resources/laws/articles.json, built by
 * scripts/build-law-articles.mjs from the corpus texts): how many numbered articles it has, and the
 * wording of its fines in money, by article and 款, so that a citation can be checked against them.
 */
export const LawArticleFacts = z.object({
  /** Date of the text the facts were read from (the library's version in force). */
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Highest article number (第十条之一 and the like not counted). */
  articles: z.number().int().positive(),
  /** Article number → 款 number → the comma clauses that set a fine: 处五万元以上二十万元以下的罚款. */
  fines: z.record(z.string(), z.record(z.string(), z.array(z.string()))).optional(),
  /** The text it was read from. */
  source: z.string().min(1),
});
export type LawArticleFacts = z.infer<typeof LawArticleFacts>;

/** Facts keyed by library id (lawKey of the title). */
export const LawArticlesData = z.object({ source: z.string(), laws: z.record(z.string(), LawArticleFacts) });
export type LawArticlesData = z.infer<typeof LawArticlesData>;
