export { CleanupPage } from './CleanupPage';
