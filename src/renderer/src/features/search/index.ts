// Light on purpose: the shell's header imports this, and the first screen loads without antd. The
// 搜索 page is loaded by the route table from its own file.
export { SearchShortcut } from './SearchShortcut';
export { hitPath, parseSearchPage, searchPagePath } from './searchParams';
