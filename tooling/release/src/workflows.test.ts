import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_SITE } from '../../../packages/widgets/src/base/project-site.js';
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
    // The version pull request records the CDN scripts' hashes for the README's snippets, and the
    // widgets refuse to publish a build that is not the recorded one.
    expect(changesets?.with?.version).toBe('pnpm version-packages');
    expect(rootScripts['version-packages']).toMatch(
      /^changeset version && turbo run build --filter=@null-and-void\/widgets && .*cdn-integrity --write$/,
    );
    const widgets = JSON.parse(
      readFileSync(join(REPO_ROOT, 'packages/widgets/package.json'), 'utf8'),
    );
    expect(widgets.scripts.prepublishOnly).toBe('node scripts/cdn-integrity.mjs --check');
  });

  it('deploys the site to GitHub Pages with its base URL from the configuration', () => {
    const release = read('release.yml');
    // One NV_SITE_URL for the whole workflow, by default the project's site on GitHub Pages:
    // the address the published widgets link to (`PROJECT_SITE` in `src/base/project-site.ts`, fixed in their source so that
    // every build of a version is the same bytes).
    const site = String(release.env?.NV_SITE_URL);
    expect(site).toContain('vars.NV_SITE_URL');
    expect(site).toContain(
      "format('https://{0}.github.io/{1}/', github.repository_owner, github.event.repository.name)",
    );
    const repository = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).repository;
    const [, owner, name] = /github\.com\/([^/]+)\/([^/.]+)\.git$/.exec(repository.url) ?? [];
    expect(PROJECT_SITE).toBe(`https://${owner}.github.io/${name}/`);
    expect(steps(release).some((s) => s.env && 'NV_SITE_URL' in s.env)).toBe(false);
    expect(String(release.jobs.site?.if)).toContain("needs.release.outputs.published == 'true'");
    const artifact = steps(release).find((s) =>
      s.uses?.startsWith('actions/upload-pages-artifact@'),
    );
    expect(artifact?.with?.path).toBe('apps/demo/dist');
    expect(steps(release).some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
