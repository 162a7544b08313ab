/**
 * The feature's parts as lazy components: the app's first paint carries none of their code or
 * texts (see `npm run size`); they load once the dashboard is on screen.
 */
import { lazy } from 'react';

const parts = () => import('./parts');
export const OpenDataset = lazy(() => parts().then((m) => ({ default: m.OpenDataset })));
export const SourceBanner = lazy(() => parts().then((m) => ({ default: m.SourceBanner })));
export const LocalShare = lazy(() => parts().then((m) => ({ default: m.LocalShare })));
export type { FileSource } from './open-dataset';
