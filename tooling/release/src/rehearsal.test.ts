/**
 * The publish rehearsal: every published package, versioned to a pre-release in a copy of the
 * workspace, published to a real registry (Verdaccio) as the release workflow publishes, then
 * installed and used in fresh folders as a user would: npm and pnpm, ESM and CommonJS,
 * TypeScript with both resolutions, the CLI, and a card loaded in Chromium from the unpacked
 * tarball in the public CDN's URL layout under the builder's SRI hash.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from 'demo/e2e/browser';
import { freePort } from 'demo/e2e/free-port';
import { startHost } from 'demo/e2e/host';
import { expectReaderSeesCard } from 'demo/e2e/reader';
import { scriptSnippet } from 'demo/snippets';
import { bundleIntegrity } from 'demo/widget-bundles';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeSnippets } from '../../../packages/widgets/scripts/cdn-integrity.mjs';
import type { PublishedPackage } from './published-packages.js';
import { FIXTURES, REPO_ROOT } from './repo.js';
import { run } from './run.js';
import { serveStatic } from './static-server.js';
import { type Registry, startVerdaccio } from './verdaccio.js';
import { copyWorkspace, versionsIn, writeRehearsalChangeset } from './workspace-copy.js';

const STATEMENT = 'nato-2022-09-22';
const BIN = join(REPO_ROOT, 'node_modules/.bin');
const figures: string[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let temp: string;
let registry: Registry;
let packages: PublishedPackage[];
let versions: Map<string, string>;
const started = performance.now();

/** The packument of a package as the registry serves it. */
async function packument(name: string) {
  const response = await fetch(`${registry.url}${name.replace('/', '%2f')}`);
  expect(response.status, name).toBe(200);
  return (await response.json()) as {
    versions: Record<string, { dist: { tarball: string } }>;
    'dist-tags': Record<string, string>;
  };
}

/** A fresh folder whose `@null-and-void` scope comes from the rehearsal registry only. */
function consumerFolder(name: string): string {
  const dir = join(temp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true }));
  writeFileSync(join(dir, '.npmrc'), `@null-and-void:registry=${registry.url}\n`);
  return dir;
}

const specs = () => packages.map((p) => `${p.name}@${versions.get(p.name)}`);

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'nv-rehearsal-'));
  mkdirSync(join(temp, 'registry'));
  registry = await startVerdaccio(join(temp, 'registry'), await freePort('127.0.0.1'));
});

afterAll(async () => {
  await registry?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
  figures.push(`rehearsal: ${seconds(performance.now() - started)} in all`);
  console.log(`Publish rehearsal\n  ${figures.join('\n  ')}`);
});

describe('publish', () => {
  it('versions a copy of the workspace to a pre-release with changesets', async () => {
    const workspace = join(temp, 'workspace');
    mkdirSync(workspace);
    packages = copyWorkspace(workspace);
    expect(packages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['@null-and-void/statements', '@null-and-void/widgets']),
    );
    writeRehearsalChangeset(workspace, packages);
    await run(join(BIN, 'changeset'), ['pre', 'enter', 'rehearsal'], { cwd: workspace });
    await run(join(BIN, 'changeset'), ['version'], { cwd: workspace });
    // As `pnpm version-packages` does after its build (the copy carries the built files): the
    // CDN scripts' hashes, recorded for the new version and pinned in the README's snippets.
    await run('node', ['scripts/cdn-integrity.mjs', '--write'], {
      cwd: join(workspace, 'packages/widgets'),
    });
    versions = versionsIn(workspace, packages);
    for (const p of packages) expect(versions.get(p.name)).toMatch(/^\d+\.\d+\.\d+-rehearsal\.0$/);
    // The real tree is untouched.
    const real = JSON.parse(
      readFileSync(join(REPO_ROOT, packages[0]!.dir, 'package.json'), 'utf8'),
    );
    expect(real.version).toBe(packages[0]!.version);
  });

  it('publishes every package as the release workflow does', async () => {
    const workspace = join(temp, 'workspace');
    const host = new URL(registry.url).host;
    writeFileSync(join(workspace, '.npmrc'), `//${host}/:_authToken=${registry.token}\n`);
    const { ms, stdout } = await run(
      'pnpm',
      ['publish', '-r', '--registry', registry.url, '--no-git-checks', '--tag', 'rehearsal'],
      { cwd: workspace, timeout: 300_000 },
    );
    figures.push(`publish (pnpm publish -r): ${seconds(ms)}`);
    // The widgets' prepublishOnly ran: the scripts published are the ones the README pins.
    expect(stdout).toContain(
      `CDN scripts are the ones recorded for ${versions.get('@null-and-void/widgets')}.`,
    );
    for (const p of packages) {
      const published = await packument(p.name);
      const version = versions.get(p.name)!;
      expect(published['dist-tags'].rehearsal).toBe(version);
      const tarball = await fetch(published.versions[version]!.dist.tarball);
      const bytes = (await tarball.arrayBuffer()).byteLength;
      figures.push(`${p.name}@${version}: tarball ${kb(bytes)}`);
    }
    // Internal dependencies point at the published version, not at `workspace:`.
    const widgets = await packument('@null-and-void/widgets');
    const manifest = (
      widgets.versions as Record<string, { dependencies?: Record<string, string> }>
    )[versions.get('@null-and-void/widgets')!]!;
    expect(manifest.dependencies?.['@null-and-void/statements']).toBe(
      `^${versions.get('@null-and-void/statements')}`,
    );
  });
});

