// Entry of dist/lib/published.js: the publication-date extractor as a plain ES module for Node (with jsdom) and tests.
export { publishedDate } from '../page/published';
export type { PublishedDate } from '../messages';
