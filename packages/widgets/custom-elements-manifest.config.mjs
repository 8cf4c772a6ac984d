// Two corrections to what the analyzer infers from our elements:
// - reactive state declared as `static properties = { x: { state: true } }` is internal, not an
//   attribute (the analyzer only knows this for the `@state` decorator, which the card avoids
//   for its bytes);
// - `this.dispatchEvent(new NvErrorEvent(…))` is read as an event without a name; the events are
//   documented with `@fires`, so nameless entries are dropped.
const internal = new Set();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
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
            if (d.events) d.events = d.events.filter((e) => e.name);
            if (d.attributes)
              d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
            for (const m of d.members ?? []) if (internal.has(m.name)) m.privacy = 'private';
          }
        }
      },
    },
  ],
};
