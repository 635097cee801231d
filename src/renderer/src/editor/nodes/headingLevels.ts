import type { HeadingTagType } from '@lexical/rich-text';
import type { HeadingLevel } from '../../../../shared/domain/blocks';

/**
 * GB/T 9704 heading levels 一、（一）1.（1） are h2–h5; h1 is the title's tag. Headings pasted from
 * elsewhere with h1 or h6 are read as the nearest level.
 */
export function headingTag(level: number | undefined): HeadingTagType {
  const clamped = Math.min(4, Math.max(1, Math.round(level ?? 1)));
  return `h${clamped + 1}` as HeadingTagType;
}

export function headingLevel(tag: HeadingTagType): HeadingLevel {
  const number = Number(tag.slice(1));
  return Math.min(4, Math.max(1, number - 1)) as HeadingLevel;
}
