import { z } from 'zod';

/** The input of a channel that takes none. */
export const Empty = z.object({}).strict();

/** The output of a channel that answers nothing but success. */
export const Nothing = z.null();
