export { FilingPackageAction } from './FilingPackageAction';
