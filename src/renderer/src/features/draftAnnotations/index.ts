/**
 * Annotations on the working draft, for the drafting page (kept apart from ../annotations so that the
 * editor, loaded with the drafting page only, stays out of the pages that show versions):
 *   const annotations = useDraftAnnotations(documentId, blocks, savedAt);
 *   <DocumentEditor …><DraftAnnotationPlugins annotations={annotations} /></DocumentEditor>
 *   <DraftAnnotationPane annotations={annotations} />   (beside the editor)
 */
export { useDraftAnnotations, type DraftAnnotations, type EditorAnnotations } from './useDraftAnnotations';
export { DraftAnnotationPlugins } from './DraftAnnotationPlugins';
export { DraftAnnotationPane } from './DraftAnnotationPane';
