export { DocumentReviewTab } from './DocumentReviewTab';
export { MyReviewQueue } from './MyReviewQueue';
export { ReviewCasePage } from './ReviewCasePage';
export { ReviewQueuePage } from './ReviewQueuePage';
export { reviewCasePath } from './paths';
