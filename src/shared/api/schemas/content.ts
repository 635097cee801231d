import { z } from 'zod';
import type { Block } from '../../domain/blocks';

export const RunSchema = z.object({
  text: z.string().max(200_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});

/** The stored content model (DESIGN §3), validated at the API boundary; table cells hold blocks. */
export const BlockSchema: z.ZodType<Block> = z.lazy(() =>
  z.object({
    id: z.string().min(1).max(80),
    kind: z.enum(['title', 'heading', 'paragraph', 'list_item', 'table']),
    level: z.number().int().min(1).max(9).optional(),
    ordered: z.boolean().optional(),
    runs: z.array(RunSchema).max(10_000),
    rows: z
      .array(z.array(z.object({ blocks: z.array(BlockSchema).max(1_000) })).max(200))
      .max(5_000)
      .optional(),
  }),
);

/** Most blocks one text may hold: imports are checked against it too, so whatever is stored can be read back. */
export const MAX_BLOCKS = 50_000;

export const BlocksSchema = z.array(BlockSchema).max(MAX_BLOCKS);
