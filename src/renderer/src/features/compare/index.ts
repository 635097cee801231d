export { ComparePage } from './ComparePage';
export { CompareSelectedButton } from './CompareSelectedButton';
export { comparePath, DRAFT } from './paths';
