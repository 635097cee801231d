import type { EditorThemeClasses } from 'lexical';

/** Class names for the GB/T 9704 page (styles in page.css). */
export const EDITOR_THEME: EditorThemeClasses = {
  ndTitle: 'nd-title',
  paragraph: 'nd-p',
  heading: {
    h1: 'nd-h nd-h1',
    h2: 'nd-h nd-h1',
    h3: 'nd-h nd-h2',
    h4: 'nd-h nd-h3',
    h5: 'nd-h nd-h4',
    h6: 'nd-h nd-h4',
  },
  list: {
    ol: 'nd-list nd-ol',
    ul: 'nd-list nd-ul',
    listitem: 'nd-li',
    nested: { listitem: 'nd-li-nested' },
  },
  table: 'nd-table',
  tableRow: 'nd-tr',
  tableCell: 'nd-td',
  tableCellHeader: 'nd-th',
  tableSelection: 'nd-table-selection',
  tableCellSelected: 'nd-td-selected',
  text: { bold: 'nd-b', italic: 'nd-i', underline: 'nd-u' },
};
