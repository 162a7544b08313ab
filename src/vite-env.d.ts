/// <reference types="vite/client" />
declare module 'moment/dist/locale/es';
/** SHA-256 (hex) of data/dataset.json as validated at build time; '' in development and tests. */
declare const __BUNDLED_DATASET_SHA256__: string;
