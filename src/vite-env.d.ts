/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** True in the one-file build (vite.single.config.ts); defined by vite.config.ts. */
declare const __TD_SINGLE_FILE__: boolean | undefined;
