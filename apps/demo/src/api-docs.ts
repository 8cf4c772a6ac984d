/**
 * The API reference at `/docs/api/`: TypeDoc's pages for the public entries of both packages
 * (each package's `typedoc.json` lists them). TypeDoc reads the sources with the compiler, which
 * takes over a minute on this machine, so its output is kept in a cache folder named by the hash
 * of everything that decides it (the packages' sources and configs, this file, TypeDoc's version,
 * the base path) and copied from there when nothing changed, as the share images are.
 *
 * A public export without a doc comment fails the build (`notDocumented`, treated as an error):
 * that is what checks the claim that every export is documented.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Converter, ReflectionKind, TypeDocOptions } from 'typedoc';
import { BASE_PATH, href, SITE_NAME } from './site.js';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO = join(APP_DIR, '..', '..');
const PACKAGES = ['packages/statements', 'packages/widgets'].map((p) => join(REPO, p));
export const API_CACHE_DIR = join(APP_DIR, 'node_modules', '.cache', 'api-docs');
/** The site path of the reference. */
export const API_DOCS_PATH = '/docs/api/';
const require = createRequire(import.meta.url);
/** The reference's front page: what it covers, and that it is in English only. */
const INDEX_PAGE = fileURLToPath(new URL('api-docs.md', import.meta.url));

/** Tags the elements' class comments use for the custom elements manifest, not for TypeDoc. */
const ELEMENT_TAGS: `@${string}`[] = [
  '@tag',
  '@attr',
  '@slot',
  '@csspart',
  '@cssprop',
  '@fires',
  '@summary',
];

/** A package's TypeDoc config: its entry points (some outside `src`) and its tsconfig. */
function typedocConfig(pkg: string): { entryPoints: string[]; tsconfig: string } {
  return JSON.parse(readFileSync(join(pkg, 'typedoc.json'), 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !/\.test(-d)?\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The hash of everything that decides TypeDoc's output. */
export function apiDocsInputHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...PACKAGES.flatMap((pkg) => {
      const { entryPoints, tsconfig } = typedocConfig(pkg);
      return [
        ...filesUnder(join(pkg, 'src')),
        // The framework types, generated into `dist/types/` at build.
        ...entryPoints.filter((entry) => !entry.startsWith('src/')).map((e) => join(pkg, e)),
        join(pkg, 'typedoc.json'),
        join(pkg, 'package.json'),
        join(pkg, 'tsconfig.json'),
        join(pkg, tsconfig),
      ];
    }),
    join(REPO, 'tooling', 'tsconfig.base.json'),
    fileURLToPath(import.meta.url),
    INDEX_PAGE,
  ];
  for (const file of files) hash.update(relative(REPO, file)).update(readFileSync(file));
  hash.update(`typedoc@${(require('typedoc/package.json') as { version: string }).version}`);
  hash.update(BASE_PATH);
  return hash.digest('hex').slice(0, 40);
}

/** TypeDoc's messages for an export without a doc comment, or a public type that is not exported. */
const PROBLEM = /does not have any documentation|but not included in the documentation/;
const NOISE = /has multiple declarations with a comment|^The comments for \w+ are declared at/;

async function runTypeDoc(outDir: string): Promise<void> {
  const { Application, OptionDefaults, ReflectionKind } = await import('typedoc');
  const checks: TypeDocOptions['packageOptions'] = {
    excludePrivate: true,
    excludeProtected: true,
    excludeInternal: true,
    excludeExternals: true,
    blockTags: [...OptionDefaults.blockTags, ...ELEMENT_TAGS],
    // Types the public ones mention but that are not exports themselves: shown by name.
    intentionallyNotExported: [
      'FilterIds',
      'OneOrMany',
      'Result',
      'WidgetError',
      'Status',
      'Shape',
      'en',
      'AllStrings',
      'Records',
      'PluralForms',
      'Labels',
      'CardView',
      'PropertyDeclaration',
    ],
    validation: { notExported: true, invalidLink: true, notDocumented: true, rewrittenLink: true },
    requiredToBeDocumented: [
      'Function',
      'Variable',
      'Class',
      'Interface',
      'TypeAlias',
      'Enum',
      'Method',
      'Accessor',
    ],
  };
  const app = await Application.bootstrapWithPlugins({
    name: `${SITE_NAME} API reference`,
    entryPointStrategy: 'packages',
    entryPoints: PACKAGES,
    packageOptions: { readme: 'none', ...checks },
    readme: INDEX_PAGE,
    ...checks,
    disableSources: true,
    hideGenerator: true,
    navigationLinks: { [SITE_NAME]: href('/'), Elements: href('/docs/elements/') },
    logLevel: 'Warn',
  });
  app.converter.addUnknownSymbolResolver(builtClassPage(ReflectionKind.Class));
  // In the packages mode each package is validated as it is converted, and its warnings do not
  // count as errors at the root: the messages that break the claim are collected here instead.
  const problems: string[] = [];
  const log = app.logger.log.bind(app.logger);
  app.logger.log = (message, level) => {
    if (PROBLEM.test(String(message))) problems.push(String(message));
    // Valibot's inferred types repeat each field's comment: TypeDoc says so once per field.
    if (!NOISE.test(String(message))) log(message, level);
  };
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not convert the packages: see its messages above.');
  if (problems.length > 0)
    throw new Error(`The API reference is incomplete:\n${problems.join('\n')}`);
  await app.generateDocs(project, outDir);
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }))
    if (file.endsWith('.html')) withoutInlineScript(join(outDir, file));
}

