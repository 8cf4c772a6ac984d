/**
 * The build options the published libraries share (`packages/statements`, `packages/widgets`):
 * each spreads them into its own `tsup.config.ts` and adds its entries and formats.
 * @satisfies {import('tsup').Options}
 */
export const libraryPreset = {
  dts: true,
  // Each package's build script empties `dist/` itself before tsup runs (`rm -rf dist && tsup`).
  clean: false,
  sourcemap: false,
  target: 'es2022',
  // Entries share chunks, so that a page importing two entries loads their common code once.
  splitting: true,
  treeshake: true,
};