describe('installed with npm', () => {
  let dir: string;
  beforeAll(async () => {
    dir = consumerFolder('npm-consumer');
    const { ms } = await run('npm', ['install', '--no-audit', '--no-fund', ...specs()], {
      cwd: dir,
      timeout: 180_000,
    });
    figures.push(`npm install: ${seconds(ms)}`);
  });

  it('imports from ESM and CommonJS and answers a query', async () => {
    writeFileSync(
      join(dir, 'esm.mjs'),
      `import { find } from '@null-and-void/statements';
import { formatDate } from '@null-and-void/widgets/format.js';
const s = find('${STATEMENT}');
console.log(JSON.stringify({ id: s.id, title: s.title.en, date: formatDate('en', s.date) }));`,
    );
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `const { find } = require('@null-and-void/statements');
const s = find('${STATEMENT}');
console.log(JSON.stringify({ id: s.id, title: s.title.en }));`,
    );
    const esm = JSON.parse((await run('node', ['esm.mjs'], { cwd: dir })).stdout);
    const cjs = JSON.parse((await run('node', ['cjs.cjs'], { cwd: dir })).stdout);
    const { find } = await import('@null-and-void/statements');
    const expected = find(STATEMENT)!;
    expect(esm).toEqual({ id: STATEMENT, title: expected.title.en, date: '22 September 2022' });
    expect(cjs).toEqual({ id: STATEMENT, title: expected.title.en });
  });

  it.each(['node16', 'bundler'])(
    'type-checks a consumer with moduleResolution %s',
    async (resolution) => {
      cpSync(join(FIXTURES, 'consumer.mts'), join(dir, 'consumer.mts'));
      cpSync(join(FIXTURES, 'consumer.cts'), join(dir, 'consumer.cts'));
      const options =
        resolution === 'node16'
          ? { module: 'node16', moduleResolution: 'node16' }
          : { module: 'esnext', moduleResolution: 'bundler' };
      const config = `tsconfig.${resolution}.json`;
      writeFileSync(
        join(dir, config),
        JSON.stringify({
          compilerOptions: {
            ...options,
            target: 'es2022',
            lib: ['es2022', 'dom', 'dom.iterable'],
            types: [],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
          },
          files: resolution === 'node16' ? ['consumer.mts', 'consumer.cts'] : ['consumer.mts'],
        }),
      );
      const { ms } = await run(join(BIN, 'tsc'), ['-p', config], { cwd: dir });
      figures.push(`tsc (${resolution}): ${seconds(ms)}`);
    },
  );

  it('runs the CLI: --help and a query', async () => {
    const help = await run('npx', ['nv', '--help'], { cwd: dir });
    expect(help.stdout).toContain('Usage: nv <command> [options]');
    const show = await run('npx', ['nv', 'show', STATEMENT], { cwd: dir });
    const { find } = await import('@null-and-void/statements');
    expect(show.stdout).toContain(find(STATEMENT)!.title.en);
  });
});

