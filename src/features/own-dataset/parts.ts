/** Everything of this feature, in one chunk that loads after the first paint. */
export { OpenDataset } from './open-dataset';
export { SourceBanner } from './source-banner';
export { LocalShare } from './local-share';
