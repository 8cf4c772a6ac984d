/** Builds the site for a free local port and serves it there for the e2e tests (site-under-test.ts). */
import type { TestProject } from 'vitest/node';
import { startSiteUnderTest } from './site-under-test.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await startSiteUnderTest();
  project.provide('siteUrl', site.url);
  project.provide('siteDir', site.dir);
  return () => site.close();
}
