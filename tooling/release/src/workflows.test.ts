import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintWorkflow } from './actionlint.js';
import { FIXTURES, REPO_ROOT } from './repo.js';

const WORKFLOWS = join(REPO_ROOT, '.github/workflows');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; if?: string }>;
}

const read = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('actionlint', () => {
  it.each(['ci.yml', 'release.yml'])('finds no problem in %s', async (name) => {
    expect(await lintWorkflow(join(WORKFLOWS, name))).toEqual([]);
  });

  it('reports each mistake in a broken workflow', async () => {
    const problems = await lintWorkflow(join(FIXTURES, 'broken-workflow.yml'));
    expect(problems.map((p) => [p.line, p.kind])).toEqual(
      expect.arrayContaining([
        [6, 'job-needs'],
        [12, 'action'],
        [13, 'expression'],
      ]),
    );
    expect(problems.find((p) => p.kind === 'action')?.message).toContain('fetch-deph');
  });
});

describe('the workflows', () => {
  it('pin every action to a major version or a commit', () => {
    const uses = ['ci.yml', 'release.yml'].flatMap((name) =>
      steps(read(name)).flatMap((step) => (step.uses ? [step.uses] : [])),
    );
    expect(uses.length).toBeGreaterThan(5);
    for (const ref of uses) expect(ref).toMatch(/@(v\d+|[0-9a-f]{40})$/);
  });

  it('CI runs the README test command on push and pull request, with Node 20', () => {
    const ci = read('ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(steps(ci).map((s) => s.run)).toContain('bash scripts/test.sh');
    const node = steps(ci).find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.['node-version']).toBe(20);
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain('bash scripts/test.sh');
  });

  it('release publishes with provenance and changesets, with the permissions that needs', () => {
    const release = read('release.yml');
    expect(release.on).toHaveProperty('push', { branches: ['main'] });
    expect(release.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
      pages: 'write',
    });
    const changesets = steps(release).find((s) => s.uses?.startsWith('changesets/action@'));
    expect(changesets?.with).toMatchObject({ publish: 'pnpm release', createGithubReleases: true });
    expect(changesets?.env?.NPM_CONFIG_PROVENANCE).toBe(true);
    const rootScripts = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).scripts;
    expect(rootScripts.release).toContain('changeset publish');
  });

  it('deploys the site to GitHub Pages with its base URL from the configuration', () => {
    const release = read('release.yml');
    // One NV_SITE_URL for the publish and the site's build: the widgets carry it, so the files the
    // builder hashes for SRI are the published files only if both builds see the same value.
    expect(String(release.env?.NV_SITE_URL)).toContain('vars.NV_SITE_URL');
    expect(steps(release).some((s) => s.env && 'NV_SITE_URL' in s.env)).toBe(false);
    expect(String(release.jobs.site?.if)).toContain("needs.release.outputs.published == 'true'");
    const artifact = steps(release).find((s) =>
      s.uses?.startsWith('actions/upload-pages-artifact@'),
    );
    expect(artifact?.with?.path).toBe('apps/demo/dist');
    expect(steps(release).some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