/**
 * The widgets' framework types (`dist/types/*.d.ts`, generated at build) name the element and
 * event classes of the built `dist/index.d.ts` (`NvStatement['theme']`), which the compiler sees
 * as other classes than the sources' that the reference documents: each is linked to the page of
 * its namesake, a class of the widgets' index.
 */
const builtClassPage =
  (classKind: ReflectionKind): Parameters<Converter['addUnknownSymbolResolver']>[0] =>
  (_ref, owner, _part, symbolId) => {
    if (symbolId?.packageName !== '@null-and-void/widgets') return undefined;
    if (!symbolId.packagePath.startsWith('dist/')) return undefined;
    // While the widgets are converted their modules are the project's children (`index`, …);
    // once the packages are merged, the package's.
    const target =
      owner.project.getChildByName(['index', symbolId.qualifiedName]) ??
      owner.project.getChildByName(['@null-and-void/widgets', 'index', symbolId.qualifiedName]);
    if (!target?.kindOf(classKind)) return undefined;
    return href(`${API_DOCS_PATH}classes/_null-and-void_widgets.index.${target.name}.html`);
  };

/**
 * The site's Content-Security-Policy allows no inline script. TypeDoc's one inline script sets the
 * colour theme (from the reader's choice, else the system's) and hides the page until its script
 * has run; the page is set to follow the system's theme instead, and shows at once.
 */
function withoutInlineScript(file: string): void {
  const page = readFileSync(file, 'utf8')
    .replace(/<script>document\.documentElement\.dataset\.theme[^<]*<\/script>/, '')
    .replace(/<html class="default"/, '<html class="default" data-theme="os"');
  writeFileSync(file, page);
}

/**
 * Writes the reference into `<dist>/docs/api/`, from the cache when its inputs have not changed.
 * Returns what it did, for the build's log.
 */
export async function writeApiDocs(dist: string, cacheDir = API_CACHE_DIR): Promise<string> {
  const started = performance.now();
  const key = apiDocsInputHash();
  const cached = join(cacheDir, key);
  const hit = existsSync(join(cached, 'index.html'));
  if (!hit) {
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    await runTypeDoc(`${cached}.tmp`);
    cpSync(`${cached}.tmp`, cached, { recursive: true });
    rmSync(`${cached}.tmp`, { recursive: true, force: true });
  }
  cpSync(cached, join(dist, API_DOCS_PATH), { recursive: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `API reference: ${hit ? 'from the cache' : 'built by TypeDoc'} in ${seconds} s (${key.slice(0, 12)})`;
}
