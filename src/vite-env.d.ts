/// <reference types="vite/client" />
declare module 'moment/locale/es';
