export { RegistryPage } from './RegistryPage';
export { DocumentPage } from './DocumentPage';
export { DocumentStatusTag } from './DocumentStatusTag';
export { registryPath } from '../../lib/registryParams';
