import { $applyNodeReplacement, ElementNode, type LexicalNode } from 'lexical';

/**
 * Top-level nodes per group when a text is loaded, and the most two neighbouring groups merge into. The
 * group holding the caret is always laid out, and what the browser does for an input method (the bounds
 * of the composition and the selection) grows with it: in a 300,000-character text 40 blocks per group
 * cost a pinyin composition update about 30 % less than 100 did (drafting bench), keys the same.
 */
export const GROUP_SIZE = 40;
/** A group grown past this (by typing Enter, by a paste) is cut into groups of GROUP_SIZE. */
export const GROUP_MAX = 2 * GROUP_SIZE;

let groupsAsRoots = 0;

/**
 * A run of consecutive blocks, shown as one `div.nd-group` that the browser may skip laying out and
 * painting while it is off screen (`content-visibility: auto` in page.css). In a text of thousands of
 * paragraphs this is what keeps a keystroke cheap: the browser then walks some hundred and forty groups
 * instead of every paragraph for layout, paint and the IME's view of the text.
 *
 * Groups belong to the page, not to the content model: converting to blocks looks through them, and the
 * root transform (registerBlockGroups) keeps every top-level node in a group of sensible size. They are
 * not shadow roots, so the caret, deletion and selection cross them as if they were not there. Lexical's
 * list commands look for the nearest root to put a list in; they run inside `withGroupsAsRoots`, where a
 * group answers as a shadow root, so a list is made inside the group and not out of it.
 */
export class BlockGroupNode extends ElementNode {
  override $config() {
    return this.config('nd-group', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'nd-group';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Emptied by a deletion, a group goes with its last block. */
  override canBeEmpty(): false {
    return false;
  }

  override canIndent(): false {
    return false;
  }

  override isShadowRoot(): boolean {
    return groupsAsRoots > 0;
  }

  /** Copied text carries its blocks, not the page's grouping. */
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createBlockGroupNode(): BlockGroupNode {
  return $applyNodeReplacement(new BlockGroupNode());
}

export function $isBlockGroupNode(node: LexicalNode | null | undefined): node is BlockGroupNode {
  return node instanceof BlockGroupNode;
}

/** Runs `fn` with groups answering as shadow roots (for Lexical commands that work up to the nearest root). */
export function withGroupsAsRoots<T>(fn: () => T): T {
  groupsAsRoots += 1;
  try {
    return fn();
  } finally {
    groupsAsRoots -= 1;
  }
}
