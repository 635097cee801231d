export { VersionPage } from './VersionPage';
export { versionPath } from './paths';
export { segmentRuns, type MarkSpan, type Segment } from './segments';
export { ExportPrintButtons } from './ExportPrintButtons';
