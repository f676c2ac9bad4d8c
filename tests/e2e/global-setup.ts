// Once per browser-suite run: check that Chromium and pdftoppm are there (and say how to install them when not), build the app
// and the golden page, serve them, and hand the URL to the test files.
import type { TestProject } from 'vitest/node';
import { buildAll, cleanBuild, findChromium, findPdftoppm, serve } from './harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The built app's directory, for tests that serve it their own way (under a sub-path, offline). */
    appDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  findPdftoppm();
  const built = await buildAll();
  const served = await serve(built);
  project.provide('baseURL', served.url);
  project.provide('appDir', built.app);
  return async () => {
    await served.close();
    cleanBuild(built);
  };
}
