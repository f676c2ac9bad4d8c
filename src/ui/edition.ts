// Which build this page is: the site (dist/, with a service worker) or the one file (everything inlined).
/** True in dist-single/trust-deficit.html (set at build time by vite.config.ts; false in tests and the site). */
export const SINGLE_FILE: boolean = typeof __TD_SINGLE_FILE__ !== 'undefined' && __TD_SINGLE_FILE__ === true;
