import {
  $applyNodeReplacement,
  $createParagraphNode,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
} from 'lexical';
import { $getBlockId, $setBlockId } from './blockId';

/** The document title (公文标题): 小标宋 二号, centered. At most one is expected, but none is enforced. */
export class TitleNode extends ElementNode {
  override $config() {
    return this.config('nd-title', { extends: ElementNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('h1');
    const className = config.theme.ndTitle as string | undefined;
    if (className) element.className = className;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Enter in the title continues with body text, never with a second title. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode();
    paragraph.setDirection(this.getDirection());
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start turns the title back into a paragraph, keeping the block's id. */
  override collapseAtStart(): boolean {
    const paragraph = $setBlockId($createParagraphNode(), $getBlockId(this));
    paragraph.append(...this.getChildren());
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

export function $createTitleNode(): TitleNode {
  return $applyNodeReplacement(new TitleNode());
}

export function $isTitleNode(node: LexicalNode | null | undefined): node is TitleNode {
  return node instanceof TitleNode;
}
