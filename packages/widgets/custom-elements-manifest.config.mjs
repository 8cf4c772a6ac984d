// Three corrections to what the analyzer infers from our elements:
// - reactive state declared as `static properties = { x: { state: true } }` is internal, not an
//   attribute (the analyzer only knows this for the `@state` decorator, which the card avoids
//   for its bytes);
// - `this.dispatchEvent(new NvErrorEvent(…))` is read as an event without a name, and
//   `new NvSelectEvent(id)` as an event named `id`; the events are documented with `@fires`, so
//   entries without a description are dropped;
// - an attribute typed with an alias (`theme: Theme`, `sort: Sort` from the data package) is
//   given its values as `expandedType` (`'light' | 'dark' | 'auto'`), read with TypeScript's
//   checker, for the editor data that offers them (scripts/build-integrations.ts);
// - `lang` is HTML's global attribute, read by the element (`@attr`) but not a field of its own:
//   it is given its HTMLElement field, so that the framework types generated from this manifest
//   (scripts/build-integrations.ts) can name its type;
// - the list's and the search's filter attributes are made at run time from the table
//   `FILTER_ATTRIBUTES` (src/base/filter-attributes.ts): read from that table, with the doc
//   comment of each entry, and added to `NvFilteredElement`, whose subclasses inherit them.
import { resolve } from 'node:path';

const internal = new Set();
/** `Class.field` → its values, e.g. `NvElement.theme` → `'light' | 'dark' | 'auto'`. */
const literalUnions = new Map();
/** @type {import('typescript').Program | undefined} */
let program;

/** The declaration of `node` (a class's property) in one TypeScript program of the package. */
function inProgram(ts, node) {
  program ??= (() => {
    const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, ts.sys);
    const own = config.fileNames.filter((f) => f.includes('/src/') && !f.endsWith('.test.ts'));
    return ts.createProgram(own, config.options);
  })();
  const file = program.getSourceFile(resolve(node.getSourceFile().fileName));
  const owner = file?.statements.find(
    (s) => ts.isClassDeclaration(s) && s.name?.text === node.parent.name?.text,
  );
  return owner?.members.find(
    (m) => ts.isPropertyDeclaration(m) && m.name.getText(file) === node.name.getText(),
  );
}
/** @type {{ attribute: string, field: string, description: string }[]} */
const filterAttributes = [];

const camel = (attribute) => attribute.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'nv-attribute-values',
      analyzePhase({ ts, node }) {
        if (!ts.isPropertyDeclaration(node) || !node.type || !ts.isClassDeclaration(node.parent))
          return;
        const declaration = inProgram(ts, node);
        if (!declaration) return;
        const type = program.getTypeChecker().getTypeAtLocation(declaration.name);
        if (!type.isUnion() || !type.types.every((t) => t.isStringLiteral())) return;
        const values = type.types.map((t) => `'${t.value}'`).join(' | ');
        literalUnions.set(`${node.parent.name?.text}.${node.name.getText()}`, values);
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            for (const a of d.attributes ?? []) {
              const owner = a.inheritedFrom?.name ?? d.name;
              const values = literalUnions.get(`${owner}.${a.fieldName}`);
              if (values) a.expandedType = { text: values };
            }
          }
        }
      },
    },
    {
      name: 'nv-filter-attributes',
      analyzePhase({ ts, node }) {
        if (!ts.isVariableDeclaration(node) || node.name.getText() !== 'FILTER_ATTRIBUTES') return;
        let init = node.initializer;
        while (init && !ts.isObjectLiteralExpression(init)) init = init.expression;
        for (const entry of init?.properties ?? []) {
          const attribute = entry.name.getText().replace(/^'|'$/g, '');
          const description = ts
            .getJSDocCommentsAndTags(entry)
            .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
            .join(' ');
          filterAttributes.push({ attribute, field: camel(attribute), description });
        }
      },
      moduleLinkPhase({ moduleDoc }) {
        const element = moduleDoc.declarations?.find((d) => d.name === 'NvFilteredElement');
        if (!element) return;
        if (filterAttributes.length === 0) throw new Error('FILTER_ATTRIBUTES was not found');
        const type = { text: 'string' };
        const fields = filterAttributes.map(({ attribute, field, description }) => ({
          kind: 'field',
          name: field,
          type,
          default: "''",
          description,
          attribute,
        }));
        const attributes = filterAttributes.map(({ attribute, field, description }) => ({
          name: attribute,
          type,
          default: "''",
          description,
          fieldName: field,
        }));
        element.members = [...fields, ...(element.members ?? [])];
        element.attributes = [...attributes, ...(element.attributes ?? [])];
      },
    },
    {
      name: 'nv-internal-state',
      analyzePhase({ ts, node }) {
        if (!ts.isPropertyDeclaration(node) || node.name?.getText() !== 'properties') return;
        const init = node.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) return;
        for (const prop of init.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer))
            continue;
          const isState = prop.initializer.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'state' &&
              p.initializer.getText() === 'true',
          );
          if (isState) internal.add(prop.name.getText());
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name && e.description);
            if (d.attributes)
              d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
            for (const m of d.members ?? []) if (internal.has(m.name)) m.privacy = 'private';
            for (const a of d.attributes ?? []) if (a.name === 'lang') a.fieldName ??= 'lang';
          }
        }
      },
    },
  ],
};
