export { SignoffPanel } from './SignoffPanel';
export { SignoffStatusTags } from './SignoffStatusTags';
