/// <reference types="vite/client" />
declare module 'moment/dist/locale/es';
