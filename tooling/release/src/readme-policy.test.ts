/**
 * The widgets README gives news sites the Content-Security-Policy for the builder's snippets:
 * it must be the line the builder states (which `apps/demo/e2e/host-policy.test.ts` runs a
 * pasted snippet under), so that it names the CDN the snippets load from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostPolicy } from 'demo/host-policy';
import { CDN_BASE } from 'demo/widget-bundles';
import { expect, it } from 'vitest';
import { REPO_ROOT } from './repo.js';

it('the widgets README’s CSP for the CDN is the builder’s line, naming the CDN’s origin', () => {
  const readme = readFileSync(join(REPO_ROOT, 'packages/widgets/README.md'), 'utf8');
  const policy = hostPolicy();
  expect(policy).toContain(`script-src 'self' ${new URL(CDN_BASE).origin};`);
  expect(policy).toContain(`connect-src 'self' ${new URL(CDN_BASE).origin};`);
  expect(readme).toContain(`Content-Security-Policy: ${policy}\n`);
});