describe('installed with pnpm', () => {
  it('installs, and imports from ESM and CommonJS', async () => {
    const dir = consumerFolder('pnpm-consumer');
    const { ms } = await run('pnpm', ['add', ...specs()], { cwd: dir, timeout: 180_000 });
    figures.push(`pnpm add: ${seconds(ms)}`);
    const esm = await run(
      'node',
      [
        '--input-type=module',
        '-e',
        `import { find } from '@null-and-void/statements'; import '@null-and-void/widgets/format.js'; console.log(find('${STATEMENT}').id);`,
      ],
      { cwd: dir },
    );
    const cjs = await run(
      'node',
      ['-e', `console.log(require('@null-and-void/statements').find('${STATEMENT}').id)`],
      { cwd: dir },
    );
    expect([esm.stdout.trim(), cjs.stdout.trim()]).toEqual([STATEMENT, STATEMENT]);
  });
});

describe('a card from the CDN layout, under the SRI hash the README and the builder print', () => {
  let browser: Browser;
  const close: (() => Promise<void>)[] = [];
  let cdnUrl: string;
  let version: string;

  beforeAll(async () => {
    version = versions.get('@null-and-void/widgets')!;
    const tarball = (await packument('@null-and-void/widgets')).versions[version]!.dist.tarball;
    writeFileSync(
      join(temp, 'widgets.tgz'),
      Buffer.from(await (await fetch(tarball)).arrayBuffer()),
    );
    // The unpacked tarball at the CDN's path, and a copy whose statement.js was changed.
    const folder = join(temp, 'cdn/npm', `@null-and-void/widgets@${version}`);
    mkdirSync(folder, { recursive: true });
    await run('tar', ['xzf', join(temp, 'widgets.tgz'), '-C', folder, '--strip-components=1'], {
      cwd: temp,
    });
    const tampered = join(temp, 'tampered/npm', `@null-and-void/widgets@${version}`);
    cpSync(folder, tampered, { recursive: true });
    writeFileSync(
      join(tampered, 'dist/cdn/statement.js'),
      `${readFileSync(join(folder, 'dist/cdn/statement.js'), 'utf8')}\nconsole.log('changed');\n`,
    );
    const cdn = await serveStatic(temp);
    cdnUrl = cdn.url;
    close.push(cdn.close);
    browser = await launchBrowser();
    close.push(() => browser.close());
  });
  afterAll(async () => {
    for (const done of close.reverse()) await done();
  });

  it('the published README pins this version with the builder’s hash', () => {
    const readme = readFileSync(
      join(temp, 'cdn/npm', `@null-and-void/widgets@${version}/README.md`),
      'utf8',
    );
    const pinned = readmeSnippets(readme).find((s) => s.file === 'statement.js');
    expect(pinned).toMatchObject({ version, integrity: bundleIntegrity('statement') });
  });

  async function paste(layout: 'cdn' | 'tampered') {
    const integrity = bundleIntegrity('statement');
    expect(integrity).toMatch(/^sha384-/);
    const snippet = scriptSnippet({
      widget: 'statement',
      attributes: { statement: STATEMENT, lang: 'en' },
      scriptBase: `${cdnUrl}${layout}/npm/@null-and-void/widgets@${version}/dist/cdn/`,
      ...(integrity ? { integrity } : {}),
    });
    const host = await startHost();
    close.push(host.close);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    close.push(() => context.close());
    return { snippet, ...(await host.open(context, snippet)) };
  }

  it('shows the card, its title in view', async () => {
    const { page, errors, snippet } = await paste('cdn');
    expect(snippet).toContain(
      `integrity="${bundleIntegrity('statement')}" crossorigin="anonymous"`,
    );
    const { find } = await import('@null-and-void/statements');
    const title = find(STATEMENT)!.title.en;
    await expectReaderSeesCard(page, title);
    expect(errors).toEqual([]);
  });

  it('refuses a changed file: the hash does not match, nothing runs', async () => {
    const { page, errors } = await paste('tampered');
    await page.waitForLoadState('load');
    await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toMatch(/integrity/i);
    expect(await page.evaluate(() => customElements.get('nv-statement'))).toBeUndefined();
    expect(
      await page.evaluate(() => document.querySelector('nv-statement')?.shadowRoot),
    ).toBeNull();
  });
});
