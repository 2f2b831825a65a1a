/** package.json's version and the commit built, set by vite.config.ts (`define`). */
declare const __ATLAS_VERSION__: string;
